namespace Toggl;

/// <summary>The dry run of a <see cref="WeeklyReportEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class WeeklyReportPlan
{
    private readonly ResourceScope _scope;

    internal WeeklyReportPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="WeeklyReportEndpoint.SearchAsync"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> SearchAsync(ReportBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.Weekly(body), cancellationToken);

    /// <summary>The plan of <see cref="WeeklyReportEndpoint.ExportAsync"/> and <see cref="WeeklyReportEndpoint.ExportToFileAsync"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV or PDF.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ExportAsync(ReportBody body, ReportFormat format, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.WeeklyExport(body, format), cancellationToken);
}
