using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// The fields of a workspace body (<c>workspace.Payload</c>, docs/toggl-api.md §8.3), for
/// <c>PUT /workspaces/{wid}</c> and <c>POST /organizations/{id}/workspaces</c>. <c>admins</c> and
/// <c>rate_change_mode</c> are checked but change nothing: the sandbox has one user and no rate history.
/// </summary>
internal sealed record WorkspacePayload(
    Field<string?> Name,
    Field<decimal?> DefaultHourlyRate,
    Field<string?> DefaultCurrency,
    Field<long?> Rounding,
    Field<long?> RoundingMinutes,
    Field<bool?> OnlyAdminsMayCreateProjects,
    Field<bool?> OnlyAdminsMayCreateTags,
    Field<bool?> OnlyAdminsSeeBillableRates,
    Field<bool?> OnlyAdminsSeeTeamDashboard,
    Field<bool?> ProjectsBillableByDefault,
    Field<bool?> ProjectsPrivateByDefault,
    Field<bool?> ProjectsEnforceBillable,
    Field<bool?> ReportsCollapse,
    Field<string?> RateChangeMode,
    Field<List<long>?> Admins)
{
    private static readonly string[] RateChangeModes = ["start-today", "override-current", "override-all"];

    /// <summary>Reads the body; a field of the wrong JSON type marks it invalid.</summary>
    public static WorkspacePayload Read(JsonBody b) => new(
        b.String("name"),
        b.Decimal("default_hourly_rate"),
        b.String("default_currency"),
        b.Long("rounding"),
        b.Long("rounding_minutes"),
        b.Bool("only_admins_may_create_projects"),
        b.Bool("only_admins_may_create_tags"),
        b.Bool("only_admins_see_billable_rates"),
        b.Bool("only_admins_see_team_dashboard"),
        b.Bool("projects_billable_by_default"),
        b.Bool("projects_private_by_default"),
        b.Bool("projects_enforce_billable"),
        b.Bool("reports_collapse"),
        b.String("rate_change_mode"),
        b.Longs("admins"));

    /// <summary>Applies the body to <paramref name="ws"/>: fields absent or null keep their value; a blank name, an unknown rounding or rate mode are refused.</summary>
    public Outcome<SandboxWorkspace> ApplyTo(SandboxWorkspace ws, DateTimeOffset at)
    {
        var name = (Name.Value ?? ws.Name).Trim();
        if (name.Length == 0)
        {
            return ApiError.BadRequest(TogglTexts.WorkspaceNameBlank);
        }

        if (Rounding.Value is { } r && r is < -1 or > 1)
        {
            return ApiError.BadRequest(TogglTexts.InvalidRounding);
        }

        if (RoundingMinutes.Value is < 0)
        {
            return ApiError.BadRequest(TogglTexts.InvalidParameter("rounding_minutes"));
        }

        if (RateChangeMode.Value is { } mode && !RateChangeModes.Contains(mode))
        {
            return ApiError.BadRequest(TogglTexts.InvalidRateChangeMode);
        }

        var rateChanged = DefaultHourlyRate.Present && DefaultHourlyRate.Value != ws.DefaultHourlyRate;
        return Outcome<SandboxWorkspace>.Ok(ws with
        {
            Name = name,
            DefaultHourlyRate = DefaultHourlyRate.Present ? DefaultHourlyRate.Value : ws.DefaultHourlyRate,
            DefaultCurrency = DefaultCurrency.Value ?? ws.DefaultCurrency,
            Rounding = (int?)Rounding.Value ?? ws.Rounding,
            RoundingMinutes = (int?)RoundingMinutes.Value ?? ws.RoundingMinutes,
            OnlyAdminsMayCreateProjects = OnlyAdminsMayCreateProjects.Value ?? ws.OnlyAdminsMayCreateProjects,
            OnlyAdminsMayCreateTags = OnlyAdminsMayCreateTags.Value ?? ws.OnlyAdminsMayCreateTags,
            OnlyAdminsSeeBillableRates = OnlyAdminsSeeBillableRates.Value ?? ws.OnlyAdminsSeeBillableRates,
            OnlyAdminsSeeTeamDashboard = OnlyAdminsSeeTeamDashboard.Value ?? ws.OnlyAdminsSeeTeamDashboard,
            ProjectsBillableByDefault = ProjectsBillableByDefault.Value ?? ws.ProjectsBillableByDefault,
            ProjectsPrivateByDefault = ProjectsPrivateByDefault.Value ?? ws.ProjectsPrivateByDefault,
            ProjectsEnforceBillable = ProjectsEnforceBillable.Value ?? ws.ProjectsEnforceBillable,
            ReportsCollapse = ReportsCollapse.Value ?? ws.ReportsCollapse,
            At = at,
            RateLastUpdated = rateChanged ? at : ws.RateLastUpdated,
        });
    }
}
