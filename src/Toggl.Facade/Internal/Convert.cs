using Microsoft.FSharp.Collections;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>Conversions between the core's F# values and the façade's C# types.</summary>
internal static partial class Convert
{
    public static TogglTracker ToFacade(Core.TogglTracker tracker) =>
        new()
        {
            Id = tracker.Id,
            WorkspaceId = tracker.WorkspaceId,
            Description = Interop.ToNullableReference(tracker.Description),
            Start = tracker.Start,
            Stop = Interop.ToNullable(tracker.Stop),
            // A running entry's duration is a negative placeholder, not a time: the façade says "none".
            Duration = Core.TogglTrackerModule.isRunning(tracker) ? null : TimeSpan.FromSeconds(tracker.Duration),
            ProjectId = Interop.ToNullable(tracker.ProjectId),
            TaskId = Interop.ToNullable(tracker.TaskId),
            Tags = tracker.Tags.ToArray(),
            TagIds = tracker.TagIds.ToArray(),
            Billable = tracker.Billable,
            UserId = tracker.UserId,
            At = tracker.At,
            ServerDeletedAt = Interop.ToNullable(tracker.ServerDeletedAt),
        };

    public static TogglTracker? ToFacade(Microsoft.FSharp.Core.FSharpOption<Core.TogglTracker>? tracker) =>
        Interop.IsSome(tracker) ? ToFacade(tracker!.Value) : null;

    public static IReadOnlyList<TogglTracker> ToFacade(FSharpList<Core.TogglTracker> trackers) =>
        trackers.Select(ToFacade).ToArray();

    public static Edits ToFacade(Core.Edits edits) =>
        new(
            edits.Successes.ToArray(),
            edits.Failures.Select(f => new EditFailure(f.Id, f.Message)).ToArray());

    public static SyncResult ToFacade(Core.SyncResult result) =>
        new(result.Full, result.Upserted, result.Deleted, result.Cursor);

    public static TogglQuota ToFacade(Core.Quota quota) => new(quota.Remaining, quota.ResetsAt);

    public static PlannedRequest ToFacade(Core.HttpRequest request) =>
        new(request.Method.Name, PlannedPath(request), Interop.ToNullableReference(request.Body));

    // A report's path is below another base: it reads as the Reports API's so it is never taken for a Track path.
    private static string PlannedPath(Core.HttpRequest request) =>
        request.Api.IsReports ? "reports/api/v3/" + request.RelativeUri : request.RelativeUri;

    public static TogglPlan ToFacade(Core.PrintedPlan plan) =>
        new(plan.Steps.Select(step => new TogglPlanStep(
                ToFacade(step.Kind),
                step.Text,
                Interop.IsSome(step.Request) ? ToFacade(step.Request!.Value) : null))
            .ToArray());

    private static TogglPlanStepKind ToFacade(Core.PlannedStepKind kind) =>
        kind.Tag switch
        {
            Core.PlannedStepKind.Tags.CacheRead => TogglPlanStepKind.CacheRead,
            Core.PlannedStepKind.Tags.Request => TogglPlanStepKind.Request,
            Core.PlannedStepKind.Tags.CacheCommit => TogglPlanStepKind.CacheCommit,
            _ => TogglPlanStepKind.FollowUp,
        };

    public static Core.TagAction ToCore(TagAction action) =>
        action switch
        {
            TagAction.Add => Core.TagAction.Add,
            TagAction.Remove => Core.TagAction.Remove,
            _ => throw new ArgumentOutOfRangeException("body", action, "TagAction is neither Add nor Remove."),
        };

    /// <summary>The core body: a null property is left out, a field named in <c>Clear</c> is sent as null.</summary>
    public static Core.TrackerBody ToCore(TrackerBody body)
    {
        ArgumentNullException.ThrowIfNull(body);
        const TrackerBodyFields known =
            TrackerBodyFields.Description | TrackerBodyFields.ProjectId | TrackerBodyFields.TaskId
            | TrackerBodyFields.Tags | TrackerBodyFields.TagIds | TrackerBodyFields.SharedWithUserIds;
        if ((body.Clear & ~known) != 0)
            throw new ArgumentException($"TrackerBody.Clear names unknown fields ({(int)body.Clear}).", nameof(body));

        void NotBoth(bool isSet, TrackerBodyFields field)
        {
            if (isSet && body.Clear.HasFlag(field))
                throw new ArgumentException(
                    $"TrackerBody sets {field} and also clears it: do one or the other.",
                    nameof(body));
        }

        NotBoth(body.Description is not null, TrackerBodyFields.Description);
        NotBoth(body.ProjectId is not null, TrackerBodyFields.ProjectId);
        NotBoth(body.TaskId is not null, TrackerBodyFields.TaskId);
        NotBoth(body.Tags is not null, TrackerBodyFields.Tags);
        NotBoth(body.TagIds is not null, TrackerBodyFields.TagIds);
        NotBoth(body.SharedWithUserIds is not null, TrackerBodyFields.SharedWithUserIds);

        if (body.Tags is { } tags && tags.Any(t => t is null))
            throw new ArgumentException("TrackerBody.Tags holds a null tag name.", nameof(body));

        return new Core.TrackerBody(
            description: Reference(body.Description, body.Clear, TrackerBodyFields.Description),
            duration: Value(body.Duration is { } d ? (long)d.TotalSeconds : (long?)null, body.Clear, TrackerBodyFields.None),
            projectId: Value(body.ProjectId, body.Clear, TrackerBodyFields.ProjectId),
            taskId: Value(body.TaskId, body.Clear, TrackerBodyFields.TaskId),
            start: Value(body.Start, body.Clear, TrackerBodyFields.None),
            stop: Value(body.Stop, body.Clear, TrackerBodyFields.None),
            tagAction: body.TagAction is { } action
                ? Microsoft.FSharp.Core.FSharpOption<Core.TagAction>.Some(ToCore(action))
                : Microsoft.FSharp.Core.FSharpOption<Core.TagAction>.None,
            tagIds: List(body.TagIds, body.Clear, TrackerBodyFields.TagIds),
            tags: List(body.Tags, body.Clear, TrackerBodyFields.Tags),
            sharedWithUserIds: List(body.SharedWithUserIds, body.Clear, TrackerBodyFields.SharedWithUserIds),
            createdWith: Interop.ToReferenceOption(body.CreatedWith),
            billable: Value(body.Billable, body.Clear, TrackerBodyFields.None));
    }

    private static bool Clears(TrackerBodyFields clear, TrackerBodyFields field) =>
        field != TrackerBodyFields.None && clear.HasFlag(field);

    private static Core.Field<T> Value<T>(T? value, TrackerBodyFields clear, TrackerBodyFields field)
        where T : struct =>
        value is { } v ? Core.Field<T>.NewSet(v)
        : Clears(clear, field) ? Core.Field<T>.Clear
        : Core.Field<T>.Unset;

    private static Core.Field<T> Reference<T>(T? value, TrackerBodyFields clear, TrackerBodyFields field)
        where T : class =>
        value is not null ? Core.Field<T>.NewSet(value)
        : Clears(clear, field) ? Core.Field<T>.Clear
        : Core.Field<T>.Unset;

    private static Core.Field<FSharpList<T>> List<T>(IReadOnlyList<T>? value, TrackerBodyFields clear, TrackerBodyFields field) =>
        value is not null ? Core.Field<FSharpList<T>>.NewSet(ListModule.OfSeq(value))
        : Clears(clear, field) ? Core.Field<FSharpList<T>>.Clear
        : Core.Field<FSharpList<T>>.Unset;
}
