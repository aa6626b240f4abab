using Microsoft.FSharp.Collections;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>The outbox's core values as the façade's records (no F# type leaves the façade).</summary>
internal static partial class Convert
{
    public static OutboxItem ToFacade(Core.OutboxItem item) =>
        new()
        {
            Id = item.Seq,
            Operation = item.Write switch
            {
                Core.QueuedWrite.Create => OutboxOperation.Create,
                Core.QueuedWrite.Edit => OutboxOperation.Edit,
                Core.QueuedWrite.Stop => OutboxOperation.Stop,
                _ => OutboxOperation.Delete,
            },
            TrackerId = item.Write.TrackerId,
            State = ToFacade(item.State),
            QueuedAt = item.CreatedAt,
            Reason = Interop.ToNullableReference(item.Reason),
            Theirs = Interop.IsSome(item.Theirs) ? ToFacade(item.Theirs!.Value) : null,
            Summary = item.Write.ToString(),
        };

    public static OutboxItemState ToFacade(Core.OutboxState state) =>
        state.Tag switch
        {
            Core.OutboxState.Tags.Queued => OutboxItemState.Queued,
            Core.OutboxState.Tags.Sending => OutboxItemState.Sending,
            Core.OutboxState.Tags.Unknown => OutboxItemState.Unknown,
            Core.OutboxState.Tags.Conflict => OutboxItemState.Conflict,
            _ => OutboxItemState.Refused,
        };

    public static OutboxConflict ToFacade(Core.OutboxConflict conflict) =>
        new()
        {
            Item = ToFacade(conflict.Item),
            Base = Interop.IsSome(conflict.BaseCopy) ? ToFacade(conflict.BaseCopy!.Value) : null,
            Mine = ToFacade(conflict.Mine),
            Theirs = ToFacade(conflict.Theirs),
            Conflicting = conflict.Conflicting.Select(ToFacade).ToArray(),
            MergedAutomatically = conflict.MergedAutomatically.Select(ToFacade).ToArray(),
        };

    public static OutboxResult ToFacade(Core.ReplayResult result, CancellationToken cancellationToken)
    {
        switch (result)
        {
            case Core.ReplayResult.Sent sent:
                return new() { Kind = OutboxResultKind.Sent, ItemIds = sent.items.ToArray(), Tracker = Optional(sent.tracker) };
            case Core.ReplayResult.AlreadyDone done:
                return new() { Kind = OutboxResultKind.AlreadyDone, ItemIds = done.items.ToArray(), Tracker = Optional(done.tracker) };
            case Core.ReplayResult.Folded folded:
                return new() { Kind = OutboxResultKind.Folded, ItemIds = folded.items.ToArray(), FoldedInto = Interop.IsSome(folded.into) ? folded.into!.Value : null };
            case Core.ReplayResult.Conflicted conflicted:
                var conflict = ToFacade(conflicted.Item);
                return new() { Kind = OutboxResultKind.Conflicted, ItemIds = [conflict.Item.Id], Conflict = conflict };
            case Core.ReplayResult.Refused refused:
                return new()
                {
                    Kind = OutboxResultKind.Refused,
                    ItemIds = refused.items.ToArray(),
                    Error = ErrorMapping.ToException(refused.error, cancellationToken),
                };
            case Core.ReplayResult.StillQueued queued:
                return new()
                {
                    Kind = OutboxResultKind.StillQueued,
                    ItemIds = queued.items.ToArray(),
                    Error = ErrorMapping.ToException(queued.reason, cancellationToken),
                    ResetsAt = Interop.ToNullable(queued.resetsAt),
                };
            default:
                throw new InvalidOperationException("Unknown replay result: " + result.GetType().Name);
        }
    }

    public static OutboxPlan ToFacade(Core.OutboxPlan plan) =>
        new(
            plan.Queued.Select(p => new OutboxPlanStep([p.Item1], ToFacade(p.Item2))).ToArray(),
            plan.Compacted.Select(p => new OutboxPlanStep(p.Item1.ToArray(), ToFacade(p.Item2))).ToArray());

    public static OutboxQueuedEventArgs ToFacade(Core.QueuedNotice notice, CancellationToken cancellationToken) =>
        new(
            notice.Items.ToArray(),
            notice.Pending,
            Interop.IsSome(notice.Reason) ? ErrorMapping.ToException(notice.Reason!.Value, cancellationToken) : null,
            Interop.ToNullable(notice.ResetsAt));

    public static Core.Resolution ToCore(OutboxResolution resolution) =>
        resolution.Kind switch
        {
            OutboxResolutionKind.KeepMine => Core.Resolution.KeepMine,
            OutboxResolutionKind.KeepTheirs => Core.Resolution.KeepTheirs,
            _ => Core.Resolution.NewMerge(
                MapModule.OfSeq(resolution.Choices.Select(c => Tuple.Create(
                    TogglQuery.ToCore(c.Key),
                    c.Value == ConflictSide.Mine ? Core.ConflictSide.Mine : Core.ConflictSide.Theirs)))),
        };

    public static TrackerField ToFacade(Core.TrackerField field) =>
        field.Tag switch
        {
            Core.TrackerField.Tags.Id => TrackerField.Id,
            Core.TrackerField.Tags.WorkspaceId => TrackerField.WorkspaceId,
            Core.TrackerField.Tags.Description => TrackerField.Description,
            Core.TrackerField.Tags.Start => TrackerField.Start,
            Core.TrackerField.Tags.Stop => TrackerField.Stop,
            Core.TrackerField.Tags.Duration => TrackerField.Duration,
            Core.TrackerField.Tags.ProjectId => TrackerField.ProjectId,
            Core.TrackerField.Tags.TaskId => TrackerField.TaskId,
            Core.TrackerField.Tags.TagNames => TrackerField.Tags,
            Core.TrackerField.Tags.TagIds => TrackerField.TagIds,
            Core.TrackerField.Tags.Billable => TrackerField.Billable,
            Core.TrackerField.Tags.UserId => TrackerField.UserId,
            Core.TrackerField.Tags.At => TrackerField.At,
            _ => TrackerField.ServerDeletedAt,
        };

    private static TogglTracker? Optional(Microsoft.FSharp.Core.FSharpOption<Core.TogglTracker>? tracker) =>
        Interop.IsSome(tracker) ? ToFacade(tracker!.Value) : null;
}
