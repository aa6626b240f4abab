using System.Globalization;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>The time entry endpoints of docs/toggl-api.md §6.</summary>
internal static class TimeEntryEndpoints
{
    public static void Map(IEndpointRouteBuilder api, SandboxState s)
    {
        api.MapGet("/me/time_entries", ctx => List(ctx, s));
        api.MapGet("/me/time_entries/current", ctx => Current(ctx, s));
        api.MapGet("/me/time_entries/{time_entry_id}", ctx => GetOne(ctx, s));
        api.MapPost("/workspaces/{workspace_id}/time_entries", ctx => Create(ctx, s));
        api.MapPut("/workspaces/{workspace_id}/time_entries/{time_entry_id}", ctx => Update(ctx, s));
        api.MapPatch("/workspaces/{workspace_id}/time_entries/{time_entry_ids}", ctx => BulkEdit(ctx, s));
        api.MapPatch("/workspaces/{workspace_id}/time_entries/{time_entry_id}/stop", ctx => Stop(ctx, s));
        api.MapDelete("/workspaces/{workspace_id}/time_entries/{time_entry_id}", ctx => Delete(ctx, s));
    }

    private static EntryView ReadView(HttpContext ctx, EntryView baseView) => baseView with
    {
        Meta = RouteArgs.Flag(ctx, "meta"),
        IncludeSharing = RouteArgs.Flag(ctx, "include_sharing"),
    };

    /// <summary>GET /me/time_entries (docs/toggl-api.md §6.1): sorted by start, newest first.</summary>
    private static Task List(HttpContext ctx, SandboxState s)
    {
        var query = TimeEntryListQuery.Parse(ctx, s);
        if (query.Error is { } error)
        {
            return Respond.Error(ctx, error);
        }

        var view = ReadView(ctx, EntryView.Get);
        byte[] body;
        lock (s.Store.Gate)
        {
            var me = s.Store.Identity.UserId;
            var listed = s.Store.Entries
                .Where(e => e.UserId == me && query.Value!.Includes(e))
                .OrderByDescending(e => e.Start)
                .ThenByDescending(e => e.Id)
                .ToList();
            body = TogglJson.Render(w =>
            {
                w.WriteStartArray();
                foreach (var e in listed)
                {
                    TogglJson.TimeEntry(w, e, s.Store, view);
                }

                w.WriteEndArray();
            });
        }

        return Respond.Json(ctx, body);
    }

    /// <summary>GET /me/time_entries/current (docs/toggl-api.md §6.2): the running entry, or 200 <c>null</c>.</summary>
    private static Task Current(HttpContext ctx, SandboxState s)
    {
        var view = ReadView(ctx, EntryView.Get);
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            if (s.Store.Running is { } running && running.UserId == s.Store.Identity.UserId)
            {
                body = TogglJson.Render(w => TogglJson.TimeEntry(w, running, s.Store, view));
            }
        }

        if (body is not null)
        {
            return Respond.Json(ctx, body);
        }

        return s.Options.IdleCurrent switch
        {
            IdleCurrentAnswer.NotFound404 => Respond.Error(ctx, 404, TogglTexts.ResourceNotFound),
            IdleCurrentAnswer.MethodNotAllowed405 => Respond.Empty(ctx, 405),
            _ => Respond.Null(ctx),
        };
    }

    /// <summary>GET /me/time_entries/{id} (docs/toggl-api.md §6.3): 404 when missing or deleted.</summary>
    private static Task GetOne(HttpContext ctx, SandboxState s)
    {
        if (!RouteArgs.TryId(ctx, "time_entry_id", out var id))
        {
            return Respond.Error(ctx, 400, TogglTexts.InvalidTimeEntryId);
        }

        var view = ReadView(ctx, EntryView.Get);
        byte[]? body = null;
        lock (s.Store.Gate)
        {
            if (s.Store.Entry(id) is { IsDeleted: false } e && e.UserId == s.Store.Identity.UserId)
            {
                body = TogglJson.Render(w => TogglJson.TimeEntry(w, e, s.Store, view));
            }
        }

        return body is null ? Respond.Error(ctx, 404, TogglTexts.ResourceNotFound) : Respond.Json(ctx, body);
    }

    /// <summary>POST /workspaces/{wid}/time_entries (docs/toggl-api.md §6.4).</summary>
    private static async Task Create(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            await Respond.Error(ctx, wsError).ConfigureAwait(false);
            return;
        }

        var payload = TimeEntryPayload.Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (payload.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var p = payload.Value!;
        var view = ReadView(ctx, EntryView.Write) with
        {
            EchoTags = true,
            SentTags = p.Tags.Value,
            SentTagIds = p.TagIds.Value,
            NamedTags = p.Tags.Value is { Count: > 0 },
            NullTagIdsForNamedTags = s.Options.TagIdsInWriteAnswers == TagIdsInWriteAnswers.Null,
        };
        byte[]? body = null;
        ApiError? error;
        lock (s.Store.Gate)
        {
            var created = s.Book.Create(wid, p, s.Options.RequireCreatedWith, s.Now);
            error = created.Error;
            if (error is null)
            {
                var c = created.Value!;
                body = TogglJson.Render(w => TogglJson.TimeEntry(w, c.Entry, s.Store, view with { ZeroLength = c.ShowsZeroLength }));
            }
        }

        await (error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!)).ConfigureAwait(false);
    }

    /// <summary>PUT /workspaces/{wid}/time_entries/{id} (docs/toggl-api.md §6.5).</summary>
    private static async Task Update(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            await Respond.Error(ctx, wsError).ConfigureAwait(false);
            return;
        }

        if (!RouteArgs.TryId(ctx, "time_entry_id", out var id))
        {
            await Respond.Error(ctx, 400, TogglTexts.InvalidTimeEntryId).ConfigureAwait(false);
            return;
        }

        var payload = TimeEntryPayload.Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (payload.Error is { } parseError)
        {
            await Respond.Error(ctx, parseError).ConfigureAwait(false);
            return;
        }

        var edit = EntryEdit.FromPayload(payload.Value!);
        if (edit.Error is { } editError)
        {
            await Respond.Error(ctx, editError).ConfigureAwait(false);
            return;
        }

        var view = ReadView(ctx, EntryView.Write) with
        {
            NamedTags = payload.Value!.Tags.Value is { Count: > 0 },
            NullTagIdsForNamedTags = s.Options.TagIdsInWriteAnswers == TagIdsInWriteAnswers.Null,
        };
        await Answer(ctx, s, () => s.Book.Update(wid, id, edit.Value!, s.Now), view).ConfigureAwait(false);
    }

    /// <summary>PATCH …/{id}/stop (docs/toggl-api.md §6.7).</summary>
    private static Task Stop(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        if (!RouteArgs.TryId(ctx, "time_entry_id", out var id))
        {
            return Respond.Error(ctx, 400, TogglTexts.InvalidTimeEntryId);
        }

        // The body is ignored: Toggl needs none (docs/toggl-api.md §6.7).
        return Answer(ctx, s, () => s.Book.Stop(wid, id, s.Now), ReadView(ctx, EntryView.Write));
    }

    /// <summary>DELETE (docs/toggl-api.md §6.8): 200 with an empty body (or <c>null</c>, as configured).</summary>
    private static Task Delete(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            return Respond.Error(ctx, wsError);
        }

        if (!RouteArgs.TryId(ctx, "time_entry_id", out var id))
        {
            return Respond.Error(ctx, 400, TogglTexts.InvalidTimeEntryId);
        }

        ApiError? error;
        lock (s.Store.Gate)
        {
            error = s.Book.Delete(wid, id, s.Now).Error;
        }

        if (error is not null)
        {
            return Respond.Error(ctx, error);
        }

        return s.Options.DeleteAnswersNull ? Respond.Null(ctx) : Respond.Empty(ctx, 200);
    }

    /// <summary>PATCH /workspaces/{wid}/time_entries/{ids} (docs/toggl-api.md §6.6): partial success, no rollback.</summary>
    private static async Task BulkEdit(HttpContext ctx, SandboxState s)
    {
        if (RouteArgs.Workspace(ctx, s, out var wid) is { } wsError)
        {
            await Respond.Error(ctx, wsError).ConfigureAwait(false);
            return;
        }

        var raw = ctx.Request.RouteValues["time_entry_ids"] as string ?? "";
        var ids = new List<long>();
        foreach (var part in raw.Split(',', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (!long.TryParse(part, NumberStyles.None, CultureInfo.InvariantCulture, out var id))
            {
                await Respond.Error(ctx, 400, TogglTexts.InvalidTimeEntryId).ConfigureAwait(false);
                return;
            }

            ids.Add(id);
        }

        if (ids.Count == 0)
        {
            await Respond.Error(ctx, 400, TogglTexts.InvalidTimeEntryId).ConfigureAwait(false);
            return;
        }

        if (ids.Count > BulkPatch.MaxIds)
        {
            await Respond.Error(ctx, 400, TogglTexts.BulkTooMany).ConfigureAwait(false);
            return;
        }

        var edit = BulkPatch.Parse(await Respond.ReadBody(ctx).ConfigureAwait(false));
        if (edit.Error is { } editError)
        {
            await Respond.Error(ctx, editError).ConfigureAwait(false);
            return;
        }

        var success = new List<long>();
        var failure = new List<(long Id, string Message)>();
        lock (s.Store.Gate)
        {
            foreach (var id in ids.Distinct())
            {
                if (s.Book.Live(wid, id) is not { } entry)
                {
                    failure.Add((id, TogglTexts.BulkNotFound(id)));
                    continue;
                }

                var outcome = s.Book.Apply(entry, edit.Value!, s.Now);
                if (outcome.Error is { } error)
                {
                    failure.Add((id, error.Message));
                }
                else
                {
                    success.Add(id);
                }
            }
        }

        await Respond.Json(ctx, w =>
        {
            w.WriteStartObject();
            w.WriteStartArray("success");
            foreach (var id in success)
            {
                w.WriteNumberValue(id);
            }

            w.WriteEndArray();
            w.WriteStartArray("failure");
            foreach (var (id, message) in failure)
            {
                w.WriteStartObject();
                w.WriteNumber("id", id);
                w.WriteString("message", message);
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }).ConfigureAwait(false);
    }

    /// <summary>Runs a write under the lock and answers the entry or the error.</summary>
    private static Task Answer(HttpContext ctx, SandboxState s, Func<Outcome<SandboxTimeEntry>> write, EntryView view)
    {
        byte[]? body = null;
        ApiError? error;
        lock (s.Store.Gate)
        {
            var outcome = write();
            error = outcome.Error;
            if (outcome.Value is { } e && error is null)
            {
                body = TogglJson.Render(w => TogglJson.TimeEntry(w, e, s.Store, view));
            }
        }

        return error is not null ? Respond.Error(ctx, error) : Respond.Json(ctx, body!);
    }
}
