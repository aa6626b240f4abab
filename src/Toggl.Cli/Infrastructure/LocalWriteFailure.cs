namespace Toggl.Cli.Infrastructure;

/// <summary>
/// The failure of a change Toggl accepted but the tool could not record locally (exit code 7,
/// <see cref="ExitCodes.LocalWriteFailed"/>): it says what Toggl has, with ids, so nobody runs the
/// command again and makes the change twice.
/// </summary>
internal static class LocalWriteFailure
{
    /// <summary>The one-line failure.</summary>
    /// <param name="accepted">What Toggl accepted in this run, in order ("Started \"x\" (id 12)").</param>
    /// <param name="record">What could not be updated ("the local cache", "the local state file …").</param>
    /// <param name="reason">Why.</param>
    public static CliException Create(IReadOnlyList<string> accepted, string record, string reason) => new(
        ExitCodes.LocalWriteFailed,
        $"{Join(accepted)} on Toggl, but {record} could not be updated: {reason.Trim().TrimEnd('.')}. "
        + "Run `toggl sync` to bring it up to date; running the command again would repeat the change.");

    /// <summary>A change to one entry in those words: <c>Started "Writing"</c>, or <c>Started an entry</c> without a description.</summary>
    public static string Change(string verb, string? description) =>
        description is null ? $"{verb} an entry" : $"{verb} \"{description}\"";

    private static string Join(IReadOnlyList<string> accepted) => accepted.Count switch
    {
        0 => "The change was made",
        _ => accepted[0] + string.Concat(accepted.Skip(1).Select(change => ", then " + char.ToLowerInvariant(change[0]) + change[1..])),
    };
}
