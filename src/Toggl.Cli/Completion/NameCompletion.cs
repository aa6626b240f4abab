using System.CommandLine;
using System.CommandLine.Completions;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Completion;

/// <summary>
/// Which options and arguments of the command tree take the name of a project, client, tag or task, in one
/// place, and the completion sources that offer those names from the cache (<see cref="CachedNames"/>).
/// </summary>
internal static class NameCompletion
{
    /// <summary>The options whose value is a name, by their long name.</summary>
    private static readonly Dictionary<string, NameKind> Options = new(StringComparer.Ordinal)
    {
        ["--project"] = NameKind.Project,
        ["--client"] = NameKind.Client,
        ["--task"] = NameKind.Task,
        ["--tags"] = NameKind.Tag,
        ["--add-tags"] = NameKind.Tag,
        ["--remove-tags"] = NameKind.Tag,
    };

    /// <summary>The commands whose first argument names an object, by their path.</summary>
    private static readonly Dictionary<string, NameKind> Arguments = new(StringComparer.Ordinal)
    {
        ["projects edit"] = NameKind.Project,
        ["projects delete"] = NameKind.Project,
        ["tasks edit"] = NameKind.Task,
        ["tasks delete"] = NameKind.Task,
        ["tags rename"] = NameKind.Tag,
        ["tags delete"] = NameKind.Tag,
        ["clients edit"] = NameKind.Client,
        ["clients archive"] = NameKind.Client,
        ["clients restore"] = NameKind.Client,
        ["clients delete"] = NameKind.Client,
    };

    /// <summary>Gives every option and argument under <paramref name="root"/> that takes a name its source of names.</summary>
    public static void Attach(CliCommand root, CliContext context)
    {
        foreach (var command in new CommandCatalog(root).All)
        {
            foreach (var option in command.Options)
            {
                if (Options.TryGetValue(option.Name, out var kind))
                {
                    option.CompletionSources.Add(completion => Candidates(kind, completion, context));
                }
            }

            if (Arguments.TryGetValue(command.Path, out var argumentKind) && command.Arguments.Count > 0)
            {
                command.Arguments[0].CompletionSources.Add(completion => Candidates(argumentKind, completion, context));
            }
        }
    }

    /// <summary>
    /// The names of <paramref name="kind"/> in the cache of the account the line names; tags are items of a
    /// comma-separated list (<see cref="CompletionEngine"/> completes the part after the last comma).
    /// </summary>
    private static IEnumerable<CompletionItem> Candidates(NameKind kind, CompletionContext completion, CliContext context)
    {
        var parsed = completion.ParseResult;
        var flags = new AccountFlags(Text(parsed, "--api-token"), Text(parsed, "--workspace"), Text(parsed, "--base-url"));
        return CachedNames.Load(kind, flags, Text(parsed, "--home"), context)
            .Select(name => new CompletionItem(name, kind == NameKind.Tag ? CompletionEngine.ListItem : "Value"));
    }

    /// <summary>An option given on the line being completed; null when not given or not an option of its command.</summary>
    private static string? Text(ParseResult parsed, string option)
    {
        try
        {
            return parsed.GetValue<string>(option);
        }
        catch (InvalidOperationException)
        {
            return null;
        }
    }
}
