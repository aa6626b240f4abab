using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Toggl.Sandbox.Host.Standalone;

namespace Toggl.Sandbox.Tests;

/// <summary>The standalone server's admin route: quota spent, clock advanced to the reset, network off and on.</summary>
public sealed class StandaloneAdminTests
{
    private const string UserToken = "0123456789abcdef0123456789abcdef";
    private const string AdminToken = "admin-fedcba9876543210";

    [Fact]
    public async Task standalone_admin_route_drives_quota_clock_and_network_and_refuses_the_user_token()
    {
        var start = new ProcessStartInfo("dotnet") { RedirectStandardOutput = true, RedirectStandardError = true, UseShellExecute = false };
        foreach (var arg in new[] { typeof(CommandLine).Assembly.Location, "--port", "0", "--rate-limit", "toggl", "--plan", "free", "--api-token", UserToken, "--admin-token", AdminToken })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var line = await process.StandardOutput.ReadLineAsync(timeout.Token);
            Assert.NotNull(line);
            using var doc = JsonDocument.Parse(line);
            Assert.Equal(AdminToken, doc.RootElement.GetProperty("adminToken").GetString());
            var adminUrl = new Uri(doc.RootElement.GetProperty("adminUrl").GetString()!);

            using var api = new HttpClient { BaseAddress = new Uri(doc.RootElement.GetProperty("baseUrl").GetString()!) };
            api.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(UserToken + ":api_token")));
            using var admin = new HttpClient { BaseAddress = adminUrl };
            admin.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
            using var withUserToken = new HttpClient { BaseAddress = adminUrl };
            withUserToken.DefaultRequestHeaders.Authorization = api.DefaultRequestHeaders.Authorization;

            Assert.Equal(401, (int)(await withUserToken.PostAsync("quota/exhaust", null, timeout.Token)).StatusCode);
            Assert.Equal(200, (int)(await api.GetAsync("me/time_entries", timeout.Token)).StatusCode);

            Assert.Equal(200, (int)(await admin.PostAsync("quota/exhaust", null, timeout.Token)).StatusCode);
            using (var refused = await api.GetAsync("me/time_entries", timeout.Token))
            {
                Assert.Equal(402, (int)refused.StatusCode);
                Assert.Equal("0", refused.Headers.GetValues("X-Toggl-Quota-Remaining").Single());
                Assert.True(int.Parse(refused.Headers.GetValues("X-Toggl-Quota-Resets-In").Single()) is > 0 and <= 3600);
            }

            Assert.Equal(200, (int)(await admin.PostAsync("clock/advance?to=quota-reset", null, timeout.Token)).StatusCode);
            Assert.Equal(200, (int)(await api.GetAsync("me/time_entries", timeout.Token)).StatusCode);

            Assert.Equal(200, (int)(await admin.PostAsync("network/off", null, timeout.Token)).StatusCode);
            await Assert.ThrowsAsync<HttpRequestException>(() => api.GetAsync("me/time_entries", timeout.Token));
            Assert.Equal(200, (int)(await admin.PostAsync("network/on", null, timeout.Token)).StatusCode);
            Assert.Equal(200, (int)(await api.GetAsync("me/time_entries", timeout.Token)).StatusCode);
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }
}
