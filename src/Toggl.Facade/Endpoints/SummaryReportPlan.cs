namespace Toggl;

/// <summary>The dry run of a <see cref="SummaryReportEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class SummaryReportPlan
{
    private readonly ResourceScope _scope;

    internal SummaryReportPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="SummaryReportEndpoint.SearchAsync"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> SearchAsync(ReportBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.Summary(body), cancellationToken);

    /// <summary>The plan of <see cref="SummaryReportEndpoint.ProjectSummariesAsync"/>.</summary>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ProjectSummariesAsync(DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.ProjectSummaries(startDate, endDate), cancellationToken);

    /// <summary>The plan of <see cref="SummaryReportEndpoint.ProjectSummaryAsync"/>.</summary>
    /// <param name="projectId">The project.</param>
    /// <param name="startDate">The first day.</param>
    /// <param name="endDate">The last day.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ProjectSummaryAsync(long projectId, DateOnly startDate, DateOnly endDate, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.ProjectSummary(projectId, startDate, endDate), cancellationToken);

    /// <summary>The plan of <see cref="SummaryReportEndpoint.ExportAsync"/> and <see cref="SummaryReportEndpoint.ExportToFileAsync"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV, PDF or XLSX.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ExportAsync(ReportBody body, ReportFormat format, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.SummaryExport(body, format), cancellationToken);
}
