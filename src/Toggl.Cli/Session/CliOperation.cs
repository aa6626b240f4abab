namespace Toggl.Cli.Session;

/// <summary>
/// One operation of the façade as a command uses it: its plan (what <c>--dry-run</c> prints: the façade's
/// <see cref="TrackerEndpoint.Plan"/>, with the same arguments) and its run. <see cref="TogglSession"/> either
/// prints the plan or runs it, so no command decides that itself.
/// </summary>
/// <typeparam name="T">What the run answers.</typeparam>
internal sealed class CliOperation<T>
{
    /// <summary>The plan: what the cache answers, the requests, the commits and the conditional follow-ups. Sends nothing.</summary>
    public required Func<CancellationToken, Task<TogglPlan>> Plan { get; init; }

    /// <summary>The operation itself.</summary>
    public required Func<CancellationToken, Task<T>> Run { get; init; }

    /// <summary>
    /// For a read whose answer a later operation needs: what the cache holds, with no request (a dry run goes on
    /// with it); <c>Known: false</c> when only Toggl's answer can tell. Absent: only Toggl can tell.
    /// </summary>
    public Func<CancellationToken, Task<(bool Known, T Value)>>? FromCache { get; init; }

    /// <summary>What the answer is, in words, for a dry run that cannot go on without it: <c>the running entry</c>.</summary>
    public string Answer { get; init; } = "Toggl's answer";

    /// <summary>
    /// Whether the run may load the cache (a sync, or a read that lets the core sync a stale cache first): the
    /// first load of an empty cache then says what the wait is for.
    /// </summary>
    public bool MayLoad { get; init; }
}
