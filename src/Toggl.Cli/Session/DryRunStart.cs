namespace Toggl.Cli.Session;

/// <summary>
/// Ends a dry run before its session opens: the command needs an answer only Toggl can give first (the user's
/// default workspace, for an account with none configured). <see cref="Commands.TogglCommand{TSettings}"/> prints
/// <see cref="Plan"/> and what the rest waits for; nothing was sent.
/// </summary>
/// <param name="plan">The plan of the request that would ask.</param>
/// <param name="answer">What the rest waits for, in words: <c>your default workspace</c>.</param>
internal sealed class DryRunStart(TogglPlan plan, string answer) : Exception($"a dry run needs {answer}")
{
    /// <summary>The plan of the request that would ask.</summary>
    public TogglPlan Plan { get; } = plan;

    /// <summary>What the rest of the command waits for.</summary>
    public string Answer { get; } = answer;
}
