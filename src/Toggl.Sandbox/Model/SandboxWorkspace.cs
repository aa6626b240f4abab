namespace Toggl.Sandbox;

/// <summary>A workspace and the settings <c>PUT /workspaces/{wid}</c> changes (docs/toggl-api.md §8.2, §8.3).</summary>
/// <param name="Id">Workspace id.</param>
/// <param name="OrganizationId">The organization owning it.</param>
/// <param name="Name">Name.</param>
/// <param name="DefaultHourlyRate">Default hourly rate, or null.</param>
/// <param name="DefaultCurrency">Default currency code.</param>
/// <param name="Rounding">Report rounding: 0 nearest, 1 up, −1 down.</param>
/// <param name="RoundingMinutes">Report rounding step in minutes.</param>
/// <param name="OnlyAdminsMayCreateProjects">Setting of that name.</param>
/// <param name="OnlyAdminsMayCreateTags">Setting of that name.</param>
/// <param name="OnlyAdminsSeeBillableRates">Setting of that name.</param>
/// <param name="OnlyAdminsSeeTeamDashboard">Setting of that name.</param>
/// <param name="ProjectsBillableByDefault">Setting of that name.</param>
/// <param name="ProjectsPrivateByDefault">Setting of that name.</param>
/// <param name="ProjectsEnforceBillable">Setting of that name.</param>
/// <param name="ReportsCollapse">Setting of that name.</param>
/// <param name="At">Last change, whole seconds.</param>
/// <param name="RateLastUpdated">When the default hourly rate last changed, or null.</param>
internal sealed record SandboxWorkspace(
    long Id,
    long OrganizationId,
    string Name,
    decimal? DefaultHourlyRate,
    string DefaultCurrency,
    int Rounding,
    int RoundingMinutes,
    bool OnlyAdminsMayCreateProjects,
    bool OnlyAdminsMayCreateTags,
    bool OnlyAdminsSeeBillableRates,
    bool OnlyAdminsSeeTeamDashboard,
    bool ProjectsBillableByDefault,
    bool ProjectsPrivateByDefault,
    bool ProjectsEnforceBillable,
    bool ReportsCollapse,
    DateTimeOffset At,
    DateTimeOffset? RateLastUpdated)
{
    /// <summary>A new workspace with the settings Toggl's recorded workspaces show (docs/toggl-api.md §8.2).</summary>
    public static SandboxWorkspace New(long id, long organizationId, string name, DateTimeOffset at) =>
        new(id, organizationId, name, null, "USD", 1, 0, false, false, false, false, true, true, false, true, at, null);
}
