using Toggl.Sandbox.Http;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The entries a report covers (docs/toggl-api.md §9): the user's stopped entries of the workspace inside the dates
/// (calendar days in the user's time zone, both ends included) that pass every filter of the body. Call under the
/// store's gate.
/// </summary>
internal static class ReportData
{
    /// <summary>The matching entries, unordered.</summary>
    public static List<ReportEntry> Select(SandboxState s, long workspaceId, ReportQuery q)
    {
        var store = s.Store;
        var me = store.Identity;
        var workspace = store.Workspace(workspaceId);
        var method = q.Rounding ?? workspace?.Rounding ?? 0;
        var step = q.RoundingMinutes ?? workspace?.RoundingMinutes ?? 0;
        var result = new List<ReportEntry>();
        if (q.HasGroups)
        {
            return result;
        }

        foreach (var e in store.Entries)
        {
            if (e.WorkspaceId != workspaceId || e.IsDeleted || e.IsRunning)
            {
                continue;
            }

            var start = TimeZoneInfo.ConvertTime(Json.TogglTime.TruncateToSeconds(e.Start), s.UserZone);
            var day = DateOnly.FromDateTime(start.DateTime);
            if ((q.StartDate is { } from && day < from) || (q.EndDate is { } to && day > to))
            {
                continue;
            }

            var project = e.ProjectId is { } pid ? store.Project(pid) : null;
            var client = project?.ClientId is { } cid ? store.Client(cid) : null;
            var tags = e.TagIds.Select(store.Tag).OfType<SandboxTag>().ToList();
            if (!Passes(q, e, client?.Id, tags))
            {
                continue;
            }

            var seconds = Round(e.Duration, method, step);
            var rate = e.Billable ? project?.Rate ?? workspace?.DefaultHourlyRate : null;
            long? rateCents = rate is { } r ? (long)Math.Round(r * 100m, MidpointRounding.AwayFromZero) : null;
            long? amount = rateCents is { } rc ? (long)Math.Round(seconds * rc / 3600m, MidpointRounding.AwayFromZero) : null;
            result.Add(new ReportEntry(
                e,
                me.FullName,
                me.Email,
                project,
                client,
                e.TaskId is { } tid ? store.Task(tid) : null,
                tags,
                seconds,
                start,
                TimeZoneInfo.ConvertTime(Json.TogglTime.TruncateToSeconds(e.Stop!.Value), s.UserZone),
                TimeZoneInfo.ConvertTime(e.At, s.UserZone),
                rateCents,
                amount,
                project?.Currency ?? workspace?.DefaultCurrency ?? "USD"));
        }

        return result;
    }

    /// <summary>
    /// Rounds a duration to a step of minutes: -1 down, 0 to the nearest (halves up), 1 up; a step of 0 keeps it.
    /// </summary>
    public static long Round(long seconds, int method, int stepMinutes)
    {
        if (stepMinutes <= 0)
        {
            return seconds;
        }

        long step = stepMinutes * 60L;
        return method switch
        {
            < 0 => seconds / step * step,
            > 0 => (seconds + step - 1) / step * step,
            _ => (seconds + (step / 2)) / step * step,
        };
    }

    private static bool Passes(ReportQuery q, SandboxTimeEntry e, long? clientId, List<SandboxTag> tags) =>
        (q.Users?.Matches(e.UserId) ?? true)
        && (q.Projects?.Matches(e.ProjectId) ?? true)
        && (q.Clients?.Matches(clientId) ?? true)
        && (q.Tasks?.Matches(e.TaskId) ?? true)
        && (q.Tags?.MatchesAny(tags.Select(t => t.Id).ToList()) ?? true)
        && (q.TimeEntries?.Matches(e.Id) ?? true)
        && (q.Billable is not { } billable || e.Billable == billable)
        && (q.MinDurationSeconds is not { } min || e.Duration >= min)
        && (q.MaxDurationSeconds is not { } max || e.Duration <= max)
        && (q.Description is not { } text || (e.Description ?? "").Contains(text, StringComparison.OrdinalIgnoreCase));
}
