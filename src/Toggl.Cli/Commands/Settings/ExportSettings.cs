using Spectre.Console;
using Toggl.Cli.CommandLine;
using Toggl.Cli.Reports;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl export</c>.</summary>
internal sealed class ExportSettings : ReportRangeSettings, ISettings<ExportSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    private ExportSettings(ParsedArgs args)
        : base(args)
    {
        Report = args.Choice("--report", ExportReport.Detailed);
        Format = args.Choice("--format", ReportFormat.Csv);
        Out = args.Text("--out");
    }

    /// <summary>Which report.</summary>
    public ExportReport Report { get; }

    /// <summary>The file format.</summary>
    public ReportFormat Format { get; }

    /// <summary>The file written (replaced when it exists); its folder must exist.</summary>
    public string? Out { get; }

    /// <inheritdoc />
    public override ValidationResult Validate()
    {
        if (string.IsNullOrWhiteSpace(Out))
        {
            return ValidationResult.Error("name the file to write with --out FILE");
        }

        // Toggl offers no weekly .xlsx (docs/toggl-api.md §9): refused here rather than sent for a 404.
        return Report == ExportReport.Weekly && Format == ReportFormat.Xlsx
            ? ValidationResult.Error("the weekly report has no xlsx export: use --format csv or pdf")
            : base.Validate();
    }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        ReportRangeSettings.Declare(command);
        command.AddValueOption("--report", "REPORT", "detailed, summary or weekly", "detailed", ParsedArgs.ChoiceNames<ExportReport>());
        command.AddValueOption("--format", "FORMAT", "csv or pdf (xlsx: the detailed and summary reports)", "csv", ParsedArgs.ChoiceNames<ReportFormat>());
        command.AddValueOption("--out", "FILE", "The file to write (owner-only; replaced whole, never left half-written)");
    }

    /// <inheritdoc />
    public static new ExportSettings Bind(ParsedArgs args) => new(args);
}
