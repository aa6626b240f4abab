using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl quota</c>.</summary>
internal sealed class QuotaSettings : ReadSettings;

/// <summary>Options of <c>toggl config set</c>.</summary>
internal sealed class ConfigSetSettings : TogglSettings
{
    /// <inheritdoc />
    public override ValidationResult Validate() =>
        ApiToken is null && Workspace is null && BaseUrl is null
            ? ValidationResult.Error("give --api-token, --workspace or --base-url to store")
            : base.Validate();
}

/// <summary>Options of <c>toggl sandbox</c>.</summary>
internal sealed class SandboxSettings : CommandSettings
{
    /// <summary>The port to listen on (0: any free port).</summary>
    [CommandOption("--port <PORT>")]
    [Description("Port to listen on, on 127.0.0.1 (default 9090; 0 picks a free one)")]
    [DefaultValue(9090)]
    public int Port { get; init; } = 9090;

    /// <summary>Start empty instead of with the demo month.</summary>
    [CommandOption("--empty")]
    [Description("Start with no time entries instead of a realistic month")]
    public bool Empty { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Port is < 0 or > 65535 ? ValidationResult.Error($"--port {Port} is not a port (0-65535)") : base.Validate();
}

/// <summary>Options of <c>toggl demo</c>.</summary>
internal sealed class DemoSettings : CommandSettings
{
    /// <summary>Keep the demo's home folder (config and cache) instead of deleting it.</summary>
    [CommandOption("--keep <DIR>")]
    [Description("Use DIR as the demo's home folder and keep it afterwards")]
    public string? Keep { get; init; }
}
