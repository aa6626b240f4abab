namespace Toggl.Sandbox;

/// <summary>A project (docs/toggl-api.md §8.4).</summary>
/// <param name="Id">Project id.</param>
/// <param name="WorkspaceId">Workspace.</param>
/// <param name="ClientId">Client, or null.</param>
/// <param name="Name">Name, unique within the workspace.</param>
/// <param name="IsPrivate">Private project.</param>
/// <param name="Active">False once archived.</param>
/// <param name="Color">Hex colour <c>#rrggbb</c>.</param>
/// <param name="Billable">Billable, or null when never set.</param>
/// <param name="Template">Template flag, or null.</param>
/// <param name="AutoEstimates">Auto estimates flag, or null.</param>
/// <param name="EstimatedHours">Estimate in hours, or null.</param>
/// <param name="Rate">Hourly rate, or null.</param>
/// <param name="Currency">Currency, or null.</param>
/// <param name="FixedFee">Fixed fee, or null.</param>
/// <param name="StartDate">First day of the project.</param>
/// <param name="EndDate">Last day of the project, or null.</param>
/// <param name="CreatedAt">Creation time.</param>
/// <param name="At">Last change.</param>
public sealed record SandboxProject(
    long Id,
    long WorkspaceId,
    long? ClientId,
    string Name,
    bool IsPrivate,
    bool Active,
    string Color,
    bool? Billable,
    bool? Template,
    bool? AutoEstimates,
    long? EstimatedHours,
    decimal? Rate,
    string? Currency,
    decimal? FixedFee,
    DateOnly StartDate,
    DateOnly? EndDate,
    DateTimeOffset CreatedAt,
    DateTimeOffset At);
