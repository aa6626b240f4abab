using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>The canary token never appears in an exception or a log line, whatever goes wrong.</summary>
public sealed class SecretTests
{
    [Fact]
    public async Task No_failure_shows_the_token_in_its_exception_or_the_logs()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { RetryAfterSeconds = 90 });
        using var trackers = h.Endpoint(retries: 1);
        Fault[] faults =
        [
            Fault.InternalServerError, Fault.QuotaExhausted, Fault.RateLimited, Fault.HtmlErrorPage(503),
            Fault.AbortConnection(), Fault.TruncatedJson, Fault.Status(400), Fault.Status(403),
        ];
        var entry = h.Sandbox.AddTimeEntry(h.Sandbox.Now.AddHours(-2), h.Sandbox.Now.AddHours(-1), "probe");
        var failures = new List<Exception>();

        foreach (var fault in faults)
        {
            h.Sandbox.Faults.Next(2, fault);
            try
            {
                await trackers.GetAsync(entry.Id, refresh: true);
            }
            catch (TogglException e)
            {
                failures.Add(e);
            }
            h.Sandbox.Faults.Clear();
        }

        Assert.Equal(faults.Length, failures.Count);
        Assert.All(failures, Canary.AssertAbsent);
        Assert.NotEmpty(h.LogLines);
        Assert.All(h.LogLines, line => Canary.AssertAbsent(line, "A log line"));
    }

    [Fact]
    public void Every_line_captured_so_far_in_the_suite_is_free_of_the_token()
    {
        foreach (var line in Canary.Lines)
            Canary.AssertAbsent(line, "A suite log line");
    }
}
