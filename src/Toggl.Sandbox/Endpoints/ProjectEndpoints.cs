using System.Globalization;
using System.Text.Json;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Projects (docs/toggl-api.md §8.4).</summary>
internal sealed partial class ProjectEndpoints : WorkspaceResource<SandboxProject, ProjectEndpoints.Payload>
{
    /// <summary>Toggl's default project colour.</summary>
    public const string DefaultColor = "#06aaf5";

    public static void Map(IEndpointRouteBuilder api, SandboxState s) => new ProjectEndpoints().MapRoutes(api, s);

    [GeneratedRegex("^#[0-9a-fA-F]{6}$")]
    private static partial Regex HexColor();

    /// <summary>Tracked seconds per project (stopped, live entries): <c>actual_seconds</c>.</summary>
    public static Dictionary<long, long> ActualSeconds(SandboxState s) => s.Store.StoppedSecondsBy(e => e.ProjectId);

    protected override string Collection => "projects";

    protected override string IdParameter => "project_id";

    protected override ApiError? InvalidId => ApiError.BadRequest(TogglTexts.InvalidProjectId);

    protected override string NotFoundText(long id) => TogglTexts.ProjectNotFound;

    protected override IEnumerable<SandboxProject> All(SandboxStore store) => store.Projects;

    protected override SandboxProject? Find(SandboxStore store, long id) => store.Project(id);

    protected override long WorkspaceOf(SandboxProject item) => item.WorkspaceId;

    protected override Action<Utf8JsonWriter, SandboxProject> View(SandboxState s)
    {
        var actual = ActualSeconds(s);
        var today = s.TodayUtc;
        return (w, p) => TogglJson.Project(w, p, actual.GetValueOrDefault(p.Id), today);
    }

    /// <summary>GET list: <c>active</c> true|false|both (default both), <c>name</c>, <c>client_ids</c>, <c>billable</c>, <c>since</c>, <c>page</c>/<c>per_page</c> (151, max 200).</summary>
    protected override ListQuery<SandboxProject> ReadListQuery(HttpContext ctx)
    {
        var active = RouteArgs.Query(ctx, "active") ?? "both";
        bool? activeFilter = active switch
        {
            "both" => null,
            "true" => true,
            "false" => false,
            _ => null,
        };
        var name = RouteArgs.Query(ctx, "name");
        var clientIds = (RouteArgs.Query(ctx, "client_ids") ?? "")
            .Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(x => long.TryParse(x, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : -1)
            .ToHashSet();
        var billable = RouteArgs.Query(ctx, "billable") is not null ? RouteArgs.Flag(ctx, "billable") : (bool?)null;
        DateTimeOffset? since = long.TryParse(RouteArgs.Query(ctx, "since"), NumberStyles.None, CultureInfo.InvariantCulture, out var unix)
            ? DateTimeOffset.FromUnixTimeSeconds(unix)
            : null;
        var perPage = int.TryParse(RouteArgs.Query(ctx, "per_page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pp) && pp > 0 ? Math.Min(pp, 200) : 151;
        var page = int.TryParse(RouteArgs.Query(ctx, "page"), NumberStyles.None, CultureInfo.InvariantCulture, out var pg) && pg > 0 ? pg : 1;
        return ListQuery<SandboxProject>.Of(projects => projects
            .Where(p => activeFilter is null || p.Active == activeFilter)
            .Where(p => name is null || p.Name.Contains(name, StringComparison.OrdinalIgnoreCase))
            .Where(p => clientIds.Count == 0 || (p.ClientId is { } cid && clientIds.Contains(cid)))
            .Where(p => billable is null || (p.Billable ?? false) == billable)
            .Where(p => since is null || p.At >= since)
            .OrderBy(p => p.Name, StringComparer.OrdinalIgnoreCase)
            .ThenBy(p => p.Id)
            .Skip((page - 1) * perPage)
            .Take(perPage));
    }

    /// <summary>The fields of a project's POST/PUT body (<c>project.Payload</c>).</summary>
    internal sealed record Payload(
        Field<string?> Name,
        Field<bool?> Active,
        Field<bool?> IsPrivate,
        Field<string?> Color,
        Field<long?> ClientId,
        Field<string?> ClientName,
        Field<bool?> Billable,
        Field<string?> Currency,
        Field<decimal?> Rate,
        Field<long?> EstimatedHours,
        Field<decimal?> FixedFee,
        Field<bool?> AutoEstimates,
        Field<bool?> Template,
        Field<DateOnly?> StartDate,
        Field<DateOnly?> EndDate);

    protected override Payload ReadPayload(JsonBody b) => new(
        Name: b.String("name"),
        Active: b.Bool("active"),
        IsPrivate: b.Bool("is_private"),
        Color: b.String("color"),
        ClientId: b.Has("client_id") ? b.Long("client_id") : b.Long("cid"),
        ClientName: b.String("client_name"),
        Billable: b.Bool("billable"),
        Currency: b.String("currency"),
        Rate: b.Decimal("rate"),
        EstimatedHours: b.Long("estimated_hours"),
        FixedFee: b.Decimal("fixed_fee"),
        AutoEstimates: b.Bool("auto_estimates"),
        Template: b.Bool("template"),
        StartDate: b.Date("start_date"),
        EndDate: b.Date("end_date"));

    /// <summary>POST/PUT: unique non-blank name, hex colour, client of the workspace; <c>client_name</c> names an existing client or creates one.</summary>
    protected override Outcome<SandboxProject> Save(SandboxState s, long wid, SandboxProject? existing, Payload b)
    {
        var now = s.Now;
        var newName = (b.Name.Present ? b.Name.Value : existing?.Name)?.Trim() ?? "";
        var newColor = b.Color.Present && b.Color.Value is not null ? b.Color.Value : existing?.Color ?? DefaultColor;
        long? newClient = b.ClientId.Present ? (b.ClientId.Value is 0 ? null : b.ClientId.Value) : existing?.ClientId;
        if (newName.Length == 0)
        {
            return ApiError.BadRequest(TogglTexts.ProjectNameBlank);
        }

        if (s.Store.Projects.Any(p => p.WorkspaceId == wid && p.Id != existing?.Id && string.Equals(p.Name, newName, StringComparison.OrdinalIgnoreCase)))
        {
            return ApiError.BadRequest(TogglTexts.ProjectNameTaken);
        }

        if (!HexColor().IsMatch(newColor))
        {
            return ApiError.BadRequest(TogglTexts.ProjectColor);
        }

        if (newClient is { } cid && (s.Store.Client(cid) is not { } c || c.WorkspaceId != wid))
        {
            return ApiError.BadRequest(TogglTexts.ClientNotInWorkspace(cid, wid));
        }

        if (newClient is null && b.ClientName.Value is { Length: > 0 } cn)
        {
            // client_name names an existing client, or creates one.
            var found = s.Store.Clients.FirstOrDefault(c => c.WorkspaceId == wid && string.Equals(c.Name, cn.Trim(), StringComparison.OrdinalIgnoreCase));
            if (found is null)
            {
                found = new SandboxClient(s.Store.NewClientId(), wid, cn.Trim(), false, null, s.Store.Identity.UserId, TogglTime.TruncateToSeconds(now));
                s.Store.Put(found);
            }

            newClient = found.Id;
        }

        var at = TogglTime.TruncateToSeconds(now);
        var project = existing is null
            ? new SandboxProject(
                s.Store.NewProjectId(), wid, newClient, newName, b.IsPrivate.Value ?? true, b.Active.Value ?? true, newColor.ToLowerInvariant(),
                b.Billable.Value, b.Template.Value, b.AutoEstimates.Value, b.EstimatedHours.Value, b.Rate.Value, b.Currency.Value, b.FixedFee.Value,
                b.StartDate.Value ?? DateOnly.FromDateTime(now.UtcDateTime), b.EndDate.Value, at, at)
            : existing with
            {
                Name = newName,
                ClientId = newClient,
                Color = newColor.ToLowerInvariant(),
                Active = b.Active.Value ?? existing.Active,
                IsPrivate = b.IsPrivate.Value ?? existing.IsPrivate,
                Billable = b.Billable.Present ? b.Billable.Value : existing.Billable,
                Template = b.Template.Present ? b.Template.Value : existing.Template,
                AutoEstimates = b.AutoEstimates.Present ? b.AutoEstimates.Value : existing.AutoEstimates,
                EstimatedHours = b.EstimatedHours.Present ? b.EstimatedHours.Value : existing.EstimatedHours,
                Rate = b.Rate.Present ? b.Rate.Value : existing.Rate,
                Currency = b.Currency.Present ? b.Currency.Value : existing.Currency,
                FixedFee = b.FixedFee.Present ? b.FixedFee.Value : existing.FixedFee,
                StartDate = b.StartDate.Value ?? existing.StartDate,
                EndDate = b.EndDate.Present ? b.EndDate.Value : existing.EndDate,
                At = at,
            };
        s.Store.Put(project);
        return Outcome<SandboxProject>.Ok(project);
    }

    /// <summary>DELETE with <c>teDeletionMode</c> delete|unassign (default unassign): the project's entries go, or lose it; its tasks go.</summary>
    protected override void Remove(HttpContext ctx, SandboxState s, SandboxProject project)
    {
        var deleteEntries = RouteArgs.Query(ctx, "teDeletionMode") == "delete";
        foreach (var task in s.Store.Tasks.Where(t => t.ProjectId == project.Id).ToList())
        {
            TaskEndpoints.RemoveWithEntries(s, task.Id);
        }

        s.Store.RemoveProject(project.Id);
        var now = s.Now;
        foreach (var e in s.Store.Entries.Where(e => e.ProjectId == project.Id && !e.IsDeleted).ToList())
        {
            s.Store.Put(deleteEntries
                ? e with { ServerDeletedAt = TogglTime.TruncateToSeconds(now), At = TogglTime.TruncateToMicroseconds(now) }
                : e with { ProjectId = null, At = TogglTime.TruncateToMicroseconds(now) });
        }
    }

    /// <summary>A delete answers the project id (schema: integer).</summary>
    protected override Task Deleted(HttpContext ctx, long id) => Respond.Json(ctx, w => w.WriteNumberValue(id));
}
