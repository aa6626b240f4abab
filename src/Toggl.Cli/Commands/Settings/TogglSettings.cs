using Toggl.Cli.CommandLine;
using Toggl.Cli.Configuration;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options every command that talks to Toggl takes: the account, the home folder, dry run, verbosity.</summary>
internal class TogglSettings : CliSettings, ISettings<TogglSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected TogglSettings(ParsedArgs args)
    {
        Home = args.Text("--home");
        ApiToken = args.Text("--api-token");
        Workspace = args.Text("--workspace");
        BaseUrl = args.Text("--base-url");
        DryRun = args.Flag("--dry-run");
        Verbose = args.Flag("--verbose");
        OnlineOnly = args.Flag("--online-only");
    }

    /// <summary>Stands in for the home folder (config, cache and ~/.togglrc are looked up there).</summary>
    public string? Home { get; }

    /// <summary>The API token, beating the environment and the files.</summary>
    public string? ApiToken { get; }

    /// <summary>The workspace id, beating the environment and the files.</summary>
    public string? Workspace { get; }

    /// <summary>The API base address, e.g. a sandbox's.</summary>
    public string? BaseUrl { get; }

    /// <summary>Print the requests the command would send, with their count, and send nothing.</summary>
    public bool DryRun { get; }

    /// <summary>Errors come with their stack trace; the façade logs what it does.</summary>
    public bool Verbose { get; }

    /// <summary>Send writes now or fail, never queue them in the outbox (also TOGGL_OUTBOX=off, config.ini [options] outbox = off).</summary>
    public bool OnlineOnly { get; }

    /// <summary>The account flags as the resolver wants them.</summary>
    public AccountFlags AccountFlags => new(ApiToken, Workspace, BaseUrl);

    /// <inheritdoc />
    public static void Declare(CliCommand command)
    {
        command.AddValueOption("--home", "DIR", "Use DIR as the home folder for ~/.togglrc, the config and the cache (also TOGGL_HOME)");
        command.AddValueOption("--api-token", "TOKEN", "Toggl API token (default: TOGGL_API_TOKEN, then config.ini, then ~/.togglrc)");
        command.AddValueOption("--workspace", "ID", "Workspace id (default: TOGGL_WORKSPACE_ID, then config.ini, then ~/.togglrc default_wid)");
        command.AddValueOption("--base-url", "URL", "API base address (default: TOGGL_BASE_URL, then config.ini, then ~/.togglrc base_url, else Toggl's, as `toggl config show` prints it)");
        command.AddFlag("--dry-run", "Print the HTTP requests the command would send, with their count, and send nothing");
        command.AddFlag("-v|--verbose", "Show stack traces with errors");
        command.AddFlag("--online-only", "Send writes now or fail: never queue them in the outbox (also TOGGL_OUTBOX=off, or [options] outbox = off in config.ini)");
    }

    /// <inheritdoc />
    public static TogglSettings Bind(ParsedArgs args) => new(args);
}
