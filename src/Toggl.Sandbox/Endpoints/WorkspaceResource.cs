using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// The shape Toggl gives the resources of a workspace (docs/toggl-api.md §8.4–§8.6): list, get one, create, update
/// and delete below <c>/workspaces/{workspace_id}/{collection}</c>. Every handler checks the workspace first; one
/// of another workspace is not found; a body is parsed and type-checked before the store is locked; the store is
/// read and written under its lock. A resource says only what is particular to it: its path, how it is found,
/// filtered, read from a body, validated, stored, shown and removed, and its texts.
/// </summary>
/// <remarks>
/// Adding a resource: a sealed class deriving from this one that fills in the abstract members (overriding the
/// virtual ones where Toggl answers differently), a static <c>Map</c> calling <see cref="MapRoutes"/>, and a line
/// in <c>SandboxHost</c>. Routes Toggl has beyond the five go in <see cref="MapMore"/>, built on
/// <see cref="Target"/> and <see cref="FindIn(SandboxState, long, long)"/> so they check the workspace and the id the same way.
/// A resource below another one of the workspace (a project's tasks: <see cref="Collection"/>
/// <c>projects/{project_id}/tasks</c>) overrides <see cref="FindParent"/>, <see cref="ParentOf"/> and
/// <see cref="ForParent"/>: the parent is checked under the lock after the workspace and the id, and only its
/// children are listed, found, updated and deleted.
/// </remarks>
/// <typeparam name="T">The stored record.</typeparam>
/// <typeparam name="TPayload">What a POST or PUT body says, read before the store is locked.</typeparam>
internal abstract class WorkspaceResource<T, TPayload>
    where T : class
{
    /// <summary>The path below the workspace, e.g. <c>projects</c> (it may hold a parent's route parameter).</summary>
    protected abstract string Collection { get; }

    /// <summary>The route parameter naming one, e.g. <c>project_id</c>.</summary>
    protected abstract string IdParameter { get; }

    /// <summary>Whether Toggl answers a GET for one (it does not for tags).</summary>
    protected virtual bool HasGetOne => true;

    /// <summary>
    /// The answer to an id that is not a number; null goes on with id 0, which is then not found (Toggl answers
    /// differently per resource: 400 for projects, 404 for tags, the not-found text with 0 for clients).
    /// </summary>
    protected abstract ApiError? InvalidId { get; }

    /// <summary>Toggl's 404 text for an id that is not in the workspace.</summary>
    protected abstract string NotFoundText(long id);

    /// <summary>Every stored one, of every workspace.</summary>
    protected abstract IEnumerable<T> All(SandboxStore store);

    /// <summary>The stored one with this id, of any workspace.</summary>
    protected abstract T? Find(SandboxStore store, long id);

    /// <summary>The workspace a stored one belongs to.</summary>
    protected abstract long WorkspaceOf(T item);

    /// <summary>The list's query string: which of the workspace's ones to answer, in order, or why not.</summary>
    protected abstract ListQuery<T> ReadListQuery(HttpContext ctx);

    /// <summary>How one is shown; called under the store's lock, once per answer (a view may read the store).</summary>
    protected abstract Action<Utf8JsonWriter, T> View(SandboxState s);

    /// <summary>The answer to a create or an update: the view of what was stored, unless the resource says otherwise.</summary>
    protected virtual void WriteAnswer(Utf8JsonWriter w, SandboxState s, T saved) => View(s)(w, saved);

    /// <summary>The fields of a POST or PUT body; a field of the wrong JSON type marks the body invalid.</summary>
    protected abstract TPayload ReadPayload(JsonBody body);

    /// <summary>
    /// Under the store's lock: validates the payload against the store and <paramref name="existing"/> (null for a
    /// create; one of this workspace for an update) and stores the result, or answers why not.
    /// </summary>
    protected abstract Outcome<T> Save(SandboxState s, long workspaceId, T? existing, TPayload payload);

    /// <summary>Under the store's lock: removes one of the workspace and what depends on it.</summary>
    protected abstract void Remove(HttpContext ctx, SandboxState s, T item);

    /// <summary>The answer to a delete: 200 with no body, unless the resource says otherwise.</summary>
    protected virtual Task Deleted(HttpContext ctx, long id) => Respond.Empty(ctx, 200);

    /// <summary>
    /// Under the store's lock: the parent the path names (e.g. a task's project) as its id, or the answer when it is
    /// not one of the workspace's. Resources without a parent have none: 0.
    /// </summary>
    protected virtual ApiError? FindParent(HttpContext ctx, SandboxState s, long workspaceId, out long parentId)
    {
        parentId = 0;
        return null;
    }

    /// <summary>The parent a stored one belongs to (0 for resources without a parent).</summary>
    protected virtual long ParentOf(T item) => 0;

    /// <summary>The payload bound to the parent of the path, so that <see cref="Save"/> knows where to store (the payload itself, without a parent).</summary>
    protected virtual TPayload ForParent(TPayload payload, long parentId) => payload;

    /// <summary>Routes particular to the resource (e.g. a client's archive), below <paramref name="one"/>.</summary>
    protected virtual void MapMore(IEndpointRouteBuilder api, SandboxState s, string one)
    {
    }

    /// <summary>Maps the resource's routes.</summary>
    public void MapRoutes(IEndpointRouteBuilder api, SandboxState s)
    {
        var list = "/workspaces/{workspace_id}/" + Collection;
        var one = list + "/{" + IdParameter + "}";
        api.MapGet(list, ctx => List(ctx, s));
        if (HasGetOne)
        {
            api.MapGet(one, ctx => GetOne(ctx, s));
        }

        api.MapPost(list, ctx => Write(ctx, s, create: true));
        api.MapPut(one, ctx => Write(ctx, s, create: false));
        api.MapDelete(one, ctx => Delete(ctx, s));
        MapMore(api, s, one);
    }

    /// <summary>The stored one with this id in this workspace; call under the store's lock.</summary>
    protected T? FindIn(SandboxState s, long workspaceId, long id) => FindIn(s, workspaceId, 0, id);

    /// <summary>The stored one with this id in this workspace and below this parent; call under the store's lock.</summary>
    protected T? FindIn(SandboxState s, long workspaceId, long parentId, long id) =>
        Find(s.Store, id) is { } item && WorkspaceOf(item) == workspaceId && ParentOf(item) == parentId ? item : null;

    /// <summary>The workspace and the id of the path, or the answer to give when they are not usable.</summary>
    protected ApiError? Target(HttpContext ctx, SandboxState s, out long workspaceId, out long id)
    {
        id = 0;
        if (RouteArgs.Workspace(ctx, s, out workspaceId) is { } wsError)
        {
            return wsError;
        }

        return RouteArgs.TryId(ctx, IdParameter, out id) ? null : InvalidId;
    }

    private Task List(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        var query = ReadListQuery(ctx);
        if (query.Error is { } queryError)
        {
            return Respond.Error(ctx, queryError);
        }

        byte[] body;
        lock (s.Store.Gate)
        {
            if (FindParent(ctx, s, wid, out var parentId) is { } parentError)
            {
                return Respond.Error(ctx, parentError);
            }

            var items = query.Pick(All(s.Store).Where(x => WorkspaceOf(x) == wid && ParentOf(x) == parentId)).ToList();
            var view = View(s);
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var item in items)
                {
                    view(w, item);
                }

                w.WriteEndArray();
            });
        }

        return Respond.Json(ctx, body);
    }

    private Task GetOne(HttpContext ctx, SandboxState s)
    {
        if (Target(ctx, s, out var wid, out var id) is { } error)
        {
            return Respond.Error(ctx, error);
        }

        byte[]? body = null;
        lock (s.Store.Gate)
        {
            if (FindParent(ctx, s, wid, out var parentId) is { } parentError)
            {
                return Respond.Error(ctx, parentError);
            }

            if (FindIn(s, wid, parentId, id) is { } item)
            {
                body = TogglJson.Render(w => View(s)(w, item));
            }
        }

        return body is null ? Respond.Error(ctx, 404, NotFoundText(id)) : Respond.Json(ctx, body);
    }

    private async Task Write(HttpContext ctx, SandboxState s, bool create)
    {
        long wid, id = 0;
        var targetError = create ? RouteArgs.Workspace(ctx, s, out wid) : Target(ctx, s, out wid, out id);
        if (targetError is not null)
        {
            await Respond.Error(ctx, targetError).ConfigureAwait(false);
            return;
        }

        var read = await JsonBody.ReadPayload(ctx, ReadPayload).ConfigureAwait(false);
        if (read.Error is { } bodyError)
        {
            await Respond.Error(ctx, bodyError).ConfigureAwait(false);
            return;
        }

        var payload = read.Value!;

        ApiError? error;
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            var parentError = FindParent(ctx, s, wid, out var parentId);
            var existing = create || parentError is not null ? null : FindIn(s, wid, parentId, id);
            if (parentError is not null)
            {
                error = parentError;
            }
            else if (!create && existing is null)
            {
                error = ApiError.NotFound(NotFoundText(id));
            }
            else
            {
                var saved = Save(s, wid, existing, ForParent(payload, parentId));
                error = saved.Error;
                if (saved.Value is { } item)
                {
                    body = TogglJson.Render(w => WriteAnswer(w, s, item));
                }
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }

    private Task Delete(HttpContext ctx, SandboxState s)
    {
        if (Target(ctx, s, out var wid, out var id) is { } error)
        {
            return Respond.Error(ctx, error);
        }

        lock (s.Store.Gate)
        {
            if (FindParent(ctx, s, wid, out var parentId) is { } parentError)
            {
                return Respond.Error(ctx, parentError);
            }

            if (FindIn(s, wid, parentId, id) is not { } item)
            {
                return Respond.Error(ctx, 404, NotFoundText(id));
            }

            Remove(ctx, s, item);
        }

        return Deleted(ctx, id);
    }
}

/// <summary>What a list's query string selects: the workspace's ones to answer, in order, or a refusal.</summary>
/// <typeparam name="T">The stored record.</typeparam>
internal sealed record ListQuery<T>(Func<IEnumerable<T>, IEnumerable<T>> Pick, ApiError? Error)
{
    /// <summary>Answers what <paramref name="pick"/> selects from the workspace's ones.</summary>
    public static ListQuery<T> Of(Func<IEnumerable<T>, IEnumerable<T>> pick) => new(pick, null);

    /// <summary>Refuses the list with <paramref name="error"/>.</summary>
    public static ListQuery<T> Refuse(ApiError error) => new(items => items, error);
}
