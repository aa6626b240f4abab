namespace Toggl;

/// <summary>
/// The summary reports of one workspace (Reports API v3 <c>summary/time_entries</c>, <c>projects/summary</c>,
/// docs/toggl-api.md §9): the Python library's <c>SummaryReportEndpoint</c>. Get it from
/// <see cref="TogglClient.SummaryReports"/>. Never cached; a 402 for a plan that lacks the report is thrown as
/// <see cref="TogglFeatureNotEnabledException"/>.
/// </summary>
public sealed class SummaryReportEndpoint
{
    private readonly ResourceScope _scope;

    internal SummaryReportEndpoint(ResourceScope scope)
    {
        _scope = scope;
        Plan = new SummaryReportPlan(scope);
    }

    /// <summary>The dry run of each method: the plan it runs, sending nothing.</summary>
    public SummaryReportPlan Plan { get; }

    /// <summary>The summary report: groups (<see cref="ReportBody.Grouping"/>) split into sub-groups (<see cref="ReportBody.SubGrouping"/>).</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<SummaryReport> SearchAsync(ReportBody body, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ReportCalls.Summary(body), cancellationToken).ConfigureAwait(false));

    /// <summary>Every project's tracked time between the days (<c>projects/summary</c>).</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day, included; not before <paramref name="startDate"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>One summary a project (and user, when Toggl splits by user).</returns>
    /// <exception cref="TogglDateTimeException">The end is before the start; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<IReadOnlyList<ProjectSummary>> ProjectSummariesAsync(DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ReportCalls.ProjectSummaries(startDate, endDate), cancellationToken).ConfigureAwait(false), Convert.ToFacade);

    /// <summary>One project's tracked time between the days (<c>projects/{id}/summary</c>).</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day, included; not before <paramref name="startDate"/>.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The project's summary.</returns>
    /// <exception cref="ArgumentException">The project id is not positive; nothing was sent.</exception>
    /// <exception cref="TogglDateTimeException">The end is before the start; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public async Task<ProjectSummary> ProjectSummaryAsync(long projectId, DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken = default) =>
        Convert.ToFacade(await _scope.Run(ReportCalls.ProjectSummary(projectId, startDate, endDate), cancellationToken).ConfigureAwait(false));

    /// <summary>The report as a file (<c>summary/time_entries.csv|pdf|xlsx</c>) written to <paramref name="destination"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV, PDF or XLSX.</param>
    /// <param name="destination">Where the bytes go, exactly as Toggl sent them (the caller keeps the stream).</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many requests the export took.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="destination"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid or the stream cannot be written; nothing was sent.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<int> ExportAsync(ReportBody body, ReportFormat format, Stream destination, CancellationToken cancellationToken = default) =>
        ReportFiles.ToStreamAsync(_scope, ReportCalls.SummaryExport(body, format), destination, cancellationToken);

    /// <summary>The report as a file at <paramref name="path"/>, written atomically and readable by its owner only.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV, PDF or XLSX.</param>
    /// <param name="path">The file; its folder must exist.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>How many requests the export took.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="body"/> or <paramref name="path"/> is null.</exception>
    /// <exception cref="ArgumentException">The body is invalid or the path is empty or a folder; nothing was sent.</exception>
    /// <exception cref="DirectoryNotFoundException">The file's folder does not exist; nothing was sent.</exception>
    /// <exception cref="IOException">The file could not be written.</exception>
    /// <exception cref="TogglException">Toggl refused, could not be reached, or answered unexpectedly.</exception>
    public Task<int> ExportToFileAsync(ReportBody body, ReportFormat format, string path, CancellationToken cancellationToken = default) =>
        ReportFiles.ToFileAsync(_scope, ReportCalls.SummaryExport(body, format), path, cancellationToken);
}
