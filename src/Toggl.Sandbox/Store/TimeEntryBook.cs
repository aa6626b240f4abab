using Toggl.Sandbox.Json;

namespace Toggl.Sandbox.Store;

/// <summary>The outcome of a create: the stored entry, and whether the answer must show the
/// zero-length form <c>stop:null, duration:0</c> (docs/toggl-api.md §6.4).</summary>
internal sealed record CreatedEntry(SandboxTimeEntry Entry, bool ShowsZeroLength);

/// <summary>
/// Time entry rules of docs/toggl-api.md §6–§7: one running entry per user, duration/stop coupling,
/// soft delete, tags by name. Every method expects the caller to hold <see cref="SandboxStore.Gate"/>.
/// </summary>
internal sealed class TimeEntryBook(SandboxStore store)
{
    private SandboxIdentity Me => store.Identity;

    /// <summary>POST /workspaces/{wid}/time_entries (docs/toggl-api.md §6.4).</summary>
    public Outcome<CreatedEntry> Create(long workspaceId, TimeEntryPayload p, bool requireCreatedWith, DateTimeOffset now)
    {
        if (p.UserId.Value is { } uid && uid != Me.UserId)
        {
            return ApiError.NoAccess;
        }

        // Recorded: an empty created_with is accepted; only a missing one is refused, and only on request (docs/toggl-api.md §10.5).
        if (requireCreatedWith && p.CreatedWith.Value is null)
        {
            return ApiError.BadRequest(TogglTexts.CreatedWithRequired);
        }

        if (p.Start.Value is not { } rawStart)
        {
            return ApiError.BadRequest(TogglTexts.StartRequired);
        }

        var start = WithDate(TogglTime.TruncateToSeconds(rawStart), p.StartDate.Value);
        if (start.Year is < 2006 or > 2030)
        {
            return ApiError.BadRequest(TogglTexts.StartYear);
        }

        DateTimeOffset? stop;
        long duration;
        var zeroLength = false;
        if (StopAndDuration(start, p.Stop.Value, p.Duration.Value) is { } given)
        {
            if (given.Error is { } timeError)
            {
                return timeError;
            }

            (stop, duration) = given.Value;
        }
        else
        {
            // Recorded: answered as stop:null, duration:0 but stored stopped with stop == start (docs/toggl-api.md §6.4).
            stop = start;
            duration = 0;
            zeroLength = true;
        }

        var project = CheckProject(workspaceId, p.ProjectId.Value);
        if (project.Error is { } projectError)
        {
            return projectError;
        }

        var tagIds = new List<long>();
        var tagsOutcome = ApplyTags(workspaceId, tagIds, [new TagChange(TagMode.Replace, (IReadOnlyList<string>?)p.Tags.Value ?? [], (IReadOnlyList<long>?)p.TagIds.Value ?? [])], dryRun: true, now);
        if (tagsOutcome is not null)
        {
            return tagsOutcome;
        }

        ApplyTags(workspaceId, tagIds, [new TagChange(TagMode.Replace, (IReadOnlyList<string>?)p.Tags.Value ?? [], (IReadOnlyList<long>?)p.TagIds.Value ?? [])], dryRun: false, now);
        var at = TogglTime.TruncateToMicroseconds(now);
        if (stop is null)
        {
            StopRunning(now);
        }

        var entry = new SandboxTimeEntry(
            store.NewEntryId(),
            workspaceId,
            project.Value,
            NoneIfZero(p.TaskId.Value),
            p.Billable.Present && p.Billable.Value,
            start,
            stop,
            duration,
            p.Description.Value,
            tagIds,
            at,
            null,
            Me.UserId,
            (IReadOnlyList<long>?)p.SharedWithUserIds.Value ?? []);
        store.Put(entry);
        return Outcome<CreatedEntry>.Ok(new CreatedEntry(entry, zeroLength));
    }

    /// <summary>A live (not deleted) entry of the user in the workspace, or null.</summary>
    public SandboxTimeEntry? Live(long workspaceId, long id)
    {
        var e = store.Entry(id);
        return e is null || e.IsDeleted || e.UserId != Me.UserId || e.WorkspaceId != workspaceId ? null : e;
    }

    /// <summary>PUT /workspaces/{wid}/time_entries/{id} (docs/toggl-api.md §6.5).</summary>
    public Outcome<SandboxTimeEntry> Update(long workspaceId, long id, EntryEdit edit, DateTimeOffset now)
    {
        if (Live(workspaceId, id) is not { } e)
        {
            return ApiError.NotFound(TogglTexts.TimeEntryNotFound);
        }

        return Apply(e, edit, now);
    }

    /// <summary>Applies an edit to a live entry: validates everything first, then writes (tags are created last).</summary>
    public Outcome<SandboxTimeEntry> Apply(SandboxTimeEntry e, EntryEdit edit, DateTimeOffset now)
    {
        if (edit.UserId.Value is { } uid && uid != Me.UserId)
        {
            return ApiError.NoAccess;
        }

        var times = ApplyTimes(e, edit);
        if (times.Error is { } timeError)
        {
            return timeError;
        }

        var (start, stop, duration) = times.Value;
        var projectId = e.ProjectId;
        if (edit.ProjectId.Present)
        {
            var project = CheckProject(e.WorkspaceId, edit.ProjectId.Value);
            if (project.Error is { } projectError)
            {
                return projectError;
            }

            projectId = project.Value;
        }

        var tagIds = e.TagIds.ToList();
        if (ApplyTags(e.WorkspaceId, tagIds.ToList(), edit.TagChanges, dryRun: true, now) is { } tagError)
        {
            return tagError;
        }

        ApplyTags(e.WorkspaceId, tagIds, edit.TagChanges, dryRun: false, now);
        if (stop is null && !e.IsRunning)
        {
            StopRunning(now);
        }

        var updated = e with
        {
            Start = start,
            Stop = stop,
            Duration = duration,
            ProjectId = projectId,
            TaskId = edit.TaskId.Present ? NoneIfZero(edit.TaskId.Value) : e.TaskId,
            Description = edit.Description.Present ? edit.Description.Value : e.Description,
            Billable = edit.Billable.Present ? edit.Billable.Value : e.Billable,
            TagIds = tagIds,
            SharedWithUserIds = edit.SharedWithUserIds.Present ? (IReadOnlyList<long>?)edit.SharedWithUserIds.Value ?? [] : e.SharedWithUserIds,
            At = TogglTime.TruncateToMicroseconds(now),
        };
        store.Put(updated);
        return Outcome<SandboxTimeEntry>.Ok(updated);
    }

    /// <summary>PATCH …/{id}/stop (docs/toggl-api.md §6.7): stop = server now; 409 when already stopped, 404 when unknown.</summary>
    public Outcome<SandboxTimeEntry> Stop(long workspaceId, long id, DateTimeOffset now)
    {
        if (Live(workspaceId, id) is not { } e)
        {
            return ApiError.NotFound(TogglTexts.TimeEntryNotFound);
        }

        if (!e.IsRunning)
        {
            return new ApiError(409, TogglTexts.AlreadyStopped);
        }

        var stopped = StopAt(e, now);
        store.Put(stopped);
        return Outcome<SandboxTimeEntry>.Ok(stopped);
    }

    /// <summary>DELETE (docs/toggl-api.md §6.8): a soft delete that sets server_deleted_at and at.</summary>
    public Outcome<SandboxTimeEntry> Delete(long workspaceId, long id, DateTimeOffset now)
    {
        if (Live(workspaceId, id) is not { } e)
        {
            return ApiError.NotFound(TogglTexts.TimeEntryNotFound);
        }

        var at = TogglTime.TruncateToMicroseconds(now);
        var deleted = e with { ServerDeletedAt = TogglTime.TruncateToSeconds(now), At = at };
        store.Put(deleted);
        return Outcome<SandboxTimeEntry>.Ok(deleted);
    }

    /// <summary>Stops the running entry, if any, at server now (docs/toggl-api.md §7.1: not at the new entry's start).</summary>
    public void StopRunning(DateTimeOffset now)
    {
        if (store.Running is { } running)
        {
            store.Put(StopAt(running, now));
        }
    }

    private static SandboxTimeEntry StopAt(SandboxTimeEntry e, DateTimeOffset now)
    {
        var stop = TogglTime.TruncateToSeconds(now);
        if (stop < e.Start)
        {
            stop = e.Start;
        }

        return e with { Stop = stop, Duration = Seconds(stop - e.Start), At = TogglTime.TruncateToMicroseconds(now) };
    }

    /// <summary>
    /// Start/stop/duration coupling on update (docs/toggl-api.md §6.5, uncertain, our rule): keep duration = stop − start for
    /// stopped entries; a new start keeps the stop if one is given, else keeps the duration; a stop
    /// stops a running entry; a negative duration (or stop:null) makes it run again.
    /// </summary>
    private static Outcome<(DateTimeOffset Start, DateTimeOffset? Stop, long Duration)> ApplyTimes(SandboxTimeEntry e, EntryEdit edit)
    {
        var start = e.Start;
        if (edit.Start.Present)
        {
            if (edit.Start.Value is not { } s)
            {
                return ApiError.BadRequest(TogglTexts.StartRequired);
            }

            start = TogglTime.TruncateToSeconds(s);
        }

        start = WithDate(start, edit.StartDate.Value);
        if (start.Year is < 2006 or > 2030)
        {
            return ApiError.BadRequest(TogglTexts.StartYear);
        }

        DateTimeOffset? stop;
        long duration;
        if (StopAndDuration(start, edit.Stop.Value, edit.Duration.Value) is { } given)
        {
            if (given.Error is { } timeError)
            {
                return timeError;
            }

            (stop, duration) = given.Value;
        }
        else if (edit.Stop.Present)
        {
            stop = null;
            duration = e.IsRunning ? e.Duration : -1;
        }
        else if (e.IsRunning)
        {
            stop = null;
            duration = e.Duration;
        }
        else
        {
            if (!TryStop(start, e.Duration, out stop))
            {
                return ApiError.BadRequest(TogglTexts.DurationOutOfRange);
            }

            duration = e.Duration;
        }

        return Outcome<(DateTimeOffset, DateTimeOffset?, long)>.Ok((start, stop, duration));
    }

    /// <summary>
    /// Stop and duration from the stop or duration a body gives, the same for a create and an update; null when
    /// it gives neither. With both, stop wins: the duration is derived, keeping stop = start + duration. A negative
    /// duration means running and is stored and echoed as sent (docs/toggl-api.md §7.2).
    /// </summary>
    private static Outcome<(DateTimeOffset? Stop, long Duration)>? StopAndDuration(DateTimeOffset start, DateTimeOffset? rawStop, long? rawDuration)
    {
        if (rawStop is { } given)
        {
            var stop = TogglTime.TruncateToSeconds(given);
            if (stop < start)
            {
                return ApiError.BadRequest(TogglTexts.StopBeforeStart);
            }

            var derived = Seconds(stop - start);
            return CheckDuration(start, derived) is { } tooLong
                ? tooLong
                : Outcome<(DateTimeOffset? Stop, long Duration)>.Ok((stop, derived));
        }

        if (rawDuration is { } duration)
        {
            if (CheckDuration(start, duration) is { } badDuration)
            {
                return badDuration;
            }

            return TryStop(start, duration, out var stop)
                ? Outcome<(DateTimeOffset? Stop, long Duration)>.Ok((stop, duration))
                : ApiError.BadRequest(TogglTexts.DurationOutOfRange);
        }

        return null;
    }

    private Outcome<long?> CheckProject(long workspaceId, long? projectId)
    {
        var id = NoneIfZero(projectId);
        if (id is { } pid && (store.Project(pid) is not { } project || project.WorkspaceId != workspaceId))
        {
            return ApiError.BadRequest(TogglTexts.CannotAccessProject);
        }

        return Outcome<long?>.Ok(id);
    }

    /// <summary>
    /// Applies tag changes to <paramref name="tagIds"/>. Unknown names create tags (docs/toggl-api.md §8.5) unless
    /// <paramref name="dryRun"/>, which only validates, so that a refused request creates nothing.
    /// </summary>
    public ApiError? ApplyTags(long workspaceId, List<long> tagIds, IEnumerable<TagChange> changes, bool dryRun, DateTimeOffset now)
    {
        foreach (var change in changes)
        {
            var ids = new List<long>();
            foreach (var tid in change.Ids)
            {
                if (store.Tag(tid) is not { } t || t.WorkspaceId != workspaceId)
                {
                    return ApiError.BadRequest(TogglTexts.InvalidTagIds);
                }

                ids.Add(tid);
            }

            foreach (var raw in change.Names)
            {
                var name = raw.Trim();
                if (name.Length == 0)
                {
                    return ApiError.BadRequest(TogglTexts.TagNameBlank);
                }

                if (store.TagByName(workspaceId, name) is { } existing)
                {
                    ids.Add(existing.Id);
                }
                else if (change.Mode != TagMode.Remove && !dryRun)
                {
                    var created = new SandboxTag(store.NewTagId(), workspaceId, name, Me.UserId, TogglTime.TruncateToMicroseconds(now));
                    store.Put(created);
                    ids.Add(created.Id);
                }
            }

            switch (change.Mode)
            {
                case TagMode.Replace:
                    tagIds.Clear();
                    tagIds.AddRange(ids.Distinct());
                    break;
                case TagMode.Add:
                    tagIds.AddRange(ids.Where(i => !tagIds.Contains(i)).Distinct());
                    break;
                case TagMode.Remove:
                    tagIds.RemoveAll(ids.Contains);
                    break;
            }
        }

        return null;
    }

    private static DateTimeOffset WithDate(DateTimeOffset start, DateOnly? date) =>
        date is { } d ? new DateTimeOffset(d.ToDateTime(TimeOnly.FromTimeSpan(start.UtcDateTime.TimeOfDay)), TimeSpan.Zero) : start;

    private static long? NoneIfZero(long? id) => id is 0 ? null : id;

    /// <summary>The longest duration accepted, 999:59:59 (sandbox rule, see <see cref="TogglTexts.DurationTooLong"/>).</summary>
    public const long MaxDurationSeconds = (1000L * 3600) - 1;

    /// <summary>How far a running marker may be from −start: clients send −(their now) as well (docs/toggl-api.md §7.2, recorded 400 s off).</summary>
    private const long RunningMarkerSlackSeconds = 86_400;

    /// <summary>
    /// Refuses durations no client should read back: 1000 hours or more, or negative other than the running
    /// markers −1 and about −start (docs/toggl-api.md §7.2), so that every stored entry stays representable.
    /// </summary>
    private static ApiError? CheckDuration(DateTimeOffset start, long duration)
    {
        if (duration > MaxDurationSeconds)
        {
            return ApiError.BadRequest(TogglTexts.DurationTooLong);
        }

        if (duration < -1)
        {
            // Compared as bounds on the duration, so that no negation overflows (long.MinValue).
            var epoch = start.ToUnixTimeSeconds();
            if (duration < -(epoch + RunningMarkerSlackSeconds) || duration > -(epoch - RunningMarkerSlackSeconds))
            {
                return ApiError.BadRequest(TogglTexts.RunningDuration);
            }
        }

        return null;
    }

    /// <summary>stop = start + duration for a non-negative duration, null (running) for a negative one.</summary>
    private static bool TryStop(DateTimeOffset start, long duration, out DateTimeOffset? stop)
    {
        stop = null;
        if (duration < 0)
        {
            return true;
        }

        if (duration > (DateTimeOffset.MaxValue - start).TotalSeconds - 1)
        {
            return false;
        }

        stop = start.AddSeconds(duration);
        return true;
    }

    private static long Seconds(TimeSpan span) => (long)span.TotalSeconds;
}
