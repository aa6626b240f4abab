namespace Toggl;

/// <summary>The dry run of a <see cref="DetailedReportEndpoint"/>: each method's plan, with the same arguments, sending nothing.</summary>
public sealed class DetailedReportPlan
{
    private readonly ResourceScope _scope;

    internal DetailedReportPlan(ResourceScope scope) => _scope = scope;

    /// <summary>The plan of <see cref="DetailedReportEndpoint.SearchAsync"/>: the first page, then a follow-up for each next page.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> SearchAsync(ReportBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.DetailedAll(body), cancellationToken);

    /// <summary>The plan of <see cref="DetailedReportEndpoint.PageAsync"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cursor">Where the page starts.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> PageAsync(ReportBody body, ReportCursor? cursor = null, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.DetailedPage(Convert.ToCore(body), cursor), cancellationToken);

    /// <summary>The plan of <see cref="DetailedReportEndpoint.TotalsAsync"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> TotalsAsync(ReportBody body, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.Totals(body), cancellationToken);

    /// <summary>The plan of <see cref="DetailedReportEndpoint.ExportAsync"/> and <see cref="DetailedReportEndpoint.ExportToFileAsync"/>.</summary>
    /// <param name="body">The filters.</param>
    /// <param name="format">CSV, PDF or XLSX.</param>
    /// <param name="cancellationToken">Cancels the operation.</param>
    /// <returns>The plan.</returns>
    public Task<TogglPlan> ExportAsync(ReportBody body, ReportFormat format, CancellationToken cancellationToken = default) =>
        _scope.Plan(ReportCalls.DetailedExport(body, format, progress: null), cancellationToken);
}
