using System.Net.Http.Headers;
using System.Text.Json;

namespace Toggl.Sandbox.Tests;

/// <summary>The offline controls: network off/on, quota spent/reset, clock advanced, in process and on the admin route.</summary>
public sealed class ControlTests
{
    private static SandboxOptions Free(Microsoft.Extensions.Time.Testing.FakeTimeProvider clock) =>
        new() { TimeProvider = clock, Plan = SandboxPlan.Free, HourlyQuota = true };

    [Fact]
    public async Task network_off_aborts_every_api_request_unanswered_and_on_serves_again()
    {
        await using var h = await Harness.Start();
        Assert.True(h.Sandbox.IsNetworkOn);
        h.Sandbox.TurnNetworkOff();

        await Assert.ThrowsAsync<HttpRequestException>(() => h.Get("me"));
        await Assert.ThrowsAsync<HttpRequestException>(() => h.Post($"workspaces/{h.Wid}/time_entries", """{"start":"2024-12-16T01:00:00Z","duration":60,"created_with":"t","workspace_id":1}"""));
        Assert.Empty(h.Sandbox.TimeEntries);
        var refused = h.Sandbox.RequestLog;
        Assert.NotEmpty(refused);
        Assert.All(refused, r => Assert.Equal((0, "NetworkOff"), (r.Status, r.Fault)));

        h.Sandbox.TurnNetworkOn();
        Assert.Equal(200, (await h.Get("me")).Status);
    }

    [Fact]
    public async Task exhausting_the_quota_answers_402_with_reset_headers_until_the_hour_turns()
    {
        await using var h = await Harness.Start(Free);
        Assert.Equal(200, (await h.Get("me/time_entries")).Status);
        h.Clock.Advance(TimeSpan.FromMinutes(20));
        h.Sandbox.ExhaustQuota();

        var refused = await h.Get("me/time_entries");
        Assert.Equal(402, refused.Status);
        Assert.Equal("0", refused.Header("X-Toggl-Quota-Remaining"));
        // The window opened with the first request keeps its reset time: 40 minutes left.
        Assert.Equal("2400", refused.Header("X-Toggl-Quota-Resets-In"));
        Assert.Equal(402, (await h.Get("me")).Status);
        Assert.Equal(TimeSpan.FromMinutes(40), h.Sandbox.QuotaResetsIn);

        var advanced = h.Sandbox.AdvanceClockToQuotaReset();
        Assert.True(advanced >= TimeSpan.FromMinutes(40) && advanced <= TimeSpan.FromMinutes(60), advanced.ToString());
        var back = await h.Get("me/time_entries");
        Assert.Equal(200, back.Status);
        Assert.Equal("29", back.Header("X-Toggl-Quota-Remaining"));
        Assert.Equal(h.Clock.GetUtcNow() + advanced, h.Sandbox.Now);
    }

    [Fact]
    public async Task exhausting_works_where_the_quota_is_not_enforced_and_reset_gives_it_back()
    {
        await using var h = await Harness.Start();
        h.Sandbox.ExhaustQuota();
        Assert.Equal(402, (await h.Get("me/time_entries")).Status);
        h.Sandbox.ResetQuota();
        Assert.Equal(200, (await h.Get("me/time_entries")).Status);
    }

    [Fact]
    public async Task advancing_the_clock_moves_timestamps_and_never_goes_back()
    {
        await using var h = await Harness.Start();
        var before = h.Sandbox.Now;
        h.Sandbox.AdvanceClock(TimeSpan.FromHours(2));
        Assert.Equal(before + TimeSpan.FromHours(2), h.Sandbox.Now);
        var reply = await h.Get("me");
        Assert.Equal((before + TimeSpan.FromHours(2)).ToString("R"), reply.Headers.Date?.ToString("R"));
        Assert.Throws<ArgumentOutOfRangeException>(() => h.Sandbox.AdvanceClock(TimeSpan.FromSeconds(-1)));
    }

    [Fact]
    public async Task admin_route_refuses_the_users_token_and_the_api_refuses_the_admin_token()
    {
        await using var h = await Harness.Start();
        using var bare = new HttpClient();
        using var withUserToken = new HttpRequestMessage(HttpMethod.Post, new Uri(h.Sandbox.AdminAddress, "network/off"));
        withUserToken.Headers.Authorization = h.Sandbox.Authorization;
        Assert.Equal(401, (int)(await bare.SendAsync(withUserToken)).StatusCode);
        using var userTokenAsBearer = new HttpRequestMessage(HttpMethod.Post, new Uri(h.Sandbox.AdminAddress, "network/off"));
        userTokenAsBearer.Headers.Authorization = new AuthenticationHeaderValue("Bearer", h.Sandbox.ApiToken);
        Assert.Equal(401, (int)(await bare.SendAsync(userTokenAsBearer)).StatusCode);
        Assert.Equal(401, (int)(await bare.PostAsync(new Uri(h.Sandbox.AdminAddress, "quota/exhaust"), null)).StatusCode);
        Assert.True(h.Sandbox.IsNetworkOn);

        var asAdminBearer = await h.Send(HttpMethod.Get, "me", auth: new AuthenticationHeaderValue("Bearer", h.Sandbox.AdminToken));
        var asAdminBasic = await h.Send(HttpMethod.Get, "me", auth: Harness.Basic(h.Sandbox.AdminToken, "api_token"));
        Assert.Equal((403, 403), (asAdminBearer.Status, asAdminBasic.Status));
        Assert.DoesNotContain(h.Sandbox.AdminToken, asAdminBasic.Body);
    }

    [Fact]
    public async Task admin_route_switches_network_quota_and_clock_and_answers_its_state()
    {
        await using var h = await Harness.Start(Free);
        using var admin = h.Sandbox.CreateAdminClient();

        var off = await Json(await admin.PostAsync("network/off", null));
        Assert.Equal("off", off.GetProperty("network").GetString());
        Assert.False(h.Sandbox.IsNetworkOn);
        await Assert.ThrowsAsync<HttpRequestException>(() => h.Get("me"));
        await admin.PostAsync("network/on", null);
        Assert.Equal(200, (await h.Get("me/time_entries")).Status);

        var spent = await Json(await admin.PostAsync("quota/exhaust", null));
        Assert.Equal(0, spent.GetProperty("quota")[0].GetProperty("remaining").GetInt64());
        Assert.Equal(402, (await h.Get("me/time_entries")).Status);
        var turned = await Json(await admin.PostAsync("clock/advance?to=quota-reset", null));
        Assert.Equal(30, turned.GetProperty("quota")[0].GetProperty("remaining").GetInt64());
        Assert.Equal(200, (await h.Get("me/time_entries")).Status);

        var now = h.Sandbox.Now;
        var later = await Json(await admin.PostAsync("clock/advance?seconds=90", null));
        Assert.Equal((now + TimeSpan.FromSeconds(90)).UtcDateTime.ToString("yyyy-MM-dd'T'HH:mm:ss'Z'"), later.GetProperty("now").GetString());

        await admin.PostAsync("quota/exhaust", null);
        await admin.PostAsync("quota/reset", null);
        Assert.Equal(200, (await h.Get("me/time_entries")).Status);

        Assert.Equal(400, (int)(await admin.PostAsync("clock/advance?seconds=-5", null)).StatusCode);
        Assert.Equal(400, (int)(await admin.PostAsync("clock/advance?to=tomorrow", null)).StatusCode);
        Assert.Equal(405, (int)(await admin.GetAsync("network/off")).StatusCode);
        Assert.Equal(404, (int)(await admin.PostAsync("fire", null)).StatusCode);
        Assert.Equal(200, (int)(await admin.GetAsync("state")).StatusCode);
    }

    [Fact]
    public async Task admin_calls_are_not_in_the_request_log_and_answer_while_the_network_is_off()
    {
        await using var h = await Harness.Start();
        using var admin = h.Sandbox.CreateAdminClient();
        h.Sandbox.TurnNetworkOff();
        var state = await Json(await admin.GetAsync("state"));
        Assert.Equal("off", state.GetProperty("network").GetString());
        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public async Task an_admin_token_equal_to_the_api_token_is_refused()
    {
        var e = await Assert.ThrowsAsync<ArgumentException>(() => TogglSandbox.StartAsync(new SandboxOptions { ApiToken = "same", AdminToken = "same" }));
        Assert.Contains("AdminToken", e.Message);
    }

    private static async Task<JsonElement> Json(HttpResponseMessage response)
    {
        using (response)
        {
            Assert.Equal(200, (int)response.StatusCode);
            return JsonDocument.Parse(await response.Content.ReadAsStringAsync()).RootElement.Clone();
        }
    }
}
