using System.CommandLine;
using System.CommandLine.Completions;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Completion;

/// <summary>
/// The hidden <c>toggl __complete INDEX WORD...</c> the shell scripts call: the candidates for the word at INDEX
/// (0 is the first word after <c>toggl</c>; INDEX equal to the number of words completes a new, empty word),
/// one per line, from the command tree's own completions (System.CommandLine's <c>GetCompletions</c>), so
/// commands and options never drift from the parser. Names of objects come from the cache only. Never an error
/// on the shell's screen: a line it cannot complete has no candidates.
/// </summary>
internal static class CompletionEngine
{
    /// <summary>The word that asks for candidates, kept out of the help and of suggestions.</summary>
    public const string Command = "__complete";

    /// <summary>Prints the candidates for the words after <c>toggl __complete</c>; exit code 0.</summary>
    public static int Run(IReadOnlyList<string> args, CliContext context, CliCommand root, ParserConfiguration parsing)
    {
        try
        {
            if (args.Count == 0 || !int.TryParse(args[0], out var index) || index < 0)
            {
                return ExitCodes.BadArguments;
            }

            var words = args.Skip(1).ToList();
            var current = index < words.Count ? words[index] : "";
            // The words before the cursor and a space: the tree offers everything that may come next, and the
            // word typed so far picks among it here (the parser cannot tell a partial word from a whole one).
            var before = string.Concat(words.Take(Math.Min(index, words.Count)).Select(word => Quoted(word) + " "));
            var candidates = Candidates(root.Parse(before, parsing).GetCompletions(before.Length), current);
            context.WriteRaw(string.Concat(candidates.Select(c => c + "\n")));
            return ExitCodes.Ok;
        }
        catch (Exception)
        {
            return ExitCodes.Error;
        }
    }

    /// <summary>The kind of a candidate that is one item of a comma-separated list (<c>--tags a,b</c>).</summary>
    public const string ListItem = "list-item";

    /// <summary>
    /// The tree's candidates for <paramref name="current"/>: those it starts with (case ignored), options only
    /// once a '-' is typed (a bare word wants a command or a value), each once. An item of a list completes the
    /// part after the last comma, the items already in the list left out.
    /// </summary>
    private static IEnumerable<string> Candidates(IEnumerable<CompletionItem> items, string current)
    {
        var comma = current.LastIndexOf(',');
        var listed = current[..(comma + 1)];
        var given = listed.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToHashSet(StringComparer.OrdinalIgnoreCase);
        return items
            .Select(item => item.Kind == ListItem ? (given.Contains(item.Label) ? null : listed + item.Label) : item.InsertText ?? item.Label)
            .OfType<string>()
            .Where(text => text.StartsWith(current, StringComparison.OrdinalIgnoreCase))
            .Where(text => current.StartsWith('-') || !text.StartsWith('-'))
            .Where(text => text is not ("-?" or "-h"))
            .Distinct(StringComparer.Ordinal);
    }

    /// <summary>A word as the parser's line splitter reads it back whole: in double quotes when it has spaces.</summary>
    private static string Quoted(string word) => word.Any(char.IsWhiteSpace) || word.Length == 0 ? "\"" + word.Replace("\"", "", StringComparison.Ordinal) + "\"" : word;
}
