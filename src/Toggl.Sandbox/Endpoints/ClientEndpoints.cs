using System.Text.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Clients (docs/toggl-api.md §8.6).</summary>
internal sealed class ClientEndpoints : WorkspaceResource<SandboxClient, ClientEndpoints.Payload>
{
    /// <summary>Longest client name accepted (Toggl's figure is not recorded; "Client name maximum length is {n}").</summary>
    public const int MaxNameLength = 100;

    public static void Map(IEndpointRouteBuilder api, SandboxState s) => new ClientEndpoints().MapRoutes(api, s);

    protected override string Collection => "clients";

    protected override string IdParameter => "client_id";

    /// <summary>An id that is not a number is looked up as 0, and so not found.</summary>
    protected override ApiError? InvalidId => null;

    protected override string NotFoundText(long id) => TogglTexts.ClientNotFound(id);

    protected override IEnumerable<SandboxClient> All(SandboxStore store) => store.Clients;

    protected override SandboxClient? Find(SandboxStore store, long id) => store.Client(id);

    protected override long WorkspaceOf(SandboxClient item) => item.WorkspaceId;

    protected override Action<Utf8JsonWriter, SandboxClient> View(SandboxState s) => TogglJson.Client;

    /// <summary>GET list: <c>status</c> active|archived|both (default both), <c>name</c> case-insensitive contains.</summary>
    protected override ListQuery<SandboxClient> ReadListQuery(HttpContext ctx)
    {
        var status = RouteArgs.Query(ctx, "status") ?? "both";
        if (status is not ("active" or "archived" or "both"))
        {
            return ListQuery<SandboxClient>.Refuse(ApiError.BadRequest(TogglTexts.ClientStatusInvalid));
        }

        var name = RouteArgs.Query(ctx, "name");
        return ListQuery<SandboxClient>.Of(clients => clients
            .Where(c => status == "both" || c.Archived == (status == "archived"))
            .Where(c => name is null || c.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .OrderBy(c => c.Name, StringComparer.OrdinalIgnoreCase));
    }

    /// <summary>The fields of a client's POST/PUT body <c>{name, notes, wid}</c>.</summary>
    internal sealed record Payload(Field<string?> Name, Field<string?> Notes);

    protected override Payload ReadPayload(JsonBody b) => new(b.String("name"), b.String("notes"));

    /// <summary>The name must be non-blank and at most <see cref="MaxNameLength"/>.</summary>
    protected override Outcome<SandboxClient> Save(SandboxState s, long wid, SandboxClient? existing, Payload b)
    {
        var name = (b.Name.Present ? b.Name.Value : existing?.Name)?.Trim() ?? "";
        if (name.Length == 0)
        {
            return ApiError.BadRequest(TogglTexts.ClientNameEmpty);
        }

        if (name.Length > MaxNameLength)
        {
            return ApiError.BadRequest(TogglTexts.ClientNameTooLong(MaxNameLength));
        }

        var at = TogglTime.TruncateToSeconds(s.Now);
        var saved = existing is null
            ? new SandboxClient(s.Store.NewClientId(), wid, name, false, b.Notes.Value, s.Store.Identity.UserId, at)
            : existing with { Name = name, Notes = b.Notes.Present ? b.Notes.Value : existing.Notes, At = at };
        s.Store.Put(saved);
        return Outcome<SandboxClient>.Ok(saved);
    }

    /// <summary>DELETE: projects of the client lose it.</summary>
    protected override void Remove(HttpContext ctx, SandboxState s, SandboxClient client)
    {
        s.Store.RemoveClient(client.Id);
        foreach (var p in s.Store.Projects.Where(p => p.ClientId == client.Id).ToList())
        {
            s.Store.Put(p with { ClientId = null });
        }
    }

    protected override void MapMore(IEndpointRouteBuilder api, SandboxState s, string one)
    {
        api.MapPost(one + "/archive", ctx => Archive(ctx, s, archived: true));
        api.MapPost(one + "/restore", ctx => Archive(ctx, s, archived: false));
    }

    /// <summary>archive answers the ids of the projects it archived; restore answers the client (docs/toggl-api.md §8.6).</summary>
    private Task Archive(HttpContext ctx, SandboxState s, bool archived)
    {
        if (Target(ctx, s, out var wid, out var id) is { } error)
        {
            return Respond.Error(ctx, error);
        }

        byte[] body;
        lock (s.Store.Gate)
        {
            if (FindIn(s, wid, id) is not { } client)
            {
                return Respond.Error(ctx, 404, NotFoundText(id));
            }

            var updated = client with { Archived = archived, At = TogglTime.TruncateToSeconds(s.Now) };
            s.Store.Put(updated);
            var touched = new List<long>();
            foreach (var p in s.Store.Projects.Where(p => p.ClientId == id && p.Active == archived).ToList())
            {
                s.Store.Put(p with { Active = !archived, At = TogglTime.TruncateToSeconds(s.Now) });
                touched.Add(p.Id);
            }

            body = TogglJson.Render(w =>
            {
                if (archived)
                {
                    w.WriteStartArray();
                    foreach (var pid in touched)
                    {
                        w.WriteNumberValue(pid);
                    }

                    w.WriteEndArray();
                }
                else
                {
                    TogglJson.Client(w, updated);
                }
            });
        }

        return Respond.Json(ctx, body);
    }
}
