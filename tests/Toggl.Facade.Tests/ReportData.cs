using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>Entries put straight into the sandbox for the report tests, and the body covering them.</summary>
internal static class ReportData
{
    /// <summary>The last 60 days up to today: every entry <see cref="AddEntries"/> makes is inside.</summary>
    public static ReportBody Body(Harness h)
    {
        var today = DateOnly.FromDateTime(h.Sandbox.Now.UtcDateTime);
        return new ReportBody { StartDate = today.AddDays(-60), EndDate = today };
    }

    /// <summary>
    /// <paramref name="count"/> stopped one-minute entries two minutes apart, starting 50 days ago (10,000 fit in 14 days);
    /// every third without a project, the others on one project.
    /// </summary>
    public static IReadOnlyList<SandboxTimeEntry> AddEntries(Harness h, int count, long? projectId = null)
    {
        var first = h.Sandbox.Now.AddDays(-50);
        var entries = new List<SandboxTimeEntry>(count);
        for (var i = 0; i < count; i++)
        {
            var start = first.AddMinutes(2 * i);
            entries.Add(h.Sandbox.AddTimeEntry(start, start.AddMinutes(1), $"entry {i}", i % 3 == 0 ? null : projectId));
        }
        return entries;
    }

    /// <summary>The report requests the sandbox answered (other requests left out).</summary>
    public static IReadOnlyList<SandboxRequest> ReportRequests(Harness h) =>
        h.Sandbox.RequestLog.Where(r => r.Path.StartsWith("/reports/", StringComparison.Ordinal)).ToArray();
}

/// <summary>Records every report of progress as it happens (<see cref="Progress{T}"/> would post it later).</summary>
internal sealed class RecordingProgress : IProgress<int>
{
    public List<int> Values { get; } = [];

    public void Report(int value)
    {
        lock (Values)
            Values.Add(value);
    }
}
