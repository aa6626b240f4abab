using Spectre.Console;
using Toggl.Cli.CommandLine;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl start</c>.</summary>
internal sealed class StartSettings : OutputSettings, ISettings<StartSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private StartSettings(ParsedArgs args)
        : base(args)
    {
        Description = args.Argument("DESCRIPTION") ?? "";
        Pick = args.Flag("--pick");
        Project = args.Text("--project");
        CreateProject = args.Flag("--create-project");
        Tags = args.Text("--tags");
        Billable = args.Flag("--billable");
        At = args.Text("--at");
    }

    /// <summary>What the entry is about.</summary>
    public string Description { get; }

    /// <summary>Pick a recent entry on the terminal and start one like it (its description, project and tags).</summary>
    public bool Pick { get; }

    /// <summary>Project name or id.</summary>
    public string? Project { get; }

    /// <summary>Create the project named by <c>--project</c> when the workspace has none of that name.</summary>
    public bool CreateProject { get; }

    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; }

    /// <summary>Mark the entry billable.</summary>
    public bool Billable { get; }

    /// <summary>Start time (default now).</summary>
    public string? At { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Pick && (Description.Length > 0 || Project is not null || Tags is not null) ? ValidationResult.Error("--pick takes the description, project and tags of the entry picked: give none of them")
        : Pick ? base.Validate()
        : string.IsNullOrWhiteSpace(Description) ? ValidationResult.Error("the description must not be blank")
        : CreateProject && Project is null ? ValidationResult.Error("--create-project needs --project NAME")
        : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        // Not required by the parser: --pick stands in for it (Validate asks for one or the other).
        command.AddArgument("DESCRIPTION", "What you are working on (required unless --pick)", required: false);
        command.AddFlag("--pick", "Pick a recent entry (type to search) and start one like it; on a terminal only");
        command.AddValueOption("-p|--project", "PROJECT", "Project name or id");
        command.AddFlag("--create-project", "Create the --project when the workspace has none of that name, then start");
        command.AddValueOption("-t|--tags", "TAGS", "Tags, comma-separated (a,b)");
        command.AddFlag("-b|--billable", "Mark the entry billable");
        command.AddValueOption("--at", "TIME", "Start time, e.g. 09:30, \"yesterday 14:00\" (default: now)");
    }

    /// <inheritdoc />
    public static new StartSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl add</c>: a finished entry, with its times.</summary>
internal sealed class AddSettings : OutputSettings, ISettings<AddSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private AddSettings(ParsedArgs args)
        : base(args)
    {
        Description = args.Argument("DESCRIPTION") ?? "";
        Start = args.Text("--start");
        Stop = args.Text("--stop");
        Project = args.Text("--project");
        Task = args.Text("--task");
        Tags = args.Text("--tags");
        Billable = args.Flag("--billable");
    }

    /// <summary>What the entry is about.</summary>
    public string Description { get; }

    /// <summary>When it started.</summary>
    public string? Start { get; }

    /// <summary>When it stopped.</summary>
    public string? Stop { get; }

    /// <summary>Project name or id.</summary>
    public string? Project { get; }

    /// <summary>Task name or id (of the project, when given).</summary>
    public string? Task { get; }

    /// <summary>Comma-separated tags.</summary>
    public string? Tags { get; }

    /// <summary>Mark the entry billable.</summary>
    public bool Billable { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Description) ? ValidationResult.Error("the description must not be blank")
        : Start is null || Stop is null ? ValidationResult.Error("a finished entry needs --start TIME and --stop TIME (to start a timer: toggl start)")
        : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("DESCRIPTION", "What you worked on", required: true);
        command.AddValueOption("--start", "TIME", "Start time, e.g. \"2026-11-23 09:00\", \"yesterday 14:00\"; required");
        command.AddValueOption("--stop", "TIME", "Stop time; required");
        command.AddValueOption("-p|--project", "PROJECT", "Project name or id");
        command.AddValueOption("--task", "TASK", "Task name or id (of --project when given)");
        command.AddValueOption("-t|--tags", "TAGS", "Tags, comma-separated (a,b)");
        command.AddFlag("-b|--billable", "Mark the entry billable");
    }

    /// <inheritdoc />
    public static new AddSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl stop</c>.</summary>
internal sealed class StopSettings : OutputSettings, ISettings<StopSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private StopSettings(ParsedArgs args)
        : base(args)
    {
        At = args.Text("--at");
    }

    /// <summary>Stop time (default now).</summary>
    public string? At { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddValueOption("--at", "TIME", "Stop time, e.g. 17:45 (default: now)");
    }

    /// <inheritdoc />
    public static new StopSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl continue</c>.</summary>
internal sealed class ContinueSettings : OutputSettings, ISettings<ContinueSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ContinueSettings(ParsedArgs args)
        : base(args)
    {
        Id = args.EntryIdArgument("ID");
        At = args.Text("--at");
        Pick = args.Flag("--pick");
    }

    /// <summary>The entry to restart; the latest one when absent.</summary>
    public long? Id { get; }

    /// <summary>Pick the entry to restart on the terminal, from the recent ones.</summary>
    public bool Pick { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Pick && Id is not null ? ValidationResult.Error("give an ID or --pick, not both") : base.Validate();

    /// <summary>Start time (default now).</summary>
    public string? At { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("ID", "Entry to restart (default: the latest)", required: false);
        command.AddValueOption("--at", "TIME", "Start time (default: now)");
        command.AddFlag("--pick", "Pick the entry to restart from the recent ones (type to search); on a terminal only");
    }

    /// <inheritdoc />
    public static new ContinueSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of commands about one entry: <c>show</c>, <c>delete</c>.</summary>
internal sealed class EntryIdSettings : ReadSettings, ISettings<EntryIdSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private EntryIdSettings(ParsedArgs args)
        : base(args)
    {
        Id = args.EntryIdArgument("ID") ?? 0;
    }

    /// <summary>The entry's id.</summary>
    public long Id { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Id == 0 ? ValidationResult.Error("'0' is not a time entry id (a positive number)") : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReadSettings.Declare(command);
        command.AddArgument("ID", "The time entry's id", required: true);
    }

    /// <inheritdoc />
    public static new EntryIdSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl edit</c>.</summary>
internal sealed class EditSettings : OutputSettings, ISettings<EditSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private EditSettings(ParsedArgs args)
        : base(args)
    {
        Id = args.EntryIdArgument("ID") ?? 0;
        Description = args.Text("--description");
        Project = args.Text("--project");
        Tags = args.Text("--tags");
        Start = args.Text("--start");
        Stop = args.Text("--stop");
        Billable = args.YesOrNo("--billable");
    }

    /// <summary>The entry's id.</summary>
    public long Id { get; }

    /// <summary>New description.</summary>
    public string? Description { get; }

    /// <summary>New project (name or id; "none" clears it).</summary>
    public string? Project { get; }

    /// <summary>New tags, replacing the old ones.</summary>
    public string? Tags { get; }

    /// <summary>New start time.</summary>
    public string? Start { get; }

    /// <summary>New stop time.</summary>
    public string? Stop { get; }

    /// <summary>Billable or not.</summary>
    public bool? Billable { get; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (Id == 0)
        {
            return ValidationResult.Error("'0' is not a time entry id (a positive number)");
        }

        return Description is null && Project is null && Tags is null && Start is null && Stop is null && Billable is null
            ? ValidationResult.Error("nothing to change: give --description, --project, --tags, --start, --stop or --billable")
            : base.Validate();
    }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("ID", "The time entry's id", required: true);
        command.AddValueOption("-d|--description", "TEXT", "New description");
        command.AddValueOption("-p|--project", "PROJECT", "New project name or id; \"none\" removes the project");
        command.AddValueOption("-t|--tags", "TAGS", "New tags, comma-separated, replacing the old ones (\"\" removes all)");
        command.AddValueOption("--start", "TIME", "New start time");
        command.AddValueOption("--stop", "TIME", "New stop time");
        command.AddValueOption("--billable", "YES_OR_NO", "true or false");
    }

    /// <inheritdoc />
    public static new EditSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl bulk-edit</c>.</summary>
internal sealed class BulkEditSettings : OutputSettings, ISettings<BulkEditSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private BulkEditSettings(ParsedArgs args)
        : base(args)
    {
        Ids = args.LongArguments("IDS", "a time entry id");
        From = args.Text("--from");
        To = args.Text("--to");
        Description = args.Text("--description");
        AddTags = args.Text("--add-tags");
        RemoveTags = args.Text("--remove-tags");
        Project = args.Text("--project");
    }

    /// <summary>The entries to change (or use <c>--from/--to</c>).</summary>
    public long[] Ids { get; }

    /// <summary>First day of the entries to change.</summary>
    public string? From { get; }

    /// <summary>Last day of the entries to change.</summary>
    public string? To { get; }

    /// <summary>New description.</summary>
    public string? Description { get; }

    /// <summary>Tags to add.</summary>
    public string? AddTags { get; }

    /// <summary>Tags to remove.</summary>
    public string? RemoveTags { get; }

    /// <summary>New project.</summary>
    public string? Project { get; }

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

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("IDS", "Ids of the entries to change (or --from/--to)", required: false, many: true);
        command.AddValueOption("--from", "DATE", "Change the entries started from DATE (with --to)");
        command.AddValueOption("--to", "DATE", "... to DATE, inclusive");
        command.AddValueOption("-d|--description", "TEXT", "New description");
        command.AddValueOption("--add-tags", "TAGS", "Tags to add, comma-separated");
        command.AddValueOption("--remove-tags", "TAGS", "Tags to remove, comma-separated");
        command.AddValueOption("-p|--project", "PROJECT", "New project name or id");
    }

    /// <inheritdoc />
    public static new BulkEditSettings Bind(ParsedArgs args) => new(args);
}
