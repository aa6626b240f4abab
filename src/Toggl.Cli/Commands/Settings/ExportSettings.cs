using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;
using Toggl.Cli.Reports;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl export</c>.</summary>
internal sealed class ExportSettings : ReportRangeSettings
{
    /// <summary>Which report.</summary>
    [CommandOption("--report <REPORT>")]
    [Description("detailed, summary or weekly")]
    [DefaultValue(ExportReport.Detailed)]
    public ExportReport Report { get; init; } = ExportReport.Detailed;

    /// <summary>The file format.</summary>
    [CommandOption("--format <FORMAT>")]
    [Description("csv or pdf (xlsx: the detailed and summary reports)")]
    [DefaultValue(ReportFormat.Csv)]
    public ReportFormat Format { get; init; } = ReportFormat.Csv;

    /// <summary>The file written (replaced when it exists); its folder must exist.</summary>
    [CommandOption("--out <FILE>")]
    [Description("The file to write (owner-only; replaced whole, never left half-written)")]
    public string? Out { get; init; }

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
}
