using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Output;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl archive fetch --from YYYY-MM --to YYYY-MM</c>: fetches past months again through the detailed report,
/// replacing what the archive held for them (the one explicit re-fetch; reports fetch a missing month by themselves).
/// </summary>
internal sealed class ArchiveFetchCommand(CliContext context) : TogglCommand<ArchiveFetchSettings>(context)
{
    /// <inheritdoc />
    protected override bool Writes => true;

    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ArchiveFetchSettings settings, CancellationToken cancellationToken)
    {
        var first = TimeInput.ParseMonth(settings.From!, Context.Today);
        var last = TimeInput.ParseMonth(settings.To!, Context.Today);
        if (new DateOnly(last.Year, last.Month, 1) < new DateOnly(first.Year, first.Month, 1))
        {
            throw CliException.BadArguments($"--to {settings.To} is before --from {settings.From}");
        }

        try
        {
            await session.ExecuteAsync(
                session.Reports.FetchArchive(first, last),
                result => new ArchivePrinter(Context).Fetched(result, settings.Output),
                cancellationToken);
        }
        catch (TogglFeatureNotEnabledException notEnabled)
        {
            throw ReportErrors.NotEnabled("the detailed report (the archive is fetched through it)", notEnabled);
        }

        return ExitCodes.Ok;
    }
}

/// <summary><c>toggl archive status</c>: the months the archive holds, from the cache alone (no request).</summary>
internal sealed class ArchiveStatusCommand(CliContext context) : TogglCommand<ArchiveStatusSettings>(context)
{
    /// <inheritdoc />
    protected override async Task<int> RunAsync(TogglSession session, ArchiveStatusSettings settings, CancellationToken cancellationToken)
    {
        await session.ExecuteAsync(
            session.Reports.ArchivedMonths(),
            months => new ArchivePrinter(Context).Status(months, settings.Output),
            cancellationToken);
        return ExitCodes.Ok;
    }
}
