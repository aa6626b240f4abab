using System.Text.Json;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>Tags (docs/toggl-api.md §8.5). Toggl has no GET for one tag; neither has the sandbox.</summary>
internal sealed class TagEndpoints : WorkspaceResource<SandboxTag, Field<string?>>
{
    public static void Map(IEndpointRouteBuilder api, SandboxState s) => new TagEndpoints().MapRoutes(api, s);

    protected override string Collection => "tags";

    protected override string IdParameter => "tag_id";

    protected override bool HasGetOne => false;

    protected override ApiError? InvalidId => ApiError.NotFound(TogglTexts.TagNotFound);

    protected override string NotFoundText(long id) => TogglTexts.TagNotFound;

    protected override IEnumerable<SandboxTag> All(SandboxStore store) => store.Tags;

    protected override SandboxTag? Find(SandboxStore store, long id) => store.Tag(id);

    protected override long WorkspaceOf(SandboxTag item) => item.WorkspaceId;

    protected override Action<Utf8JsonWriter, SandboxTag> View(SandboxState s) => TogglJson.Tag;

    protected override ListQuery<SandboxTag> ReadListQuery(HttpContext ctx) =>
        ListQuery<SandboxTag>.Of(tags => tags.OrderBy(t => t.Name, StringComparer.OrdinalIgnoreCase).ThenBy(t => t.Id));

    /// <summary>POST/PUT: <c>{"name": …}</c>.</summary>
    protected override Field<string?> ReadPayload(JsonBody body) => body.String("name");

    /// <summary>Blank or duplicate names are refused with Toggl's texts.</summary>
    protected override Outcome<SandboxTag> Save(SandboxState s, long wid, SandboxTag? existing, Field<string?> nameField)
    {
        var name = nameField.Value?.Trim() ?? "";
        if (name.Length == 0)
        {
            return ApiError.BadRequest(TogglTexts.TagNameBlank);
        }

        if (s.Store.TagByName(wid, name) is { } clash && clash.Id != existing?.Id)
        {
            return ApiError.BadRequest(TogglTexts.TagExists(name));
        }

        var at = TogglTime.TruncateToMicroseconds(s.Now);
        var tag = existing is null
            ? new SandboxTag(s.Store.NewTagId(), wid, name, s.Store.Identity.UserId, at)
            : existing with { Name = name, At = at };
        s.Store.Put(tag);
        return Outcome<SandboxTag>.Ok(tag);
    }

    /// <summary>A write answers one object, or a one-element array when the options say so (docs/toggl-api.md §10.4).</summary>
    protected override void WriteAnswer(Utf8JsonWriter w, SandboxState s, SandboxTag saved)
    {
        if (s.Options.TagWriteReturnsArray)
        {
            w.WriteStartArray();
            TogglJson.Tag(w, saved);
            w.WriteEndArray();
        }
        else
        {
            TogglJson.Tag(w, saved);
        }
    }

    /// <summary>DELETE: the tag disappears from entries that carried it.</summary>
    protected override void Remove(HttpContext ctx, SandboxState s, SandboxTag tag)
    {
        s.Store.RemoveTag(tag.Id);
        foreach (var e in s.Store.Entries.Where(e => e.TagIds.Contains(tag.Id)).ToList())
        {
            s.Store.Put(e with { TagIds = e.TagIds.Where(id => id != tag.Id).ToList() });
        }
    }
}
