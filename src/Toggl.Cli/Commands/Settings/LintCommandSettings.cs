using Spectre.Console;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl lint</c>: the days (default the last 7), the thresholds, <c>--fix</c> and <c>--yes</c>.</summary>
internal sealed class LintCommandSettings : RangeSettings, ISettings<LintCommandSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private LintCommandSettings(ParsedArgs args)
        : base(args)
    {
        Gap = args.Text("--gap");
        Limit = args.Text("--limit");
        Fix = args.Flag("--fix");
        Yes = args.Flag("--yes");
    }

    /// <summary>A pause inside a working day longer than this is a gap (default 2h).</summary>
    public string? Gap { get; }

    /// <summary>An entry longer than this was probably not stopped (default 10h).</summary>
    public string? Limit { get; }

    /// <summary>Propose the fixes as a plan, and apply them after a yes.</summary>
    public bool Fix { get; }

    /// <summary>The yes given up front.</summary>
    public bool Yes { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        RangeSettings.Declare(command);
        command.AddValueOption("--gap", "DURATION", "A pause longer than this inside a working day is a gap (default: 2h)");
        command.AddValueOption("--limit", "DURATION", "An entry running or lasting longer than this was not stopped (default: 10h)");
        command.AddFlag("--fix", "Propose fixes (stop overlapping and overlong entries, delete zero-length ones) as a plan, then apply them after a yes");
        command.AddFlag("-y|--yes", "Apply the fixes without asking (needed when input is not a terminal)");
    }

    /// <inheritdoc />
    public static new LintCommandSettings Bind(ParsedArgs args) => new(args);

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        Yes && !Fix ? ValidationResult.Error("--yes goes with --fix") : base.Validate();

    /// <summary>The thresholds, checked by the core (an error names the option).</summary>
    public Core.LintSettings Thresholds()
    {
        var defaults = Core.LintSettingsModule.defaults;
        var gap = Gap is null ? defaults.GapThreshold : TimeInput.ParseDuration(Gap);
        var limit = Limit is null ? defaults.LongLimit : TimeInput.ParseDuration(Limit);
        var checkedSettings = Core.LintSettingsModule.create(gap, limit);
        return checkedSettings.IsOk
            ? checkedSettings.ResultValue
            : throw Infrastructure.CliException.BadArguments("--" + Core.ValidationErrorModule.message(checkedSettings.ErrorValue));
    }
}

/// <summary>Options of <c>toggl prompt</c>: the format (else the configured one, else the default).</summary>
internal sealed class PromptSettings : TogglSettings, ISettings<PromptSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private PromptSettings(ParsedArgs args)
        : base(args)
    {
        Format = args.Text("--format");
    }

    /// <summary>The line's format, with placeholders.</summary>
    public string? Format { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        TogglSettings.Declare(command);
        command.AddValueOption(
            "--format",
            "FORMAT",
            "The line, with {description} {project} {client} {tags} {elapsed} {elapsed:m} {start} (default: the configured prompt-format, else \"▶ {description} · {project} {elapsed}\")");
    }

    /// <inheritdoc />
    public static new PromptSettings Bind(ParsedArgs args) => new(args);
}
