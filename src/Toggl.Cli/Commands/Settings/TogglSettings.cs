using System.ComponentModel;
using Spectre.Console.Cli;
using Toggl.Cli.Configuration;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options every command that talks to Toggl takes: the account, the home folder, dry run, verbosity.</summary>
internal class TogglSettings : CommandSettings
{
    /// <summary>Stands in for the home folder (config, cache and ~/.togglrc are looked up there).</summary>
    [CommandOption("--home <DIR>")]
    [Description("Use DIR as the home folder for ~/.togglrc, the config and the cache (also TOGGL_HOME)")]
    public string? Home { get; init; }

    /// <summary>The API token, beating the environment and the files.</summary>
    [CommandOption("--api-token <TOKEN>")]
    [Description("Toggl API token (default: TOGGL_API_TOKEN, then config.ini, then ~/.togglrc)")]
    public string? ApiToken { get; init; }

    /// <summary>The workspace id, beating the environment and the files.</summary>
    [CommandOption("--workspace <ID>")]
    [Description("Workspace id (default: TOGGL_WORKSPACE_ID, then config.ini, then ~/.togglrc default_wid)")]
    public string? Workspace { get; init; }

    /// <summary>The API base address, e.g. a sandbox's.</summary>
    [CommandOption("--base-url <URL>")]
    [Description("API base address (default: TOGGL_BASE_URL, then config.ini, then ~/.togglrc base_url, else Toggl's, as `toggl config show` prints it)")]
    public string? BaseUrl { get; init; }

    /// <summary>Print the requests the command would send, with their count, and send nothing.</summary>
    [CommandOption("--dry-run")]
    [Description("Print the HTTP requests the command would send, with their count, and send nothing")]
    public bool DryRun { get; init; }

    /// <summary>Errors come with their stack trace; the façade logs what it does.</summary>
    [CommandOption("-v|--verbose")]
    [Description("Show stack traces with errors")]
    public bool Verbose { get; init; }

    /// <summary>The account flags as the resolver wants them.</summary>
    public AccountFlags AccountFlags => new(ApiToken, Workspace, BaseUrl);
}
