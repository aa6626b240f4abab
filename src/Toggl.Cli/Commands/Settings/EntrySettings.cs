using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl start</c>.</summary>
internal sealed class StartSettings : OutputSettings
{
    /// <summary>What the entry is about.</summary>
    [CommandArgument(0, "<DESCRIPTION>")]
    [Description("What you are working on")]
    public string Description { get; init; } = "";

    /// <summary>Project name or id.</summary>
    [CommandOption("-p|--project <PROJECT>")]
    [Description("Project name or id")]
    public string? Project { get; init; }

    /// <summary>Create the project named by <c>--project</c> when the workspace has none of that name.</summary>
    [CommandOption("--create-project")]
    [Description("Create the --project when the workspace has none of that name, then start")]
    public bool CreateProject { get; init; }

    /// <summary>Comma-separated tags.</summary>
    [CommandOption("-t|--tags <TAGS>")]
    [Description("Tags, comma-separated (a,b)")]
    public string? Tags { get; init; }

    /// <summary>Mark the entry billable.</summary>
    [CommandOption("-b|--billable")]
    [Description("Mark the entry billable")]
    public bool Billable { get; init; }

    /// <summary>Start time (default now).</summary>
    [CommandOption("--at <TIME>")]
    [Description("Start time, e.g. 09:30, \"yesterday 14:00\" (default: now)")]
    public string? At { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Description) ? ValidationResult.Error("the description must not be blank")
        : CreateProject && Project is null ? ValidationResult.Error("--create-project needs --project NAME")
        : base.Validate();
}

/// <summary>Options of <c>toggl add</c>: a finished entry, with its times.</summary>
internal sealed class AddSettings : OutputSettings
{
    /// <summary>What the entry is about.</summary>
    [CommandArgument(0, "<DESCRIPTION>")]
    [Description("What you worked on")]
    public string Description { get; init; } = "";

    /// <summary>When it started.</summary>
    [CommandOption("--start <TIME>")]
    [Description("Start time, e.g. \"2026-11-23 09:00\", \"yesterday 14:00\"; required")]
    public string? Start { get; init; }

    /// <summary>When it stopped.</summary>
    [CommandOption("--stop <TIME>")]
    [Description("Stop time; required")]
    public string? Stop { get; init; }

    /// <summary>Project name or id.</summary>
    [CommandOption("-p|--project <PROJECT>")]
    [Description("Project name or id")]
    public string? Project { get; init; }

    /// <summary>Task name or id (of the project, when given).</summary>
    [CommandOption("--task <TASK>")]
    [Description("Task name or id (of --project when given)")]
    public string? Task { get; init; }

    /// <summary>Comma-separated tags.</summary>
    [CommandOption("-t|--tags <TAGS>")]
    [Description("Tags, comma-separated (a,b)")]
    public string? Tags { get; init; }

    /// <summary>Mark the entry billable.</summary>
    [CommandOption("-b|--billable")]
    [Description("Mark the entry billable")]
    public bool Billable { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Description) ? ValidationResult.Error("the description must not be blank")
        : Start is null || Stop is null ? ValidationResult.Error("a finished entry needs --start TIME and --stop TIME (to start a timer: toggl start)")
        : base.Validate();
}

/// <summary>Options of <c>toggl stop</c>.</summary>
internal sealed class StopSettings : OutputSettings
{
    /// <summary>Stop time (default now).</summary>
    [CommandOption("--at <TIME>")]
    [Description("Stop time, e.g. 17:45 (default: now)")]
    public string? At { get; init; }
}

/// <summary>Options of <c>toggl continue</c>.</summary>
internal sealed class ContinueSettings : OutputSettings
{
    /// <summary>The entry to restart; the latest one when absent.</summary>
    [CommandArgument(0, "[ID]")]
    [Description("Entry to restart (default: the latest)")]
    public long? Id { get; init; }

    /// <summary>Start time (default now).</summary>
    [CommandOption("--at <TIME>")]
    [Description("Start time (default: now)")]
    public string? At { get; init; }
}

/// <summary>Options of commands about one entry: <c>show</c>, <c>delete</c>.</summary>
internal sealed class EntryIdSettings : ReadSettings
{
    /// <summary>The entry's id.</summary>
    [CommandArgument(0, "<ID>")]
    [Description("The time entry's id")]
    public long Id { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Id <= 0 ? ValidationResult.Error($"'{Id}' is not a time entry id (a positive number)") : base.Validate();
}

/// <summary>Options of <c>toggl edit</c>.</summary>
internal sealed class EditSettings : OutputSettings
{
    /// <summary>The entry's id.</summary>
    [CommandArgument(0, "<ID>")]
    [Description("The time entry's id")]
    public long Id { get; init; }

    /// <summary>New description.</summary>
    [CommandOption("-d|--description <TEXT>")]
    [Description("New description")]
    public string? Description { get; init; }

    /// <summary>New project (name or id; "none" clears it).</summary>
    [CommandOption("-p|--project <PROJECT>")]
    [Description("New project name or id; \"none\" removes the project")]
    public string? Project { get; init; }

    /// <summary>New tags, replacing the old ones.</summary>
    [CommandOption("-t|--tags <TAGS>")]
    [Description("New tags, comma-separated, replacing the old ones (\"\" removes all)")]
    public string? Tags { get; init; }

    /// <summary>New start time.</summary>
    [CommandOption("--start <TIME>")]
    [Description("New start time")]
    public string? Start { get; init; }

    /// <summary>New stop time.</summary>
    [CommandOption("--stop <TIME>")]
    [Description("New stop time")]
    public string? Stop { get; init; }

    /// <summary>Billable or not.</summary>
    [CommandOption("--billable <YES_OR_NO>")]
    [Description("true or false")]
    public bool? Billable { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Id <= 0)
        {
            return ValidationResult.Error($"'{Id}' is not a time entry id (a positive number)");
        }

        return Description is null && Project is null && Tags is null && Start is null && Stop is null && Billable is null
            ? ValidationResult.Error("nothing to change: give --description, --project, --tags, --start, --stop or --billable")
            : base.Validate();
    }
}

/// <summary>Options of <c>toggl bulk-edit</c>.</summary>
internal sealed class BulkEditSettings : OutputSettings
{
    /// <summary>The entries to change (or use <c>--from/--to</c>).</summary>
    [CommandArgument(0, "[IDS]")]
    [Description("Ids of the entries to change (or --from/--to)")]
    public long[] Ids { get; init; } = [];

    /// <summary>First day of the entries to change.</summary>
    [CommandOption("--from <DATE>")]
    [Description("Change the entries started from DATE (with --to)")]
    public string? From { get; init; }

    /// <summary>Last day of the entries to change.</summary>
    [CommandOption("--to <DATE>")]
    [Description("... to DATE, inclusive")]
    public string? To { get; init; }

    /// <summary>New description.</summary>
    [CommandOption("-d|--description <TEXT>")]
    [Description("New description")]
    public string? Description { get; init; }

    /// <summary>Tags to add.</summary>
    [CommandOption("--add-tags <TAGS>")]
    [Description("Tags to add, comma-separated")]
    public string? AddTags { get; init; }

    /// <summary>Tags to remove.</summary>
    [CommandOption("--remove-tags <TAGS>")]
    [Description("Tags to remove, comma-separated")]
    public string? RemoveTags { get; init; }

    /// <summary>New project.</summary>
    [CommandOption("-p|--project <PROJECT>")]
    [Description("New project name or id")]
    public string? Project { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Ids.Length == 0 && From is null && To is null)
        {
            return ValidationResult.Error("give the ids of the entries to change, or --from DATE --to DATE");
        }

        if (Ids.Length > 0 && (From is not null || To is not null))
        {
            return ValidationResult.Error("give either ids or --from/--to, not both");
        }

        if ((From is null) != (To is null))
        {
            return ValidationResult.Error(From is null ? "--to needs --from" : "--from needs --to");
        }

        if (Ids.Any(id => id <= 0))
        {
            return ValidationResult.Error($"'{Ids.First(id => id <= 0)}' is not a time entry id (a positive number)");
        }

        if (AddTags is not null && RemoveTags is not null)
        {
            // Toggl takes one tag_action per body (docs/toggl-api.md §6.6): adding and removing needs two edits.
            return ValidationResult.Error("give --add-tags or --remove-tags, not both (run bulk-edit twice)");
        }

        return Description is null && AddTags is null && RemoveTags is null && Project is null
            ? ValidationResult.Error("nothing to change: give --description, --add-tags, --remove-tags or --project")
            : base.Validate();
    }
}
