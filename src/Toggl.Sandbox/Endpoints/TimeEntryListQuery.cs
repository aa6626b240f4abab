using System.Globalization;
using Microsoft.AspNetCore.Http;
using Toggl.Sandbox.Http;
using Toggl.Sandbox.Json;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Endpoints;

/// <summary>
/// The filter of <c>GET /me/time_entries</c> (docs/toggl-api.md §6.1): since (modified since, deleted
/// included), before, start_date/end_date (by start), or by default the last <see cref="SandboxOptions.DefaultListWindow"/>.
/// </summary>
internal sealed class TimeEntryListQuery
{
    private DateTimeOffset? since;
    private DateTimeOffset? before;
    private DateTimeOffset? from;
    private DateTimeOffset? to;
    private bool toInclusive;

    public static Outcome<TimeEntryListQuery> Parse(HttpContext ctx, SandboxState state)
    {
        var sinceText = RouteArgs.Query(ctx, "since");
        var beforeText = RouteArgs.Query(ctx, "before");
        var startText = RouteArgs.Query(ctx, "start_date");
        var endText = RouteArgs.Query(ctx, "end_date");
        if (sinceText is not null && beforeText is not null)
        {
            return ApiError.BadRequest(TogglTexts.SinceAndBefore);
        }

        var rangeName = startText is not null ? "start_date" : endText is not null ? "end_date" : null;
        if (rangeName is not null && (sinceText ?? beforeText) is not null)
        {
            return ApiError.BadRequest(TogglTexts.NotSimultaneously(sinceText is not null ? "since" : "before", rangeName));
        }

        if ((startText is null) != (endText is null))
        {
            return ApiError.BadRequest(TogglTexts.StartEndTogether);
        }

        var q = new TimeEntryListQuery();
        if (sinceText is not null)
        {
            if (!long.TryParse(sinceText, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var unix)
                || unix < -62135596800 || unix > 253402300799)
            {
                return ApiError.BadRequest(TogglTexts.InvalidParameter("since"));
            }

            q.since = DateTimeOffset.FromUnixTimeSeconds(unix);
            return Outcome<TimeEntryListQuery>.Ok(q);
        }

        if (beforeText is not null)
        {
            if (!TogglTime.TryParseBound(beforeText, state.DateOnlyZone, out var b, out _))
            {
                return ApiError.BadRequest(TogglTexts.InvalidParameter("before"));
            }

            q.before = b;
            return Outcome<TimeEntryListQuery>.Ok(q);
        }

        if (startText is not null && endText is not null)
        {
            if (!TogglTime.TryParseBound(startText, state.DateOnlyZone, out var start, out _))
            {
                return ApiError.BadRequest(TogglTexts.InvalidParameter("start_date"));
            }

            if (!TogglTime.TryParseBound(endText, state.DateOnlyZone, out var end, out var endIsDate))
            {
                return ApiError.BadRequest(TogglTexts.InvalidParameter("end_date"));
            }

            // Recorded: a request on 2024-12-16 was refused before 2024-09-16 — three calendar months back (docs/toggl-api.md §3.1).
            var floor = state.TodayUtc.AddMonths(-state.Options.StartDateFloorMonths);
            if (start < TogglTime.Midnight(floor, TimeZoneInfo.Utc))
            {
                return ApiError.BadRequest(TogglTexts.StartDateFloorPrefix + TogglTime.Date(floor));
            }

            q.from = start;
            if (state.Options.EndDateInclusive && endIsDate)
            {
                q.to = end.AddDays(1);
            }
            else
            {
                q.to = end;
                q.toInclusive = state.Options.EndDateInclusive;
            }

            return Outcome<TimeEntryListQuery>.Ok(q);
        }

        if (state.Options.DefaultListWindow is { } window)
        {
            q.from = state.Now - window;
        }

        return Outcome<TimeEntryListQuery>.Ok(q);
    }

    /// <summary>Whether an entry of the user is listed; only <c>since</c> shows deleted entries (docs/toggl-api.md §6.1, §7.7).</summary>
    public bool Includes(SandboxTimeEntry e)
    {
        if (since is { } s)
        {
            return e.At >= s;
        }

        if (e.IsDeleted)
        {
            return false;
        }

        if (before is { } b && e.Start >= b)
        {
            return false;
        }

        if (from is { } f && e.Start < f)
        {
            return false;
        }

        if (to is { } t && (toInclusive ? e.Start > t : e.Start >= t))
        {
            return false;
        }

        return true;
    }
}
