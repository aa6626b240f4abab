using Spectre.Console;
using System.Globalization;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl outbox [list]</c> and <c>toggl outbox send</c>: the output format and <c>--dry-run</c>.</summary>
internal sealed class OutboxSettings : OutputSettings, ISettings<OutboxSettings>
{
    private OutboxSettings(ParsedArgs args)
        : base(args)
    {
    }

    /// <inheritdoc />
    public static new void Declare(CliCommand command) => OutputSettings.Declare(command);

    /// <inheritdoc />
    public static new OutboxSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl outbox drop ID</c>.</summary>
internal sealed class OutboxItemSettings : OutputSettings, ISettings<OutboxItemSettings>
{
    private OutboxItemSettings(ParsedArgs args)
        : base(args) => Id = OutboxItemIds.Parse(args.Argument("ID") ?? "");

    /// <summary>The outbox item's id (as <c>toggl outbox</c> lists it: <c>5</c> or <c>#5</c>).</summary>
    public long Id { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("ID", "The outbox item (as `toggl outbox` lists it: 5 or #5)", required: true);
    }

    /// <inheritdoc />
    public static new OutboxItemSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl outbox resolve ID --mine|--theirs|--take FIELD=mine|theirs,…</c>.</summary>
internal sealed class OutboxResolveSettings : OutputSettings, ISettings<OutboxResolveSettings>
{
    /// <summary>The field names <c>--take</c> accepts, as <c>toggl outbox</c> prints them.</summary>
    public static readonly IReadOnlyDictionary<string, TrackerField> Fields = new Dictionary<string, TrackerField>(StringComparer.OrdinalIgnoreCase)
    {
        ["description"] = TrackerField.Description,
        ["start"] = TrackerField.Start,
        ["stop"] = TrackerField.Stop,
        ["duration"] = TrackerField.Duration,
        ["project"] = TrackerField.ProjectId,
        ["task"] = TrackerField.TaskId,
        ["tags"] = TrackerField.Tags,
        ["tag_ids"] = TrackerField.TagIds,
        ["billable"] = TrackerField.Billable,
    };

    private OutboxResolveSettings(ParsedArgs args)
        : base(args)
    {
        Id = OutboxItemIds.Parse(args.Argument("ID") ?? "");
        Mine = args.Flag("--mine");
        Theirs = args.Flag("--theirs");
        Take = args.Text("--take");
    }

    /// <summary>The conflicting outbox item.</summary>
    public long Id { get; }

    /// <summary>Keep my change.</summary>
    public bool Mine { get; }

    /// <summary>Keep Toggl's copy.</summary>
    public bool Theirs { get; }

    /// <summary>Merge field by field: <c>description=mine,billable=theirs</c>.</summary>
    public string? Take { get; }

    /// <summary>The resolution the options name.</summary>
    public OutboxResolution Resolution =>
        Mine ? OutboxResolution.KeepMine
        : Theirs ? OutboxResolution.KeepTheirs
        : OutboxResolution.Merge(Choices(Take ?? ""));

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if ((Mine ? 1 : 0) + (Theirs ? 1 : 0) + (Take is null ? 0 : 1) != 1)
        {
            return ValidationResult.Error("say how to resolve: one of --mine, --theirs or --take FIELD=mine|theirs,…");
        }

        if (Take is not null)
        {
            Choices(Take);
        }

        return base.Validate();
    }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("ID", "The outbox item in conflict (as `toggl outbox` lists it)", required: true);
        command.AddFlag("--mine", "Keep my change: send it over Toggl's");
        command.AddFlag("--theirs", "Keep Toggl's copy: drop my change");
        command.AddValueOption("--take", "FIELD=SIDE,…", "Merge field by field: each conflicting field =mine or =theirs (description, start, stop, duration, project, task, tags, billable)");
    }

    /// <inheritdoc />
    public static new OutboxResolveSettings Bind(ParsedArgs args) => new(args);

    private static Dictionary<TrackerField, ConflictSide> Choices(string take)
    {
        var choices = new Dictionary<TrackerField, ConflictSide>();
        foreach (var part in take.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var pair = part.Split('=', 2, StringSplitOptions.TrimEntries);
            if (pair.Length != 2 || !Fields.TryGetValue(pair[0], out var field))
            {
                throw CliException.BadArguments(
                    $"--take '{part}' is not FIELD=mine or FIELD=theirs (fields: {string.Join(", ", Fields.Keys)})");
            }

            choices[field] = pair[1].ToLowerInvariant() switch
            {
                "mine" => ConflictSide.Mine,
                "theirs" => ConflictSide.Theirs,
                _ => throw CliException.BadArguments($"--take '{part}': the side is mine or theirs"),
            };
        }

        return choices.Count > 0 ? choices : throw CliException.BadArguments("--take names no field (write description=mine,billable=theirs)");
    }
}

/// <summary>Outbox item ids as typed: <c>5</c> or <c>#5</c>.</summary>
internal static class OutboxItemIds
{
    /// <summary>Reads an item id; anything else is a typed error (exit code 2).</summary>
    public static long Parse(string text)
    {
        var digits = text.Trim().TrimStart('#');
        return digits.Length > 0 && digits.All(char.IsAsciiDigit) && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var id) && id > 0
            ? id
            : throw CliException.BadArguments($"'{text}' is not an outbox item (a number as `toggl outbox` lists it, e.g. 5 or #5)");
    }
}
