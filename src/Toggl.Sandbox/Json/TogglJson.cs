using System.Buffers;
using System.Text.Encodings.Web;
using System.Text.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Json;

/// <summary>
/// Writes Toggl's JSON shapes key by key, in the order real responses use (docs/toggl-api.md §5, §8),
/// so that golden-byte tests and clients sensitive to order see what Toggl sends.
/// Callers hold the store lock: names of tags, projects and clients are read from it.
/// </summary>
internal static class TogglJson
{
    private static readonly JsonWriterOptions WriterOptions = new()
    {
        // Toggl sends non-ASCII text unescaped; the default encoder would also turn '+' of "+00:00" into \u002B.
        Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping,
    };

    /// <summary>Renders a JSON value into bytes.</summary>
    public static byte[] Render(Action<Utf8JsonWriter> write)
    {
        var buffer = new ArrayBufferWriter<byte>(512);
        using (var w = new Utf8JsonWriter(buffer, WriterOptions))
        {
            write(w);
        }

        return buffer.WrittenSpan.ToArray();
    }

    /// <summary>A time entry (docs/toggl-api.md §5 key order: id … wid, [pid], [tid], [meta], [shared_with]).</summary>
    public static void TimeEntry(Utf8JsonWriter w, SandboxTimeEntry e, SandboxStore store, EntryView view)
    {
        Func<DateTimeOffset, string> fmt = view.Zulu ? TogglTime.Zulu : TogglTime.Offset;
        w.WriteStartObject();
        w.WriteNumber("id", e.Id);
        w.WriteNumber("workspace_id", e.WorkspaceId);
        NullableNumber(w, "project_id", e.ProjectId);
        NullableNumber(w, "task_id", e.TaskId);
        w.WriteBoolean("billable", e.Billable);
        w.WriteString("start", fmt(e.Start));
        if (view.ZeroLength)
        {
            w.WriteNull("stop");
            w.WriteNumber("duration", 0);
        }
        else
        {
            TogglTime.Write(w, "stop", e.Stop, fmt);
            w.WriteNumber("duration", e.Duration);
        }

        NullableString(w, "description", e.Description);
        if (view.EchoTags)
        {
            StringArrayOrNull(w, "tags", view.SentTags);
        }
        else
        {
            w.WriteStartArray("tags");
            foreach (var id in e.TagIds)
            {
                if (store.Tag(id) is { } tag)
                {
                    w.WriteStringValue(tag.Name);
                }
            }

            w.WriteEndArray();
        }

        if (view.NamedTags && view.NullTagIdsForNamedTags)
        {
            w.WriteNull("tag_ids");
        }
        else if (view.EchoTags && !view.NamedTags)
        {
            NumberArrayOrNull(w, "tag_ids", view.SentTagIds);
        }
        else
        {
            w.WriteStartArray("tag_ids");
            foreach (var id in e.TagIds)
            {
                if (store.Tag(id) is not null)
                {
                    w.WriteNumberValue(id);
                }
            }

            w.WriteEndArray();
        }

        w.WriteBoolean("duronly", true);
        w.WriteString("at", TogglTime.Nano(e.At));
        TogglTime.Write(w, "server_deleted_at", e.ServerDeletedAt, TogglTime.Offset);
        w.WriteNumber("user_id", e.UserId);
        w.WriteNumber("uid", e.UserId);
        w.WriteNumber("wid", e.WorkspaceId);
        if (e.ProjectId is { } pid)
        {
            w.WriteNumber("pid", pid);
        }

        if (e.TaskId is { } tid)
        {
            w.WriteNumber("tid", tid);
        }

        if (view.Meta)
        {
            // docs/toggl-api.md §5 meta block: project_* only with a project, client_name only when the project has a client.
            var project = e.ProjectId is { } p ? store.Project(p) : null;
            if (project?.ClientId is { } cid && store.Client(cid) is { } client)
            {
                w.WriteString("client_name", client.Name);
            }

            if (project is not null)
            {
                w.WriteString("project_name", project.Name);
                w.WriteString("project_color", project.Color);
                w.WriteBoolean("project_active", project.Active);
                w.WriteBoolean("project_billable", project.Billable ?? false);
            }

            w.WriteString("user_name", store.Identity.FullName);
            w.WriteString("user_avatar_url", "");
        }

        if (view.IncludeSharing && e.SharedWithUserIds.Count > 0)
        {
            w.WriteStartArray("shared_with");
            foreach (var uid in e.SharedWithUserIds)
            {
                w.WriteStartObject();
                w.WriteNumber("user_id", uid);
                w.WriteString("user_name", "");
                w.WriteBoolean("accepted", false);
                w.WriteEndObject();
            }

            w.WriteEndArray();
        }

        w.WriteEndObject();
    }

    /// <summary>A project (docs/toggl-api.md §8.4); <c>at</c>/<c>created_at</c> with <c>+00:00</c> (docs/toggl-api.md §1.1).</summary>
    public static void Project(Utf8JsonWriter w, SandboxProject p, long actualSeconds, DateOnly today)
    {
        w.WriteStartObject();
        w.WriteNumber("id", p.Id);
        w.WriteNumber("workspace_id", p.WorkspaceId);
        NullableNumber(w, "client_id", p.ClientId);
        w.WriteString("name", p.Name);
        w.WriteBoolean("is_private", p.IsPrivate);
        w.WriteBoolean("active", p.Active);
        w.WriteString("at", TogglTime.Offset(p.At));
        w.WriteString("created_at", TogglTime.Offset(p.CreatedAt));
        w.WriteNull("server_deleted_at");
        w.WriteString("color", p.Color);
        NullableBool(w, "billable", p.Billable);
        NullableBool(w, "template", p.Template);
        NullableBool(w, "auto_estimates", p.AutoEstimates);
        NullableNumber(w, "estimated_hours", p.EstimatedHours);
        NullableNumber(w, "estimated_seconds", p.EstimatedHours * 3600);
        NullableDecimal(w, "rate", p.Rate);
        w.WriteNull("rate_last_updated");
        NullableString(w, "currency", p.Currency);
        w.WriteBoolean("recurring", false);
        w.WriteNull("template_id");
        w.WriteNull("recurring_parameters");
        w.WriteNull("current_period");
        NullableDecimal(w, "fixed_fee", p.FixedFee);
        w.WriteNumber("actual_hours", actualSeconds / 3600);
        w.WriteNumber("actual_seconds", actualSeconds);
        w.WriteString("start_date", TogglTime.Date(p.StartDate));
        if (p.EndDate is { } end)
        {
            w.WriteString("end_date", TogglTime.Date(end));
        }
        else
        {
            w.WriteNull("end_date");
        }

        w.WriteString("status", ProjectStatus(p, today));
        w.WriteNumber("wid", p.WorkspaceId);
        NullableNumber(w, "cid", p.ClientId);
        w.WriteBoolean("pinned", false);
        w.WriteBoolean("can_track_time", true);
        w.WriteNull("permissions");
        w.WriteEndObject();
    }

    /// <summary>upcoming | active | ended | archived (docs/toggl-api.md §8.4).</summary>
    public static string ProjectStatus(SandboxProject p, DateOnly today) =>
        !p.Active ? "archived"
        : p.StartDate > today ? "upcoming"
        : p.EndDate is { } end && end < today ? "ended"
        : "active";

    /// <summary>A tag (docs/toggl-api.md §8.5: id, workspace_id, name, at, creator_id as recorded).</summary>
    public static void Tag(Utf8JsonWriter w, SandboxTag t)
    {
        w.WriteStartObject();
        w.WriteNumber("id", t.Id);
        w.WriteNumber("workspace_id", t.WorkspaceId);
        w.WriteString("name", t.Name);
        w.WriteString("at", TogglTime.Nano(t.At));
        w.WriteNumber("creator_id", t.CreatorId);
        w.WriteEndObject();
    }

    /// <summary>A client (docs/toggl-api.md §8.6: <c>wid</c>, not workspace_id; <c>at</c> with <c>+00:00</c>).</summary>
    public static void Client(Utf8JsonWriter w, SandboxClient c)
    {
        w.WriteStartObject();
        w.WriteNumber("id", c.Id);
        w.WriteNumber("wid", c.WorkspaceId);
        w.WriteBoolean("archived", c.Archived);
        w.WriteString("name", c.Name);
        w.WriteString("at", TogglTime.Offset(c.At));
        w.WriteNumber("creator_id", c.CreatorId);
        NullableString(w, "notes", c.Notes);
        w.WriteNull("permissions");
        w.WriteEndObject();
    }

    /// <summary>A workspace (docs/toggl-api.md §8.2/docs/toggl-api.md §8.3); <paramref name="activeProjects"/> only for <c>/me/workspaces</c>.</summary>
    public static void Workspace(Utf8JsonWriter w, SandboxWorkspace ws, SandboxPlan plan, int? activeProjects)
    {
        w.WriteStartObject();
        w.WriteNumber("id", ws.Id);
        w.WriteNumber("organization_id", ws.OrganizationId);
        w.WriteString("name", ws.Name);
        w.WriteBoolean("premium", plan != SandboxPlan.Free);
        w.WriteBoolean("business_ws", plan is SandboxPlan.Premium or SandboxPlan.Unlimited);
        w.WriteBoolean("admin", true);
        w.WriteString("role", "admin");
        NullableDecimal(w, "default_hourly_rate", ws.DefaultHourlyRate);
        w.WriteString("default_currency", ws.DefaultCurrency);
        w.WriteNumber("rounding", ws.Rounding);
        w.WriteNumber("rounding_minutes", ws.RoundingMinutes);
        w.WriteBoolean("only_admins_may_create_projects", ws.OnlyAdminsMayCreateProjects);
        w.WriteBoolean("only_admins_may_create_tags", ws.OnlyAdminsMayCreateTags);
        w.WriteBoolean("only_admins_see_billable_rates", ws.OnlyAdminsSeeBillableRates);
        w.WriteBoolean("only_admins_see_team_dashboard", ws.OnlyAdminsSeeTeamDashboard);
        w.WriteBoolean("projects_billable_by_default", ws.ProjectsBillableByDefault);
        w.WriteBoolean("projects_private_by_default", ws.ProjectsPrivateByDefault);
        w.WriteBoolean("projects_enforce_billable", ws.ProjectsEnforceBillable);
        w.WriteBoolean("reports_collapse", ws.ReportsCollapse);
        w.WriteBoolean("limit_public_project_data", false);
        w.WriteBoolean("ical_enabled", true);
        w.WriteNull("ical_url");
        w.WriteString("logo_url", "https://assets.track.toggl.com/images/workspace.jpg");
        w.WriteString("at", TogglTime.Offset(ws.At));
        w.WriteNull("last_modified");
        if (ws.RateLastUpdated is { } rateAt)
        {
            w.WriteString("rate_last_updated", TogglTime.Offset(rateAt));
        }
        else
        {
            w.WriteNull("rate_last_updated");
        }

        w.WriteNull("suspended_at");
        w.WriteNull("working_hours_in_minutes");
        w.WriteNumber("max_data_retention_days", -1);
        w.WritePropertyName("te_constraints");
        TimeEntryConstraints(w);
        w.WriteNull("subscription");
        if (activeProjects is { } count)
        {
            w.WriteNumber("active_project_count", count);
        }

        w.WriteNull("api_token");
        w.WriteNull("csv_upload");
        w.WriteNull("server_deleted_at");
        w.WriteNull("permissions");
        w.WriteEndObject();
    }

    /// <summary>A workspace's <c>te_constraints</c> (docs/toggl-api.md §8.2): none enforced, the sandbox does not enforce them.</summary>
    public static void TimeEntryConstraints(Utf8JsonWriter w)
    {
        w.WriteStartObject();
        w.WriteBoolean("description_present", false);
        w.WriteBoolean("project_present", false);
        w.WriteBoolean("tag_present", false);
        w.WriteBoolean("task_present", false);
        w.WriteBoolean("time_entry_constraints_enabled", false);
        w.WriteEndObject();
    }

    /// <summary>
    /// An organization (docs/toggl-api.md §8.7, the recorded key set); <c>trial_info</c>'s keys and the pricing plan ids
    /// are the sandbox's reading of Toggl's swagger, not recorded.
    /// </summary>
    public static void Organization(Utf8JsonWriter w, SandboxOrganization o, SandboxPlan plan)
    {
        w.WriteStartObject();
        w.WriteNumber("id", o.Id);
        w.WriteString("name", o.Name);
        w.WriteNumber("pricing_plan_id", (int)plan);
        w.WriteString("created_at", TogglTime.Offset(o.CreatedAt));
        w.WriteString("at", TogglTime.Offset(o.At));
        w.WriteNull("server_deleted_at");
        w.WriteBoolean("is_multi_workspace_enabled", plan is SandboxPlan.Premium or SandboxPlan.Unlimited);
        w.WriteNull("suspended_at");
        w.WriteNumber("user_count", 1);
        w.WriteStartObject("trial_info");
        w.WriteBoolean("trial", false);
        w.WriteBoolean("trial_available", plan == SandboxPlan.Free);
        w.WriteNull("trial_end_date");
        w.WriteNull("next_payment_date");
        w.WriteNull("last_pricing_plan_id");
        w.WriteBoolean("can_have_trial", plan == SandboxPlan.Free);
        w.WriteEndObject();
        w.WriteBoolean("is_unified", false);
        w.WriteNumber("max_workspaces", plan is SandboxPlan.Premium or SandboxPlan.Unlimited ? 500 : 1);
        w.WriteNull("permissions");
        w.WriteBoolean("admin", true);
        w.WriteBoolean("owner", true);
        w.WriteString("pricing_plan_name", plan.ToString());
        w.WriteBoolean("pricing_plan_enterprise", plan == SandboxPlan.Unlimited);
        w.WriteEndObject();
    }

    /// <summary>A task (Toggl's swagger <c>models.Task</c>, the fields docs/toggl-api.md names); <paramref name="trackedSeconds"/> sums its stopped entries.</summary>
    public static void Task(Utf8JsonWriter w, SandboxTask t, long trackedSeconds)
    {
        w.WriteStartObject();
        w.WriteNumber("id", t.Id);
        w.WriteString("name", t.Name);
        w.WriteNumber("workspace_id", t.WorkspaceId);
        w.WriteNumber("project_id", t.ProjectId);
        NullableNumber(w, "user_id", t.UserId);
        w.WriteBoolean("active", t.Active);
        NullableNumber(w, "estimated_seconds", t.EstimatedSeconds);
        w.WriteNumber("tracked_seconds", trackedSeconds);
        w.WriteString("at", TogglTime.Offset(t.At));
        w.WriteNull("server_deleted_at");
        w.WriteEndObject();
    }

    /// <summary>The user (docs/toggl-api.md §8.1 key order as recorded); user timestamps are RFC3339Nano. Without <paramref name="close"/> the object stays open for related data.</summary>
    public static void Me(Utf8JsonWriter w, SandboxIdentity me, bool close = true)
    {
        w.WriteStartObject();
        w.WriteNumber("id", me.UserId);
        w.WriteString("api_token", me.ApiToken);
        w.WriteString("email", me.Email);
        w.WriteString("fullname", me.FullName);
        w.WriteString("timezone", me.Timezone);
        w.WriteString("toggl_accounts_id", "uWGsHAeXZGhJvQ3XjdY63h");
        w.WriteNumber("default_workspace_id", me.DefaultWorkspaceId ?? me.WorkspaceId);
        w.WriteNumber("beginning_of_week", me.BeginningOfWeek);
        w.WriteString("image_url", "https://assets.track.toggl.com/images/profile.png");
        w.WriteString("created_at", TogglTime.Nano(me.CreatedAt));
        w.WriteString("updated_at", TogglTime.Nano(me.CreatedAt));
        w.WriteNull("openid_email");
        w.WriteBoolean("openid_enabled", false);
        w.WriteNull("country_id");
        w.WriteBoolean("has_password", true);
        w.WriteString("at", TogglTime.Nano(me.CreatedAt));
        w.WriteString("intercom_hash", "0000000000000000000000000000000000000000000000000000000000000000");
        w.WriteStartArray("oauth_providers");
        w.WriteEndArray();
        w.WriteString("authorization_updated_at", TogglTime.Nano(me.CreatedAt));
        if (close)
        {
            w.WriteEndObject();
        }
    }

    private static void NullableNumber(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void NullableDecimal(Utf8JsonWriter w, string name, decimal? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void NullableBool(Utf8JsonWriter w, string name, bool? value)
    {
        if (value is { } v)
        {
            w.WriteBoolean(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    private static void NullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static void StringArrayOrNull(Utf8JsonWriter w, string name, IReadOnlyList<string>? values)
    {
        if (values is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteStringValue(v);
        }

        w.WriteEndArray();
    }

    private static void NumberArrayOrNull(Utf8JsonWriter w, string name, IReadOnlyList<long>? values)
    {
        if (values is null)
        {
            w.WriteNull(name);
            return;
        }

        w.WriteStartArray(name);
        foreach (var v in values)
        {
            w.WriteNumberValue(v);
        }

        w.WriteEndArray();
    }
}
