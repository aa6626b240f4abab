using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of a command about one named object: <c>toggl tags delete NAME|ID</c>.</summary>
internal class NamedSettings : OutputSettings
{
    /// <summary>The object's name or id.</summary>
    [CommandArgument(0, "<NAME_OR_ID>")]
    [Description("The name (looked up in the synced cache) or the id")]
    public string Name { get; init; } = "";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the name or id must not be blank") : base.Validate();
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
internal sealed class ProjectListSettings : ReadSettings, IActiveOptions
{
    /// <inheritdoc />
    [CommandOption("--active")]
    [Description("Active projects only")]
    public bool Active { get; init; }

    /// <inheritdoc />
    [CommandOption("--archived")]
    [Description("Archived projects only")]
    public bool Archived { get; init; }

    /// <summary>Only the projects of this client.</summary>
    [CommandOption("--client <CLIENT>")]
    [Description("Only the projects of this client (name or id)")]
    public string? Client { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() => ActiveOptions.Check(this) ?? base.Validate();
}

/// <summary>Options of <c>toggl projects add</c>.</summary>
internal sealed class ProjectAddSettings : OutputSettings
{
    /// <summary>The new project's name.</summary>
    [CommandArgument(0, "<NAME>")]
    [Description("The project's name")]
    public string Name { get; init; } = "";

    /// <summary>Its client.</summary>
    [CommandOption("--client <CLIENT>")]
    [Description("Its client (name or id)")]
    public string? Client { get; init; }

    /// <summary>Its colour.</summary>
    [CommandOption("--color <COLOR>")]
    [Description("One of Toggl's 14 colours (blue, violet, pink, orange, gold, green, teal, beige, dark-blue, purple, yellow, dark-green, red, gray) or #rrggbb")]
    public string? Color { get; init; }

    /// <summary>Billable.</summary>
    [CommandOption("--billable")]
    [Description("Time on it is billable")]
    public bool Billable { get; init; }

    /// <summary>Private.</summary>
    [CommandOption("--private")]
    [Description("Only its members see it")]
    public bool Private { get; init; }

    /// <summary>Estimated hours.</summary>
    [CommandOption("--estimate <HOURS>")]
    [Description("Estimated hours (a whole number)")]
    public long? Estimate { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the project's name must not be blank")
        : Estimate is <= 0 ? ValidationResult.Error($"--estimate {Estimate} is not a number of hours (a positive whole number)")
        : base.Validate();
}

/// <summary>Options of <c>toggl projects edit</c>.</summary>
internal sealed class ProjectEditSettings : NamedSettings, IActiveOptions
{
    /// <summary>New name.</summary>
    [CommandOption("--name <NAME>")]
    [Description("New name")]
    public string? NewName { get; init; }

    /// <summary>New client ("none" removes it).</summary>
    [CommandOption("--client <CLIENT>")]
    [Description("New client (name or id); \"none\" removes it")]
    public string? Client { get; init; }

    /// <summary>New colour.</summary>
    [CommandOption("--color <COLOR>")]
    [Description("New colour: a colour name or #rrggbb")]
    public string? Color { get; init; }

    /// <summary>Billable or not.</summary>
    [CommandOption("--billable <YES_OR_NO>")]
    [Description("true or false")]
    public bool? Billable { get; init; }

    /// <summary>Private or not.</summary>
    [CommandOption("--private <YES_OR_NO>")]
    [Description("true or false")]
    public bool? Private { get; init; }

    /// <summary>Estimated hours ("none" removes them).</summary>
    [CommandOption("--estimate <HOURS>")]
    [Description("Estimated hours; \"none\" removes them")]
    public string? Estimate { get; init; }

    /// <inheritdoc />
    [CommandOption("--active")]
    [Description("Make it active again")]
    public bool Active { get; init; }

    /// <inheritdoc />
    [CommandOption("--archived")]
    [Description("Archive it")]
    public bool Archived { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ActiveOptions.Check(this)
        ?? (NewName is null && Client is null && Color is null && Billable is null && Private is null && Estimate is null && !Active && !Archived
            ? ValidationResult.Error("nothing to change: give --name, --client, --color, --billable, --private, --estimate, --active or --archived")
            : base.Validate());
}

/// <summary>Options of <c>toggl tasks list</c>.</summary>
internal sealed class TaskListSettings : ReadSettings, IActiveOptions
{
    /// <summary>Only this project's tasks.</summary>
    [CommandOption("-p|--project <PROJECT>")]
    [Description("Only this project's tasks (name or id)")]
    public string? Project { get; init; }

    /// <inheritdoc />
    [CommandOption("--active")]
    [Description("Active tasks only")]
    public bool Active { get; init; }

    /// <inheritdoc />
    [CommandOption("--archived")]
    [Description("Done (inactive) tasks only")]
    public bool Archived { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() => ActiveOptions.Check(this) ?? base.Validate();
}

/// <summary>Options of <c>toggl tasks add</c>.</summary>
internal sealed class TaskAddSettings : OutputSettings
{
    /// <summary>The new task's name.</summary>
    [CommandArgument(0, "<NAME>")]
    [Description("The task's name")]
    public string Name { get; init; } = "";

    /// <summary>Its project.</summary>
    [CommandOption("-p|--project <PROJECT>")]
    [Description("Its project (name or id); required")]
    public string? Project { get; init; }

    /// <summary>Its estimate.</summary>
    [CommandOption("--estimate <DURATION>")]
    [Description("Estimated time: 2h, 90m, 1h30m, 1:30")]
    public string? Estimate { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the task's name must not be blank")
        : Project is null ? ValidationResult.Error("a task belongs to a project: give --project NAME|ID")
        : base.Validate();
}

/// <summary>Options of commands about one task: <c>toggl tasks edit|delete NAME|ID [--project P]</c>.</summary>
internal class TaskNamedSettings : NamedSettings
{
    /// <summary>The task's project, to tell tasks of the same name apart.</summary>
    [CommandOption("-p|--project <PROJECT>")]
    [Description("The task's project (name or id), when several projects have a task of that name")]
    public string? Project { get; init; }
}

/// <summary>Options of <c>toggl tasks edit</c>.</summary>
internal sealed class TaskEditSettings : TaskNamedSettings, IActiveOptions
{
    /// <summary>New name.</summary>
    [CommandOption("--name <NAME>")]
    [Description("New name")]
    public string? NewName { get; init; }

    /// <summary>New estimate ("none" removes it).</summary>
    [CommandOption("--estimate <DURATION>")]
    [Description("Estimated time (2h, 90m, 1:30); \"none\" removes it")]
    public string? Estimate { get; init; }

    /// <inheritdoc />
    [CommandOption("--active")]
    [Description("Mark it active again")]
    public bool Active { get; init; }

    /// <inheritdoc />
    [CommandOption("--archived")]
    [Description("Mark it done (inactive)")]
    public bool Archived { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ActiveOptions.Check(this)
        ?? (NewName is null && Estimate is null && !Active && !Archived
            ? ValidationResult.Error("nothing to change: give --name, --estimate, --active or --archived")
            : base.Validate());
}

/// <summary>Options of <c>toggl tags add</c>, <c>toggl clients add</c>, <c>toggl orgs add</c>.</summary>
internal class NewNameSettings : OutputSettings
{
    /// <summary>The new object's name.</summary>
    [CommandArgument(0, "<NAME>")]
    [Description("The name")]
    public string Name { get; init; } = "";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(Name) ? ValidationResult.Error("the name must not be blank") : base.Validate();
}

/// <summary>Options of <c>toggl tags rename</c>, <c>toggl orgs rename</c>.</summary>
internal sealed class RenameSettings : NamedSettings
{
    /// <summary>The new name.</summary>
    [CommandArgument(1, "<NEW_NAME>")]
    [Description("The new name")]
    public string NewName { get; init; } = "";

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(NewName) ? ValidationResult.Error("the new name must not be blank") : base.Validate();
}

/// <summary>Options of <c>toggl clients list</c>.</summary>
internal sealed class ClientListSettings : ReadSettings, IActiveOptions
{
    /// <inheritdoc />
    [CommandOption("--active")]
    [Description("Active clients only")]
    public bool Active { get; init; }

    /// <inheritdoc />
    [CommandOption("--archived")]
    [Description("Archived clients only")]
    public bool Archived { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() => ActiveOptions.Check(this) ?? base.Validate();
}

/// <summary>Options of <c>toggl clients add</c>.</summary>
internal sealed class ClientAddSettings : NewNameSettings
{
    /// <summary>Notes.</summary>
    [CommandOption("--notes <TEXT>")]
    [Description("Notes about the client")]
    public string? Notes { get; init; }
}

/// <summary>Options of <c>toggl clients edit</c>.</summary>
internal sealed class ClientEditSettings : NamedSettings
{
    /// <summary>New name.</summary>
    [CommandOption("--name <NAME>")]
    [Description("New name")]
    public string? NewName { get; init; }

    /// <summary>New notes ("" removes them).</summary>
    [CommandOption("--notes <TEXT>")]
    [Description("New notes; \"\" removes them")]
    public string? Notes { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        NewName is null && Notes is null ? ValidationResult.Error("nothing to change: give --name or --notes") : base.Validate();
}

/// <summary>Options of <c>toggl workspaces show</c>: a workspace, the one in use by default.</summary>
internal class WorkspaceSettings : ReadSettings
{
    /// <summary>The workspace's name or id.</summary>
    [CommandArgument(0, "[NAME_OR_ID]")]
    [Description("The workspace (name or id); default: the one in use")]
    public string? Which { get; init; }
}

/// <summary>Options of <c>toggl workspaces edit</c>.</summary>
internal sealed class WorkspaceEditSettings : OutputSettings
{
    /// <summary>The workspace's name or id.</summary>
    [CommandArgument(0, "[NAME_OR_ID]")]
    [Description("The workspace (name or id); default: the one in use")]
    public string? Which { get; init; }

    /// <summary>New name.</summary>
    [CommandOption("--name <NAME>")]
    [Description("New name")]
    public string? NewName { get; init; }

    /// <summary>Default currency.</summary>
    [CommandOption("--default-currency <CODE>")]
    [Description("Default currency, e.g. EUR")]
    public string? DefaultCurrency { get; init; }

    /// <summary>Default hourly rate.</summary>
    [CommandOption("--default-hourly-rate <RATE>")]
    [Description("Default hourly rate, e.g. 80.5")]
    public decimal? DefaultHourlyRate { get; init; }

    /// <summary>New projects billable by default.</summary>
    [CommandOption("--projects-billable-by-default <YES_OR_NO>")]
    [Description("true or false")]
    public bool? ProjectsBillableByDefault { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        NewName is null && DefaultCurrency is null && DefaultHourlyRate is null && ProjectsBillableByDefault is null
            ? ValidationResult.Error("nothing to change: give --name, --default-currency, --default-hourly-rate or --projects-billable-by-default")
            : DefaultHourlyRate is < 0 ? ValidationResult.Error("--default-hourly-rate must not be negative")
            : base.Validate();
}

/// <summary>Options of <c>toggl orgs show</c>.</summary>
internal sealed class OrganizationShowSettings : ReadSettings
{
    /// <summary>The organization's name or id.</summary>
    [CommandArgument(0, "<NAME_OR_ID>")]
    [Description("The organization (name or id)")]
    public string Name { get; init; } = "";
}

/// <summary>Options of <c>toggl orgs add</c>.</summary>
internal sealed class OrganizationAddSettings : NewNameSettings
{
    /// <summary>Its first workspace's name.</summary>
    [CommandOption("--workspace-name <NAME>")]
    [Description("The name of its first workspace (required by Toggl)")]
    public string? WorkspaceName { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        string.IsNullOrWhiteSpace(WorkspaceName) ? ValidationResult.Error("an organization is made with its first workspace: give --workspace-name NAME") : base.Validate();
}

/// <summary>Options of <c>toggl me edit</c>.</summary>
internal sealed class MeEditSettings : OutputSettings
{
    /// <summary>Full name.</summary>
    [CommandOption("--fullname <NAME>")]
    [Description("Your full name")]
    public string? Fullname { get; init; }

    /// <summary>Time zone.</summary>
    [CommandOption("--timezone <ZONE>")]
    [Description("Your time zone, e.g. Europe/Berlin")]
    public string? Timezone { get; init; }

    /// <summary>First day of the week.</summary>
    [CommandOption("--beginning-of-week <DAY>")]
    [Description("First day of the week: 0 (Sunday) to 6 (Saturday)")]
    public int? BeginningOfWeek { get; init; }

    /// <summary>Default workspace.</summary>
    [CommandOption("--default-workspace <ID>")]
    [Description("Your default workspace's id")]
    public long? DefaultWorkspace { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Fullname is null && Timezone is null && BeginningOfWeek is null && DefaultWorkspace is null
            ? ValidationResult.Error("nothing to change: give --fullname, --timezone, --beginning-of-week or --default-workspace")
            : BeginningOfWeek is < 0 or > 6 ? ValidationResult.Error($"--beginning-of-week {BeginningOfWeek} is not a day (0 Sunday to 6 Saturday)")
            : DefaultWorkspace is <= 0 ? ValidationResult.Error($"--default-workspace {DefaultWorkspace} is not a workspace id")
            : base.Validate();
}

/// <summary>Options of <c>toggl sync</c>.</summary>
internal sealed class SyncSettings : OutputSettings
{
    /// <summary>Sync every kind even when synced within the cache's max age.</summary>
    [CommandOption("--refresh")]
    [Description("Sync every kind of object even when the cache is fresh")]
    public bool Refresh { get; init; }
}
