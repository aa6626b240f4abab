using System.Runtime.CompilerServices;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The detailed report of one workspace (Reports API v3 <c>search/time_entries</c>, docs/toggl-api.md §9): the Python
/// library's <c>DetailedReportEndpoint</c>. Get it from <see cref="TogglClient.DetailedReports"/>; it shares the
/// client's connection and quota (reports count against the same hourly quota). Reports are never cached.
/// A workspace whose plan lacks a report answers 402, thrown as <see cref="TogglFeatureNotEnabledException"/>.
/// </summary>
public sealed class DetailedReportEndpoint
{
    private readonly ResourceScope _scope;

    internal DetailedReportEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new DetailedReportPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing.</summary>
    public DetailedReportPlan Plan { get; }

    /// <summary>
    /// Every row of the report, page after page: a page is asked for only when the caller has enumerated the one
    /// before (Toggl's pages are 50 rows unless <see cref="ReportBody.PageSize"/> says otherwise), so stopping early
    /// sends no more requests.
    /// </summary>
    /// <param name="body">The filters; checked before the first request.</param>
    /// <param name="cancellationToken">Cancels the enumeration (also honoured through <c>WithCancellation</c>).</param>
    /// <returns>The rows, in Toggl's order.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly (thrown while enumerating).</exception>
    public IAsyncEnumerable<DetailedReportRow> SearchAsync(ReportBody body, CancellationToken cancellationToken = default)
    {
        // Converted (and so checked) now, not at the first MoveNextAsync: a bad body fails where it was passed.
        var core = Convert.ToCore(body);
        return EnumerateAsync(core, cancellationToken);
    }

    /// <summary>One page of the report, and where the next starts.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cursor">Where the page starts: <see langword="null"/> for the first, else the previous page's <see cref="DetailedReportPage.Next"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The page; its <see cref="DetailedReportPage.Next"/> is <see langword="null"/> on the last page.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<DetailedReportPage> PageAsync(ReportBody body, ReportCursor? cursor = null, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ReportCalls.DetailedPage(Convert.ToCore(body), cursor), cancellationToken).ConfigureAwait(false));

    /// <summary>The report's totals (<c>search/time_entries/totals</c>).</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The totals.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<ReportTotals> TotalsAsync(ReportBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ReportCalls.Totals(body), cancellationToken).ConfigureAwait(false));

    /// <summary>
    /// The report as a file (<c>search/time_entries.csv|pdf|xlsx</c>) written to <paramref name="destination"/>:
    /// a CSV follows every page (one header); the file is fetched whole before anything is written.
    /// </summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV, PDF or XLSX.</param>
    /// <param name="destination">Where the bytes go, exactly as Toggl sent them (the caller keeps the stream).</param>
    /// <param name="progress">Told how many pages were fetched after each one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many requests (pages) the export took.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid or the stream cannot be written; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<int> ExportAsync(ReportBody body, ReportFormat format, Stream destination, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        ReportFiles.ToStreamAsync(_scope, ReportCalls.DetailedExport(body, format, progress), destination, cancellationToken);

    /// <summary>
    /// The report as a file at <paramref name="path"/>, written atomically (whole or not at all) and readable by its
    /// owner only; an existing file is replaced.
    /// </summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV, PDF or XLSX.</param>
    /// <param name="path">The file; its folder must exist.</param>
    /// <param name="progress">Told how many pages were fetched after each one.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many requests (pages) the export took.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid or the path is empty or a folder; nothing was sent.</exception>
    /// <exception cref="DirectoryNotFoundException">The file's folder does not exist; nothing was sent.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<int> ExportToFileAsync(ReportBody body, ReportFormat format, string path, IProgress<int>? progress = null, CancellationToken cancellationToken = default) =>
        ReportFiles.ToFileAsync(_scope, ReportCalls.DetailedExport(body, format, progress), path, cancellationToken);

    private async IAsyncEnumerable<DetailedReportRow> EnumerateAsync(Core.ReportBody body, [EnumeratorCancellation] CancellationToken cancellationToken)
    {
        ReportCursor? cursor = null;
        do
        {
            var page = await _scope.Run(ReportCalls.DetailedPage(body, cursor), cancellationToken).ConfigureAwait(false);
            foreach (var row in page.Rows)
                yield return Convert.ToFacade(row);
            cursor = Convert.ToFacade(page.Next);
        }
        while (cursor is not null);
    }
}
