using Spectre.Console;
using Toggl.Cli.CommandLine;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl archive fetch</c>: the months to fetch again.</summary>
internal sealed class ArchiveFetchSettings : OutputSettings, ISettings<ArchiveFetchSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ArchiveFetchSettings(ParsedArgs args)
        : base(args)
    {
        From = args.Text("--from");
        To = args.Text("--to");
    }

    /// <summary>The first month (YYYY-MM or any day of it).</summary>
    public string? From { get; }

    /// <summary>The last month, included.</summary>
    public string? To { get; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        From is null || To is null
            ? ValidationResult.Error("give the months to fetch with --from and --to (YYYY-MM)")
            : base.Validate();

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddValueOption("--from", "MONTH", "First month: YYYY-MM or a day of it (YYYY-MM-DD)");
        command.AddValueOption("--to", "MONTH", "Last month, included: YYYY-MM or a day of it");
    }

    /// <inheritdoc />
    public static new ArchiveFetchSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of <c>toggl archive status</c>.</summary>
internal sealed class ArchiveStatusSettings : OutputSettings, ISettings<ArchiveStatusSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ArchiveStatusSettings(ParsedArgs args)
        : base(args)
    {
    }

    /// <inheritdoc />
    public static new void Declare(CliCommand command) => OutputSettings.Declare(command);

    /// <inheritdoc />
    public static new ArchiveStatusSettings Bind(ParsedArgs args) => new(args);
}
