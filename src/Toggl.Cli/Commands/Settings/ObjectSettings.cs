using Spectre.Console;
using Toggl.Cli.CommandLine;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of a command about one named object: <c>toggl tags delete NAME|ID</c>.</summary>
internal class NamedSettings : OutputSettings, ISettings<NamedSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected NamedSettings(ParsedArgs args)
        : base(args)
    {
        Name = args.Argument("NAME_OR_ID") ?? "";
    }

    /// <summary>The object's name or id.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the name or id must not be blank") : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("NAME_OR_ID", "The name (looked up in the synced cache) or the id", required: true);
    }

    /// <inheritdoc />
    public static new NamedSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>--active</c>/<c>--archived</c>: a list's filter or an edit's change.</summary>
internal interface IActiveOptions
{
    /// <summary>Active ones only / make active.</summary>
    bool Active { get; }

    /// <summary>Archived ones only / archive.</summary>
    bool Archived { get; }
}

/// <summary>Reads <see cref="IActiveOptions"/>.</summary>
internal static class ActiveOptions
{
    /// <summary>true for <c>--active</c>, false for <c>--archived</c>, null for neither.</summary>
    public static bool? Value(IActiveOptions options) => options.Active ? true : options.Archived ? false : null;

    /// <summary>An error when both are given.</summary>
    public static ValidationResult? Check(IActiveOptions options) =>
        options.Active && options.Archived ? ValidationResult.Error("give --active or --archived, not both") : null;
}

/// <summary>Options of <c>toggl projects list</c>.</summary>
internal sealed class ProjectListSettings : ReadSettings, IActiveOptions, ISettings<ProjectListSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ProjectListSettings(ParsedArgs args)
        : base(args)
    {
        Active = args.Flag("--active");
        Archived = args.Flag("--archived");
        Client = args.Text("--client");
    }

    /// <inheritdoc />
    public bool Active { get; }

    /// <inheritdoc />
    public bool Archived { get; }

    /// <summary>Only the projects of this client.</summary>
    public string? Client { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() => ActiveOptions.Check(this) ?? base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReadSettings.Declare(command);
        command.AddFlag("--active", "Active projects only");
        command.AddFlag("--archived", "Archived projects only");
        command.AddValueOption("--client", "CLIENT", "Only the projects of this client (name or id)");
    }

    /// <inheritdoc />
    public static new ProjectListSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl projects add</c>.</summary>
internal sealed class ProjectAddSettings : OutputSettings, ISettings<ProjectAddSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ProjectAddSettings(ParsedArgs args)
        : base(args)
    {
        Name = args.Argument("NAME") ?? "";
        Client = args.Text("--client");
        Color = args.Text("--color");
        Billable = args.Flag("--billable");
        Private = args.Flag("--private");
        Estimate = args.Long("--estimate");
    }

    /// <summary>The new project's name.</summary>
    public string Name { get; }

    /// <summary>Its client.</summary>
    public string? Client { get; }

    /// <summary>Its colour.</summary>
    public string? Color { get; }

    /// <summary>Billable.</summary>
    public bool Billable { get; }

    /// <summary>Private.</summary>
    public bool Private { get; }

    /// <summary>Estimated hours.</summary>
    public long? Estimate { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the project's name must not be blank")
        : Estimate is <= 0 ? ValidationResult.Error($"--estimate {Estimate} is not a number of hours (a positive whole number)")
        : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("NAME", "The project's name", required: true);
        command.AddValueOption("--client", "CLIENT", "Its client (name or id)");
        command.AddValueOption("--color", "COLOR", "One of Toggl's 14 colours (blue, violet, pink, orange, gold, green, teal, beige, dark-blue, purple, yellow, dark-green, red, gray) or #rrggbb");
        command.AddFlag("--billable", "Time on it is billable");
        command.AddFlag("--private", "Only its members see it");
        command.AddValueOption("--estimate", "HOURS", "Estimated hours (a whole number)");
    }

    /// <inheritdoc />
    public static new ProjectAddSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl projects edit</c>.</summary>
internal sealed class ProjectEditSettings : NamedSettings, IActiveOptions, ISettings<ProjectEditSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ProjectEditSettings(ParsedArgs args)
        : base(args)
    {
        NewName = args.Text("--name");
        Client = args.Text("--client");
        Color = args.Text("--color");
        Billable = args.YesOrNo("--billable");
        Private = args.YesOrNo("--private");
        Estimate = args.Text("--estimate");
        Active = args.Flag("--active");
        Archived = args.Flag("--archived");
    }

    /// <summary>New name.</summary>
    public string? NewName { get; }

    /// <summary>New client ("none" removes it).</summary>
    public string? Client { get; }

    /// <summary>New colour.</summary>
    public string? Color { get; }

    /// <summary>Billable or not.</summary>
    public bool? Billable { get; }

    /// <summary>Private or not.</summary>
    public bool? Private { get; }

    /// <summary>Estimated hours ("none" removes them).</summary>
    public string? Estimate { get; }

    /// <inheritdoc />
    public bool Active { get; }

    /// <inheritdoc />
    public bool Archived { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ActiveOptions.Check(this)
        ?? (NewName is null && Client is null && Color is null && Billable is null && Private is null && Estimate is null && !Active && !Archived
            ? ValidationResult.Error("nothing to change: give --name, --client, --color, --billable, --private, --estimate, --active or --archived")
            : base.Validate());

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        NamedSettings.Declare(command);
        command.AddValueOption("--name", "NAME", "New name");
        command.AddValueOption("--client", "CLIENT", "New client (name or id); \"none\" removes it");
        command.AddValueOption("--color", "COLOR", "New colour: a colour name or #rrggbb");
        command.AddValueOption("--billable", "YES_OR_NO", "true or false");
        command.AddValueOption("--private", "YES_OR_NO", "true or false");
        command.AddValueOption("--estimate", "HOURS", "Estimated hours; \"none\" removes them");
        command.AddFlag("--active", "Make it active again");
        command.AddFlag("--archived", "Archive it");
    }

    /// <inheritdoc />
    public static new ProjectEditSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl tasks list</c>.</summary>
internal sealed class TaskListSettings : ReadSettings, IActiveOptions, ISettings<TaskListSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private TaskListSettings(ParsedArgs args)
        : base(args)
    {
        Project = args.Text("--project");
        Active = args.Flag("--active");
        Archived = args.Flag("--archived");
    }

    /// <summary>Only this project's tasks.</summary>
    public string? Project { get; }

    /// <inheritdoc />
    public bool Active { get; }

    /// <inheritdoc />
    public bool Archived { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() => ActiveOptions.Check(this) ?? base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReadSettings.Declare(command);
        command.AddValueOption("-p|--project", "PROJECT", "Only this project's tasks (name or id)");
        command.AddFlag("--active", "Active tasks only");
        command.AddFlag("--archived", "Done (inactive) tasks only");
    }

    /// <inheritdoc />
    public static new TaskListSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl tasks add</c>.</summary>
internal sealed class TaskAddSettings : OutputSettings, ISettings<TaskAddSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private TaskAddSettings(ParsedArgs args)
        : base(args)
    {
        Name = args.Argument("NAME") ?? "";
        Project = args.Text("--project");
        Estimate = args.Text("--estimate");
    }

    /// <summary>The new task's name.</summary>
    public string Name { get; }

    /// <summary>Its project.</summary>
    public string? Project { get; }

    /// <summary>Its estimate.</summary>
    public string? Estimate { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the task's name must not be blank")
        : Project is null ? ValidationResult.Error("a task belongs to a project: give --project NAME|ID")
        : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("NAME", "The task's name", required: true);
        command.AddValueOption("-p|--project", "PROJECT", "Its project (name or id); required");
        command.AddValueOption("--estimate", "DURATION", "Estimated time: 2h, 90m, 1h30m, 1:30");
    }

    /// <inheritdoc />
    public static new TaskAddSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of commands about one task: <c>toggl tasks edit|delete NAME|ID [--project P]</c>.</summary>
internal class TaskNamedSettings : NamedSettings, ISettings<TaskNamedSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected TaskNamedSettings(ParsedArgs args)
        : base(args)
    {
        Project = args.Text("--project");
    }

    /// <summary>The task's project, to tell tasks of the same name apart.</summary>
    public string? Project { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        NamedSettings.Declare(command);
        command.AddValueOption("-p|--project", "PROJECT", "The task's project (name or id), when several projects have a task of that name");
    }

    /// <inheritdoc />
    public static new TaskNamedSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl tasks edit</c>.</summary>
internal sealed class TaskEditSettings : TaskNamedSettings, IActiveOptions, ISettings<TaskEditSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private TaskEditSettings(ParsedArgs args)
        : base(args)
    {
        NewName = args.Text("--name");
        Estimate = args.Text("--estimate");
        Active = args.Flag("--active");
        Archived = args.Flag("--archived");
    }

    /// <summary>New name.</summary>
    public string? NewName { get; }

    /// <summary>New estimate ("none" removes it).</summary>
    public string? Estimate { get; }

    /// <inheritdoc />
    public bool Active { get; }

    /// <inheritdoc />
    public bool Archived { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ActiveOptions.Check(this)
        ?? (NewName is null && Estimate is null && !Active && !Archived
            ? ValidationResult.Error("nothing to change: give --name, --estimate, --active or --archived")
            : base.Validate());

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        TaskNamedSettings.Declare(command);
        command.AddValueOption("--name", "NAME", "New name");
        command.AddValueOption("--estimate", "DURATION", "Estimated time (2h, 90m, 1:30); \"none\" removes it");
        command.AddFlag("--active", "Mark it active again");
        command.AddFlag("--archived", "Mark it done (inactive)");
    }

    /// <inheritdoc />
    public static new TaskEditSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl tags add</c>, <c>toggl clients add</c>, <c>toggl orgs add</c>.</summary>
internal class NewNameSettings : OutputSettings, ISettings<NewNameSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected NewNameSettings(ParsedArgs args)
        : base(args)
    {
        Name = args.Argument("NAME") ?? "";
    }

    /// <summary>The new object's name.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the name must not be blank") : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("NAME", "The name", required: true);
    }

    /// <inheritdoc />
    public static new NewNameSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl tags rename</c>, <c>toggl orgs rename</c>.</summary>
internal sealed class RenameSettings : NamedSettings, ISettings<RenameSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private RenameSettings(ParsedArgs args)
        : base(args)
    {
        NewName = args.Argument("NEW_NAME") ?? "";
    }

    /// <summary>The new name.</summary>
    public string NewName { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(NewName) ? ValidationResult.Error("the new name must not be blank") : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        NamedSettings.Declare(command);
        command.AddArgument("NEW_NAME", "The new name", required: true);
    }

    /// <inheritdoc />
    public static new RenameSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl clients list</c>.</summary>
internal sealed class ClientListSettings : ReadSettings, IActiveOptions, ISettings<ClientListSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ClientListSettings(ParsedArgs args)
        : base(args)
    {
        Active = args.Flag("--active");
        Archived = args.Flag("--archived");
    }

    /// <inheritdoc />
    public bool Active { get; }

    /// <inheritdoc />
    public bool Archived { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() => ActiveOptions.Check(this) ?? base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReadSettings.Declare(command);
        command.AddFlag("--active", "Active clients only");
        command.AddFlag("--archived", "Archived clients only");
    }

    /// <inheritdoc />
    public static new ClientListSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl clients add</c>.</summary>
internal sealed class ClientAddSettings : NewNameSettings, ISettings<ClientAddSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ClientAddSettings(ParsedArgs args)
        : base(args)
    {
        Notes = args.Text("--notes");
    }

    /// <summary>Notes.</summary>
    public string? Notes { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        NewNameSettings.Declare(command);
        command.AddValueOption("--notes", "TEXT", "Notes about the client");
    }

    /// <inheritdoc />
    public static new ClientAddSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl clients edit</c>.</summary>
internal sealed class ClientEditSettings : NamedSettings, ISettings<ClientEditSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ClientEditSettings(ParsedArgs args)
        : base(args)
    {
        NewName = args.Text("--name");
        Notes = args.Text("--notes");
    }

    /// <summary>New name.</summary>
    public string? NewName { get; }

    /// <summary>New notes ("" removes them).</summary>
    public string? Notes { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        NewName is null && Notes is null ? ValidationResult.Error("nothing to change: give --name or --notes") : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        NamedSettings.Declare(command);
        command.AddValueOption("--name", "NAME", "New name");
        command.AddValueOption("--notes", "TEXT", "New notes; \"\" removes them");
    }

    /// <inheritdoc />
    public static new ClientEditSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl workspaces show</c>: a workspace, the one in use by default.</summary>
internal class WorkspaceSettings : ReadSettings, ISettings<WorkspaceSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected WorkspaceSettings(ParsedArgs args)
        : base(args)
    {
        Which = args.Argument("NAME_OR_ID");
    }

    /// <summary>The workspace's name or id.</summary>
    public string? Which { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReadSettings.Declare(command);
        command.AddArgument("NAME_OR_ID", "The workspace (name or id); default: the one in use", required: false);
    }

    /// <inheritdoc />
    public static new WorkspaceSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl workspaces edit</c>.</summary>
internal sealed class WorkspaceEditSettings : OutputSettings, ISettings<WorkspaceEditSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private WorkspaceEditSettings(ParsedArgs args)
        : base(args)
    {
        Which = args.Argument("NAME_OR_ID");
        NewName = args.Text("--name");
        DefaultCurrency = args.Text("--default-currency");
        DefaultHourlyRate = args.Decimal("--default-hourly-rate");
        ProjectsBillableByDefault = args.YesOrNo("--projects-billable-by-default");
    }

    /// <summary>The workspace's name or id.</summary>
    public string? Which { get; }

    /// <summary>New name.</summary>
    public string? NewName { get; }

    /// <summary>Default currency.</summary>
    public string? DefaultCurrency { get; }

    /// <summary>Default hourly rate.</summary>
    public decimal? DefaultHourlyRate { get; }

    /// <summary>New projects billable by default.</summary>
    public bool? ProjectsBillableByDefault { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        NewName is null && DefaultCurrency is null && DefaultHourlyRate is null && ProjectsBillableByDefault is null
            ? ValidationResult.Error("nothing to change: give --name, --default-currency, --default-hourly-rate or --projects-billable-by-default")
            : DefaultHourlyRate is < 0 ? ValidationResult.Error("--default-hourly-rate must not be negative")
            : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddArgument("NAME_OR_ID", "The workspace (name or id); default: the one in use", required: false);
        command.AddValueOption("--name", "NAME", "New name");
        command.AddValueOption("--default-currency", "CODE", "Default currency, e.g. EUR");
        command.AddValueOption("--default-hourly-rate", "RATE", "Default hourly rate, e.g. 80.5");
        command.AddValueOption("--projects-billable-by-default", "YES_OR_NO", "true or false");
    }

    /// <inheritdoc />
    public static new WorkspaceEditSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl orgs show</c>.</summary>
internal sealed class OrganizationShowSettings : ReadSettings, ISettings<OrganizationShowSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private OrganizationShowSettings(ParsedArgs args)
        : base(args)
    {
        Name = args.Argument("NAME_OR_ID") ?? "";
    }

    /// <summary>The organization's name or id.</summary>
    public string Name { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReadSettings.Declare(command);
        command.AddArgument("NAME_OR_ID", "The organization (name or id)", required: true);
    }

    /// <inheritdoc />
    public static new OrganizationShowSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl orgs add</c>.</summary>
internal sealed class OrganizationAddSettings : NewNameSettings, ISettings<OrganizationAddSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private OrganizationAddSettings(ParsedArgs args)
        : base(args)
    {
        WorkspaceName = args.Text("--workspace-name");
    }

    /// <summary>Its first workspace's name.</summary>
    public string? WorkspaceName { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(WorkspaceName) ? ValidationResult.Error("an organization is made with its first workspace: give --workspace-name NAME") : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        NewNameSettings.Declare(command);
        command.AddValueOption("--workspace-name", "NAME", "The name of its first workspace (required by Toggl)");
    }

    /// <inheritdoc />
    public static new OrganizationAddSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl me edit</c>.</summary>
internal sealed class MeEditSettings : OutputSettings, ISettings<MeEditSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private MeEditSettings(ParsedArgs args)
        : base(args)
    {
        Fullname = args.Text("--fullname");
        Timezone = args.Text("--timezone");
        BeginningOfWeek = args.Int("--beginning-of-week");
        DefaultWorkspace = args.Long("--default-workspace");
    }

    /// <summary>Full name.</summary>
    public string? Fullname { get; }

    /// <summary>Time zone.</summary>
    public string? Timezone { get; }

    /// <summary>First day of the week.</summary>
    public int? BeginningOfWeek { get; }

    /// <summary>Default workspace.</summary>
    public long? DefaultWorkspace { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Fullname is null && Timezone is null && BeginningOfWeek is null && DefaultWorkspace is null
            ? ValidationResult.Error("nothing to change: give --fullname, --timezone, --beginning-of-week or --default-workspace")
            : BeginningOfWeek is < 0 or > 6 ? ValidationResult.Error($"--beginning-of-week {BeginningOfWeek} is not a day (0 Sunday to 6 Saturday)")
            : DefaultWorkspace is <= 0 ? ValidationResult.Error($"--default-workspace {DefaultWorkspace} is not a workspace id")
            : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddValueOption("--fullname", "NAME", "Your full name");
        command.AddValueOption("--timezone", "ZONE", "Your time zone, e.g. Europe/Berlin");
        command.AddValueOption("--beginning-of-week", "DAY", "First day of the week: 0 (Sunday) to 6 (Saturday)");
        command.AddValueOption("--default-workspace", "ID", "Your default workspace's id");
    }

    /// <inheritdoc />
    public static new MeEditSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl sync</c>.</summary>
internal sealed class SyncSettings : OutputSettings, ISettings<SyncSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private SyncSettings(ParsedArgs args)
        : base(args)
    {
        Refresh = args.Flag("--refresh");
    }

    /// <summary>Sync every kind even when synced within the cache's max age.</summary>
    public bool Refresh { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddFlag("--refresh", "Sync every kind of object even when the cache is fresh");
    }

    /// <inheritdoc />
    public static new SyncSettings Bind(ParsedArgs args) => new(args);
}
