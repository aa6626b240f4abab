using System.Diagnostics;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using Toggl.Sandbox.Host.Standalone;

namespace Toggl.Sandbox.Tests;

/// <summary>The standalone server: first stdout line, options, serving until stopped.</summary>
public sealed class StandaloneTests
{
    [Fact]
    public async Task standalone_prints_one_json_line_first_and_serves_the_seeded_month()
    {
        var dll = typeof(CommandLine).Assembly.Location;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { dll, "--port", "0", "--seed", "demo", "--api-token", "0123456789abcdef0123456789abcdef" })
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
            var root = doc.RootElement;
            Assert.Equal(new[] { "baseUrl", "apiToken", "userId", "workspaceId", "adminUrl", "adminToken" }, root.EnumerateObject().Select(p => p.Name));
            Assert.Equal("0123456789abcdef0123456789abcdef", root.GetProperty("apiToken").GetString());

            using var http = new HttpClient { BaseAddress = new Uri(root.GetProperty("baseUrl").GetString()!) };
            http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes("0123456789abcdef0123456789abcdef:api_token")));
            using var response = await http.GetAsync("me/time_entries", timeout.Token);
            Assert.Equal(200, (int)response.StatusCode);
            using var entries = JsonDocument.Parse(await response.Content.ReadAsStringAsync(timeout.Token));
            Assert.True(entries.RootElement.GetArrayLength() > 0, "the demo seed should put entries in the last 9 days");
        }
        finally
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
        }
    }

    [Fact]
    public async Task standalone_on_a_port_in_use_prints_one_line_and_exits_1()
    {
        using var occupier = new System.Net.Sockets.TcpListener(System.Net.IPAddress.Loopback, 0);
        occupier.Start();
        var port = ((System.Net.IPEndPoint)occupier.LocalEndpoint).Port;
        var start = new ProcessStartInfo("dotnet")
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        foreach (var arg in new[] { typeof(CommandLine).Assembly.Location, "--port", port.ToString(System.Globalization.CultureInfo.InvariantCulture) })
        {
            start.ArgumentList.Add(arg);
        }

        using var process = Process.Start(start)!;
        try
        {
            using var timeout = new CancellationTokenSource(TimeSpan.FromSeconds(60));
            var stdout = process.StandardOutput.ReadToEndAsync(timeout.Token);
            var stderr = process.StandardError.ReadToEndAsync(timeout.Token);
            await process.WaitForExitAsync(timeout.Token);
            Assert.Equal(1, process.ExitCode);
            Assert.Equal("", await stdout);
            Assert.Equal($"toggl-sandbox: port {port} is in use", (await stderr).TrimEnd());
        }
        finally
        {
            if (!process.HasExited)
            {
                process.Kill(entireProcessTree: true);
            }
        }
    }

    [Fact]
    public void command_line_reads_every_option()
    {
        var line = CommandLine.Parse(["--port", "9555", "--api-token", "abc", "--data", "x.db", "--seed", "demo", "--rate-limit", "toggl", "--plan", "premium"], out var error);
        Assert.Null(error);
        Assert.Equal(9555, line.Options.Port);
        Assert.Equal("abc", line.Options.ApiToken);
        Assert.Equal("x.db", line.Options.DataFile);
        Assert.True(line.SeedDemo);
        Assert.True(line.Options.LeakyBucket);
        Assert.True(line.Options.HourlyQuota);
        Assert.Equal(SandboxPlan.Premium, line.Options.Plan);
    }

    [Fact]
    public void command_line_defaults_keep_limits_off()
    {
        var line = CommandLine.Parse([], out var error);
        Assert.Null(error);
        Assert.False(line.Options.LeakyBucket);
        Assert.False(line.Options.HourlyQuota);
        Assert.Equal(0, line.Options.Port);
    }

    [Theory]
    [InlineData("--port", "http")]
    [InlineData("--plan", "gold")]
    [InlineData("--plan", "1")]
    [InlineData("--rate-limit", "on")]
    [InlineData("--seed", "random")]
    [InlineData("--colour", "blue")]
    public void command_line_names_the_bad_option(string option, string value)
    {
        CommandLine.Parse([option, value], out var error);
        Assert.NotNull(error);
        Assert.Contains(option, error);
    }

    [Fact]
    public void command_line_option_without_value_is_an_error()
    {
        CommandLine.Parse(["--port"], out var error);
        Assert.Contains("--port", error);
    }

    [Fact]
    public void answer_options_set_every_uncertain_setting()
    {
        var line = CommandLine.Parse(
        [
            "--plan", "premium",
            "--answer", "me-time-entries-scope=user", "--answer", "bad-credentials=401", "--answer", "idle-current=405",
            "--answer", "tag-write=array", "--answer", "tag-ids-in-write-answers=null",
            "--answer", "foreign-organization-get=404", "--answer", "organization-put=null",
            "--answer", "delete-body=null", "--answer", "end-date=inclusive",
        ], out var error);

        Assert.Null(error);
        var o = line.Options;
        Assert.Equal(SandboxPlan.Premium, o.Plan);
        Assert.Equal(QuotaScope.User, o.MeTimeEntriesScope);
        Assert.Equal(401, o.BadCredentialsStatus);
        Assert.Equal(IdleCurrentAnswer.MethodNotAllowed405, o.IdleCurrent);
        Assert.True(o.TagWriteReturnsArray);
        Assert.Equal(TagIdsInWriteAnswers.Null, o.TagIdsInWriteAnswers);
        Assert.Equal(ForeignOrganizationAnswer.NotFound, o.ForeignOrganizationGet);
        Assert.Equal(OrganizationPutAnswer.Null, o.OrganizationPutAnswer);
        Assert.True(o.DeleteAnswersNull);
        Assert.True(o.EndDateInclusive);
    }

    [Theory]
    [InlineData("paid-reports=none", SandboxReports.None)]
    [InlineData("paid-reports=all", SandboxReports.All)]
    [InlineData("paid-reports=exports", SandboxReports.Exports)]
    [InlineData("paid-reports=weekly", SandboxReports.Weekly)]
    public void answer_paid_reports_lists_the_reports_that_answer_402(string answer, SandboxReports paid)
    {
        var o = CommandLine.Parse(["--answer", answer], out var error).Options;
        Assert.Null(error);
        Assert.Equal(paid, o.PaidReports);
    }

    [Fact]
    public void answer_options_not_given_keep_the_defaults()
    {
        var defaults = new SandboxOptions();
        var o = CommandLine.Parse(["--answer", "tag-write=array"], out var error).Options;

        Assert.Null(error);
        Assert.True(o.TagWriteReturnsArray);
        Assert.Equal(defaults.MeTimeEntriesScope, o.MeTimeEntriesScope);
        Assert.Equal(defaults.BadCredentialsStatus, o.BadCredentialsStatus);
        Assert.Equal(defaults.IdleCurrent, o.IdleCurrent);
        Assert.Equal(defaults.ForeignOrganizationGet, o.ForeignOrganizationGet);
        Assert.Equal(defaults.OrganizationPutAnswer, o.OrganizationPutAnswer);
    }

    [Theory]
    [InlineData("tag-writes=array", "unknown setting")]
    [InlineData("tag-write=list", "tag-write takes object|array")]
    [InlineData("tag-write", "tag-write takes object|array")]
    public void a_bad_answer_option_names_the_setting_or_its_values(string value, string expected)
    {
        CommandLine.Parse(["--answer", value], out var error);
        Assert.NotNull(error);
        Assert.Contains(expected, error);
    }
}
