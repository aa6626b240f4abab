using System.CommandLine;
using Spectre.Console;
using Toggl.Cli.CommandLine;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl quota</c>.</summary>
internal sealed class QuotaSettings : ReadSettings, ISettings<QuotaSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private QuotaSettings(ParsedArgs args)
        : base(args)
    {
    }

    /// <inheritdoc />
    public static new void Declare(CliCommand command) => ReadSettings.Declare(command);

    /// <inheritdoc />
    public static new QuotaSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl config set</c>.</summary>
internal sealed class ConfigSetSettings : TogglSettings, ISettings<ConfigSetSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ConfigSetSettings(ParsedArgs args)
        : base(args)
    {
    }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ApiToken is null && Workspace is null && BaseUrl is null
            ? ValidationResult.Error("give --api-token, --workspace or --base-url to store")
            : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command) => TogglSettings.Declare(command);

    /// <inheritdoc />
    public static new ConfigSetSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl sandbox</c>.</summary>
internal sealed class SandboxSettings : CliSettings, ISettings<SandboxSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private SandboxSettings(ParsedArgs args)
    {
        Port = args.Int("--port") ?? 9090;
        Empty = args.Flag("--empty");
    }

    /// <summary>The port to listen on (0: any free port).</summary>
    public int Port { get; }

    /// <summary>Start empty instead of with the demo month.</summary>
    public bool Empty { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Port is < 0 or > 65535 ? ValidationResult.Error($"--port {Port} is not a port (0-65535)") : base.Validate();

    /// <inheritdoc />
    public static void Declare(CliCommand command)
    {
        command.AddValueOption("--port", "PORT", "Port to listen on, on 127.0.0.1 (default 9090; 0 picks a free one)", "9090");
        command.AddFlag("--empty", "Start with no time entries instead of a realistic month");
    }

    /// <inheritdoc />
    public static SandboxSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl demo</c>.</summary>
internal sealed class DemoSettings : CliSettings, ISettings<DemoSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private DemoSettings(ParsedArgs args)
    {
        Keep = args.Text("--keep");
    }

    /// <summary>Keep the demo's home folder (config and cache) instead of deleting it.</summary>
    public string? Keep { get; }

    /// <inheritdoc />
    public static void Declare(CliCommand command)
    {
        command.AddValueOption("--keep", "DIR", "Use DIR as the demo's home folder and keep it afterwards");
    }

    /// <inheritdoc />
    public static DemoSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl completion</c>: the shell.</summary>
internal sealed class CompletionSettings : CliSettings, ISettings<CompletionSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private CompletionSettings(ParsedArgs args) => Shell = (args.Argument("SHELL") ?? "").Trim().ToLowerInvariant();

    /// <summary>bash, zsh, fish or pwsh.</summary>
    public string Shell { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Completion.ShellScripts.Shells.Contains(Shell)
            ? base.Validate()
            : ValidationResult.Error($"no completion script for '{Shell}': give bash, zsh, fish or pwsh");

    /// <inheritdoc />
    public static void Declare(CliCommand command) =>
        command.AddArgument("SHELL", "bash, zsh, fish or pwsh", required: true).CompletionSources.Add(Completion.ShellScripts.Shells.ToArray());

    /// <inheritdoc />
    public static CompletionSettings Bind(ParsedArgs args) => new(args);
}
