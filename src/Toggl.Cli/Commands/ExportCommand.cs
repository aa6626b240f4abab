using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl export --report detailed|summary|weekly --format csv|pdf --from D --to D --out FILE</c>: one of Toggl's
/// reports as a file, with the detailed report's pages shown as they come. The façade writes the file whole or not at
/// all, readable by its owner only. Without a range: this month.
/// </summary>
internal sealed class ExportCommand(CliContext context) : TogglCommand<ExportSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ExportSettings settings, CancellationToken cancellationToken)
    {
        var range = settings.Range(Context.Today, DateRange.MonthOf(Context.Today));
        var path = OutFile(settings.Out!);
        var report = settings.Report.ToString().ToLowerInvariant();
        try
        {
            await session.ExecuteAsync(
                session.Reports.Export(settings.Report, settings.Format, range, path),
                requests => new ArchivePrinter(Context).Exported(path, report, settings.Format, requests, settings.Output),
                cancellationToken);
        }
        catch (TogglFeatureNotEnabledException notEnabled)
        {
            throw ReportErrors.NotEnabled($"the {report} report's {settings.Format.ToString().ToUpperInvariant()} export", notEnabled);
        }

        return ExitCodes.Ok;
    }

    /// <summary>The full path of <c>--out</c>, refused before anything is sent when its folder is missing or it is a folder.</summary>
    private static string OutFile(string text)
    {
        string full;
        try
        {
            full = Path.GetFullPath(text);
        }
        catch (Exception e) when (e is ArgumentException or NotSupportedException or PathTooLongException)
        {
            throw CliException.BadArguments($"--out '{text}' is not a file path: {e.Message}");
        }

        if (Directory.Exists(full))
        {
            throw CliException.BadArguments($"--out {full} is a folder: name the file to write, e.g. {Path.Combine(full, "report.csv")}");
        }

        var folder = Path.GetDirectoryName(full);
        if (folder is not null && !Directory.Exists(folder))
        {
            throw CliException.BadArguments($"--out {full}: the folder {folder} does not exist; create it first");
        }

        return full;
    }
}
