using System.Globalization;
using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// Tasks of a project, below <c>/workspaces/{wid}/projects/{pid}/tasks</c>: list, get, create, update, delete. An unknown
/// project of the workspace answers 404 "Project not found", as the project routes do. <c>/workspaces/{wid}/tasks</c>
/// lists the tasks of every project of the workspace.
/// </summary>
internal sealed class TaskEndpoints : WorkspaceResource<SandboxTask, TaskEndpoints.Payload>
{
    public static void Map(IEndpointRouteBuilder api, SandboxState s) => new TaskEndpoints().MapRoutes(api, s);

    /// <summary>Tracked seconds per task (stopped, live entries): <c>tracked_seconds</c>.</summary>
    public static Dictionary<long, long> TrackedSeconds(SandboxState s) => s.Store.StoppedSecondsBy(e => e.TaskId);

    protected override string Collection => "projects/{project_id}/tasks";

    protected override string IdParameter => "task_id";

    protected override ApiError? InvalidId => ApiError.BadRequest(TogglTexts.InvalidTaskId);

    protected override string NotFoundText(long id) => TogglTexts.TaskNotFound;

    protected override IEnumerable<SandboxTask> All(SandboxStore store) => store.Tasks;

    protected override SandboxTask? Find(SandboxStore store, long id) => store.Task(id);

    protected override long WorkspaceOf(SandboxTask item) => item.WorkspaceId;

    protected override long ParentOf(SandboxTask item) => item.ProjectId;

    /// <summary>The project of the path: 400 when not a number, 404 when not one of the workspace's.</summary>
    protected override ApiError? FindParent(HttpContext ctx, SandboxState s, long workspaceId, out long parentId)
    {
        if (!RouteArgs.TryId(ctx, "project_id", out parentId))
        {
            return ApiError.BadRequest(TogglTexts.InvalidProjectId);
        }

        return s.Store.Project(parentId) is { } p && p.WorkspaceId == workspaceId ? null : ApiError.NotFound(TogglTexts.ProjectNotFound);
    }

    protected override Payload ForParent(Payload payload, long parentId) => payload with { ProjectId = parentId };

    protected override Action<Utf8JsonWriter, SandboxTask> View(SandboxState s)
    {
        var tracked = TrackedSeconds(s);
        return (w, t) => TogglJson.Task(w, t, tracked.GetValueOrDefault(t.Id));
    }

    /// <summary>GET list: <c>active</c> true|false|both (default both), ordered by name.</summary>
    protected override ListQuery<SandboxTask> ReadListQuery(HttpContext ctx)
    {
        bool? active = RouteArgs.Query(ctx, "active") switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        return ListQuery<SandboxTask>.Of(tasks => tasks
            .Where(t => active is null || t.Active == active)
            .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(t => t.Id));
    }

    /// <summary>Also <c>GET /workspaces/{wid}/tasks</c>: the tasks of every project of the workspace.</summary>
    protected override void MapMore(IEndpointRouteBuilder api, SandboxState s, string one) =>
        api.MapGet("/workspaces/{workspace_id}/tasks", ctx => WorkspaceList(ctx, s));

    /// <summary>
    /// GET /workspaces/{wid}/tasks: <c>project_id</c>, <c>active</c> true|false|both (default both), <c>since</c> (UNIX
    /// seconds: changed at or after), <c>page</c>/<c>per_page</c> (151, max 200, as projects), ordered by name.
    /// </summary>
    private static Task WorkspaceList(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        long? projectId = long.TryParse(RouteArgs.Query(ctx, "project_id"), NumberStyles.None, CultureInfo.InvariantCulture, out var pid) ? pid : null;
        bool? active = RouteArgs.Query(ctx, "active") switch
        {
            "true" => true,
            "false" => false,
            _ => null,
        };
        DateTimeOffset? since = long.TryParse(RouteArgs.Query(ctx, "since"), NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : null;
        var perPage = int.TryParse(RouteArgs.Query(ctx, "per_page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pp) && pp > 0 ? Math.Min(pp, 200) : 151;
        var page = int.TryParse(RouteArgs.Query(ctx, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pg) && pg > 0 ? pg : 1;

        byte[] body;
        lock (s.Store.Gate)
        {
            var tasks = s.Store.Tasks
                .Where(t => t.WorkspaceId == wid)
                .Where(t => projectId is null || t.ProjectId == projectId)
                .Where(t => active is null || t.Active == active)
                .Where(t => since is null || t.At >= since)
                .OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase)
                .ThenBy(t => t.Id)
                .Skip((page - 1) * perPage)
                .Take(perPage)
                .ToList();
            var tracked = TrackedSeconds(s);
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var t in tasks)
                {
                    TogglJson.Task(w, t, tracked.GetValueOrDefault(t.Id));
                }

                w.WriteEndArray();
            });
        }

        return Respond.Json(ctx, body);
    }

    /// <summary>The fields of a task's POST/PUT body, and the project of the path.</summary>
    internal sealed record Payload(Field<string?> Name, Field<bool?> Active, Field<long?> EstimatedSeconds, Field<long?> UserId, long ProjectId);

    protected override Payload ReadPayload(JsonBody b) => new(
        Name: b.String("name"),
        Active: b.Bool("active"),
        EstimatedSeconds: b.Long("estimated_seconds"),
        UserId: b.Long("user_id"),
        ProjectId: 0);

    /// <summary>POST/PUT: a non-blank name unique in the project (case-insensitive), an estimate not below zero.</summary>
    protected override Outcome<SandboxTask> Save(SandboxState s, long wid, SandboxTask? existing, Payload b)
    {
        var name = (b.Name.Present ? b.Name.Value : existing?.Name)?.Trim() ?? "";
        if (name.Length == 0)
        {
            return ApiError.BadRequest(TogglTexts.TaskNameBlank);
        }

        if (s.Store.Tasks.Any(t => t.ProjectId == b.ProjectId && t.Id != existing?.Id && string.Equals(t.Name, name, StringComparison.OrdinalIgnoreCase)))
        {
            return ApiError.BadRequest(TogglTexts.TaskNameTaken);
        }

        if (b.EstimatedSeconds.Value is < 0)
        {
            return ApiError.BadRequest(TogglTexts.TaskEstimateNegative);
        }

        var at = TogglTime.TruncateToSeconds(s.Now);
        var task = existing is null
            ? new SandboxTask(s.Store.NewTaskId(), wid, b.ProjectId, name, b.Active.Value ?? true, b.EstimatedSeconds.Value, b.UserId.Value, at)
            : existing with
            {
                Name = name,
                Active = b.Active.Value ?? existing.Active,
                EstimatedSeconds = b.EstimatedSeconds.Present ? b.EstimatedSeconds.Value : existing.EstimatedSeconds,
                UserId = b.UserId.Present ? b.UserId.Value : existing.UserId,
                At = at,
            };
        s.Store.Put(task);
        return Outcome<SandboxTask>.Ok(task);
    }

    /// <summary>DELETE: the task goes and its entries lose it.</summary>
    protected override void Remove(HttpContext ctx, SandboxState s, SandboxTask task) => RemoveWithEntries(s, task.Id);

    /// <summary>Removes a task; its live entries keep their project but lose the task.</summary>
    public static void RemoveWithEntries(SandboxState s, long taskId)
    {
        s.Store.RemoveTask(taskId);
        var now = s.Now;
        foreach (var e in s.Store.Entries.Where(e => e.TaskId == taskId && !e.IsDeleted).ToList())
        {
            s.Store.Put(e with { TaskId = null, At = TogglTime.TruncateToMicroseconds(now) });
        }
    }
}
