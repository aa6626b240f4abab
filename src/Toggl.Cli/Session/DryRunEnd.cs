namespace Toggl.Cli.Session;

/// <summary>
/// Ends a dry run where the next operation depends on an answer only Toggl can give (the cache does not hold
/// it): the plans so far are printed, with what they wait for. Never escapes <see cref="TogglSession.PerformAsync"/>.
/// </summary>
/// <param name="answer">What the rest waits for, in words: <c>the running entry</c>.</param>
internal sealed class DryRunEnd(string answer) : Exception($"a dry run needs {answer}")
{
    /// <summary>What the rest of the command waits for.</summary>
    public string Answer { get; } = answer;
}
