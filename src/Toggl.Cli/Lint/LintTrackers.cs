using Microsoft.FSharp.Collections;
using Microsoft.FSharp.Core;

namespace Toggl.Cli.Lint;

/// <summary>
/// The cached entries as the core's linter (<see cref="Core.Lint"/>) reads them: the façade's trackers turned
/// back into the core's record, field by field (the façade converts the other way only, internally).
/// </summary>
internal static class LintTrackers
{
    /// <summary>The core's tracker for a façade tracker (a running one keeps Toggl's negative duration marker).</summary>
    public static Core.TogglTracker ToCore(TogglTracker tracker) =>
        new(
            tracker.Id,
            tracker.WorkspaceId,
            tracker.Description is null ? FSharpOption<string>.None : FSharpOption<string>.Some(tracker.Description),
            tracker.Start,
            tracker.Stop is { } stop ? FSharpOption<DateTimeOffset>.Some(stop) : FSharpOption<DateTimeOffset>.None,
            tracker.IsRunning ? -1L : (long)(tracker.Duration ?? TimeSpan.Zero).TotalSeconds,
            Option(tracker.ProjectId),
            Option(tracker.TaskId),
            ListModule.OfSeq(tracker.Tags),
            ListModule.OfSeq(tracker.TagIds),
            tracker.Billable,
            tracker.UserId,
            tracker.At,
            tracker.ServerDeletedAt is { } deleted ? FSharpOption<DateTimeOffset>.Some(deleted) : FSharpOption<DateTimeOffset>.None);

    /// <summary>The core's constraints for the façade's.</summary>
    public static Core.TimeEntryConstraints ToCore(TimeEntryConstraints constraints) =>
        new(constraints.Enabled, constraints.DescriptionPresent, constraints.ProjectPresent, constraints.TagPresent, constraints.TaskPresent);

    private static FSharpOption<long> Option(long? value) => value is { } v ? FSharpOption<long>.Some(v) : FSharpOption<long>.None;
}
