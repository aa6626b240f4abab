using System.Globalization;

namespace Toggl.Sandbox.Tests;

/// <summary>The <c>Date</c> header comes from the sandbox's clock, not the host's, on every answer.</summary>
public sealed class DateHeaderTests
{
    /// <summary>Far from any real "now", so a header from the wall clock cannot pass by chance.</summary>
    private static readonly DateTimeOffset FarAway = new(2029, 3, 4, 5, 6, 7, TimeSpan.Zero);

    public static TheoryData<string, string, string?> Requests => new()
    {
        { "GET", "me", null },
        { "GET", "me/time_entries", null },
        { "GET", "me/time_entries/current", null },
        { "POST", "workspaces/{wid}/time_entries", """{"start":"2029-03-04T01:00:00Z","duration":60}""" },
        { "POST", "workspaces/{wid}/time_entries", "{" },
        { "GET", "me/time_entries/999", null },
        { "GET", "no/such/path", null },
    };

    [Theory]
    [MemberData(nameof(Requests))]
    public async Task every_answer_carries_the_sandbox_clock_as_date(string method, string path, string? body)
    {
        await using var h = await Harness.Start();
        h.Clock.SetUtcNow(FarAway.AddTicks(1234));
        var reply = await h.Send(new HttpMethod(method), path.Replace("{wid}", h.Wid.ToString()), body);
        Assert.Equal(FarAway, reply.Headers.Date);
        Assert.Equal(FarAway.ToString("R", CultureInfo.InvariantCulture), reply.Header("Date"));
    }

    [Fact]
    public async Task unauthenticated_answer_carries_the_sandbox_clock_as_date()
    {
        await using var h = await Harness.Start();
        h.Clock.SetUtcNow(FarAway);
        var reply = await h.Send(HttpMethod.Get, "me", noAuth: true);
        Assert.Equal(401, reply.Status);
        Assert.Equal(FarAway, reply.Headers.Date);
    }
}
