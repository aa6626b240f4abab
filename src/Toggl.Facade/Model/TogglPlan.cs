namespace Toggl;

/// <summary>What kind of step a line of a <see cref="TogglPlan"/> is.</summary>
public enum TogglPlanStepKind
{
    /// <summary>What the cache answers: no request.</summary>
    CacheRead,

    /// <summary>A request sent whenever the operation runs to its end.</summary>
    Request,

    /// <summary>A change committed to the cache.</summary>
    CacheCommit,

    /// <summary>A request or change that depends on an answer: a failure, a missing field, a full page.</summary>
    FollowUp,
}

/// <summary>One step of a <see cref="TogglPlan"/>.</summary>
/// <param name="Kind">What kind of step it is.</param>
/// <param name="Text">The line the dry run prints.</param>
/// <param name="Request">The request, for requests and follow-ups that are one request; otherwise <see langword="null"/>.</param>
public sealed record TogglPlanStep(TogglPlanStepKind Kind, string Text, PlannedRequest? Request)
{
    /// <summary>The line the dry run prints.</summary>
    /// <returns>The text.</returns>
    public override string ToString() => Text;
}

/// <summary>
/// The dry run of one operation, from <see cref="TrackerEndpoint.Plan"/>: what the cache answers, the requests, what is
/// committed to the cache and the follow-ups that depend on Toggl's answers. It is the very plan the operation runs.
/// </summary>
/// <param name="Steps">The steps, in order.</param>
public sealed record TogglPlan(IReadOnlyList<TogglPlanStep> Steps)
{
    /// <summary>The requests sent whenever the operation runs to its end, in order (follow-ups are not among them); empty when the cache answers.</summary>
    public IReadOnlyList<PlannedRequest> Requests =>
        Steps.Where(s => s.Kind == TogglPlanStepKind.Request && s.Request is not null).Select(s => s.Request!).ToArray();

    /// <summary>The printed plan, one step a line.</summary>
    /// <returns>The lines.</returns>
    public override string ToString() => string.Join(Environment.NewLine, Steps.Select(s => s.Text));
}
