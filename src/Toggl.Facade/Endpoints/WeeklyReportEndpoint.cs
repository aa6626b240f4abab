namespace Toggl;

/// <summary>
/// The weekly report of one workspace (Reports API v3 <c>weekly/time_entries</c>, docs/toggl-api.md §9): the Python
/// library's <c>WeeklyReportEndpoint</c>. Get it from <see cref="TogglClient.WeeklyReports"/>. Never cached; a 402 for
/// a plan that lacks the report is thrown as <see cref="TogglFeatureNotEnabledException"/>.
/// </summary>
public sealed class WeeklyReportEndpoint
{
    private readonly ResourceScope _scope;

    internal WeeklyReportEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new WeeklyReportPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing.</summary>
    public WeeklyReportPlan Plan { get; }

    /// <summary>The weekly report: a row per user and project, seven days each from <see cref="ReportBody.StartDate"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The rows.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<WeeklyReportRow>> SearchAsync(ReportBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ReportCalls.Weekly(body), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>The report as a file (<c>weekly/time_entries.csv|pdf</c>; Toggl has no weekly XLSX) written to <paramref name="destination"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV or PDF.</param>
    /// <param name="destination">Where the bytes go, exactly as Toggl sent them (the caller keeps the stream).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many requests the export took.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid or the stream cannot be written; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<int> ExportAsync(ReportBody body, ReportFormat format, Stream destination, CancellationToken cancellationToken = default) =>
        ReportFiles.ToStreamAsync(_scope, ReportCalls.WeeklyExport(body, format), destination, cancellationToken);

    /// <summary>The report as a file at <paramref name="path"/>, written atomically and readable by its owner only.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV or PDF.</param>
    /// <param name="path">The file; its folder must exist.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many requests the export took.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid or the path is empty or a folder; nothing was sent.</exception>
    /// <exception cref="DirectoryNotFoundException">The file's folder does not exist; nothing was sent.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<int> ExportToFileAsync(ReportBody body, ReportFormat format, string path, CancellationToken cancellationToken = default) =>
        ReportFiles.ToFileAsync(_scope, ReportCalls.WeeklyExport(body, format), path, cancellationToken);
}
