using System.CommandLine;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// What is wrong with a line the parser read, in the tool's words: a missing argument named, a word too many
/// with the hint to quote words that belong together. Unknown options never get here (<see cref="UnknownOptions"/>).
/// </summary>
internal static class ParseProblems
{
    /// <summary>The one line explaining the first problem of <paramref name="parsed"/>; null when it has none.</summary>
    public static string? Describe(ParseResult parsed, CliCommand command)
    {
        if (parsed.Errors.Count == 0)
        {
            return null;
        }

        var help = $" (see {command.FullName} --help)";
        var missing = command.Arguments.FirstOrDefault(a => a.Arity.MinimumNumberOfValues > 0 && (parsed.GetResult(a)?.Tokens.Count ?? 0) == 0);
        if (missing is not null)
        {
            return $"Command '{command.Path}' is missing required argument '{missing.Name}'" + help;
        }

        if (parsed.UnmatchedTokens.Count > 0)
        {
            var extra = parsed.UnmatchedTokens[0];
            return command.Arguments.Count == 0
                ? $"'{command.FullName}' takes no argument (got '{extra}')" + help
                : $"'{command.FullName}' takes {Takes(command)}: quote words that belong together (got also '{extra}')" + help;
        }

        return parsed.Errors[0].Message.TrimEnd('.') + help;
    }

    /// <summary>"one DESCRIPTION", "NAME_OR_ID and NEW_NAME".</summary>
    private static string Takes(CliCommand command) =>
        command.Arguments.Count == 1 && command.Arguments[0].Arity.MaximumNumberOfValues == 1
            ? "one " + command.Arguments[0].Name
            : string.Join(" and ", command.Arguments.Select(a => a.Name));
}
