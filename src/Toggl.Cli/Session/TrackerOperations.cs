using Toggl.Cli.Infrastructure;
using Toggl.Cli.Time;

namespace Toggl.Cli.Session;

/// <summary>
/// The façade's operations as the commands use them, each with its plan (<see cref="TrackerEndpoint.Plan"/>,
/// same arguments) and, for the reads a later operation needs, what the cache answers with no request (what a
/// dry run goes on with). Writes go through <see cref="TogglSession.SendWriteAsync"/>, so a local failure after
/// Toggl accepted one says what Toggl has.
/// </summary>
internal sealed class TrackerOperations(TogglSession session, ITogglCache cache)
{
    private TrackerEndpoint Endpoint => session.Endpoint;

    /// <summary>The running entry: from the cache (the core syncs a stale one first) unless <paramref name="refresh"/>.</summary>
    public CliOperation<TogglTracker?> Current(bool refresh)
    {
        var ask = session.Refresh(refresh);
        return new()
        {
            Plan = ct => Endpoint.Plan.CurrentAsync(ask, ct),
            Run = ct => Endpoint.CurrentAsync(ask, ct),
            MayLoad = !ask,
            Answer = "the running entry",
            FromCache = ask ? null : CachedRunningAsync,
        };
    }

    /// <summary>
    /// The entries that started in [<paramref name="start"/>, <paramref name="end"/>), newest first: the core's
    /// query (Toggl's <c>start_date ≤ start &lt; end_date</c>, docs/toggl-api.md §6.1), from the cache unless <paramref name="refresh"/>.
    /// </summary>
    public CliOperation<IReadOnlyList<TogglTracker>> Collect(DateTimeOffset start, DateTimeOffset end, bool refresh)
    {
        var ask = session.Refresh(refresh);
        return new()
        {
            Plan = ct => Endpoint.Plan.CollectAsync(startDate: start, endDate: end, refresh: ask, cancellationToken: ct),
            Run = ct => Endpoint.CollectAsync(startDate: start, endDate: end, refresh: ask, cancellationToken: ct),
            MayLoad = !ask,
            Answer = "the entries in the range",
            FromCache = ask ? null : async ct => Known(await cache.QueryAsync(
                [new TogglQuery(TrackerField.Start, start, Comparison.GreaterThanOrEqual), new TogglQuery(TrackerField.Start, end, Comparison.LessThan)],
                ct)),
        };
    }

    /// <summary>The entry that started last, or null when there is none: the newest of the cache (synced first when stale).</summary>
    public CliOperation<TogglTracker?> Latest()
    {
        var ask = session.Refresh(false);
        return new()
        {
            Plan = ct => Endpoint.Plan.CollectAsync(refresh: ask, cancellationToken: ct),
            Run = async ct => (await Endpoint.CollectAsync(refresh: ask, cancellationToken: ct)).FirstOrDefault(),
            MayLoad = !ask,
            Answer = "the latest entry",
            FromCache = ask ? null : async ct => Known((await cache.LoadAsync(ct)).FirstOrDefault()),
        };
    }

    /// <summary>One entry: its cached copy unless <paramref name="refresh"/>, else Toggl's.</summary>
    public CliOperation<TogglTracker?> Get(long id, bool refresh) => new()
    {
        Plan = ct => Endpoint.Plan.GetAsync(id, refresh, ct),
        Run = ct => Endpoint.GetAsync(id, refresh, ct),
        Answer = $"entry {id}",
        FromCache = refresh ? null : async ct =>
        {
            // A copy the cache does not hold is Toggl's to give (or to say it does not exist).
            var found = await cache.FindAsync(id, ct);
            return (found is not null, found);
        },
    };

    /// <summary>Brings the cache up to date (one request).</summary>
    public CliOperation<SyncResult> Sync() => new()
    {
        Plan = ct => Endpoint.Plan.SyncAsync(ct),
        Run = ct => Endpoint.SyncAsync(ct),
        MayLoad = true,
    };

    /// <summary>
    /// What is known without Toggl, as an operation: its plan is one line saying so (<paramref name="why"/>), its
    /// run answers <paramref name="value"/>. For a command that has nothing to send (a range with no entries).
    /// </summary>
    public static CliOperation<T> Answered<T>(string why, T value) => new()
    {
        Plan = _ => Task.FromResult(new TogglPlan([new TogglPlanStep(TogglPlanStepKind.CacheRead, why, null)])),
        Run = _ => Task.FromResult(value),
    };

    /// <summary>Starts an entry (Toggl stops the one running), or adds a finished one (<paramref name="verb"/> "Added").</summary>
    public CliOperation<TogglTracker> Add(TrackerBody body, string verb = "Started") => new()
    {
        Plan = ct => Endpoint.Plan.AddAsync(body, ct),
        Run = ct => session.SendWriteAsync(
            LocalWriteFailure.Change(verb, body.Description), null, () => Endpoint.AddAsync(body, ct), t => session.Accepted(verb, t)),
    };

    /// <summary>Stops a running entry now, or at <paramref name="at"/> (an edit of its stop); null when Toggl had it stopped already.</summary>
    public CliOperation<TogglTracker?> Stop(TogglTracker running, DateTimeOffset? at)
    {
        var change = LocalWriteFailure.Change("Stopped", running.Description);
        if (at is not { } stopAt)
        {
            return new()
            {
                Plan = ct => Endpoint.Plan.StopAsync(running.Id, ct),
                Run = ct => session.SendWriteAsync(
                    change, running.Id, () => Endpoint.StopAsync(running.Id, ct), t => t is null ? null : session.Accepted("Stopped", t)),
            };
        }

        if (stopAt <= running.Start)
        {
            throw CliException.BadArguments(
                $"the running entry started at {Display.LocalTime(running.Start, session.Context.TimeZone)}; it cannot stop at or before that");
        }

        var body = new TrackerBody { Stop = stopAt };
        return new()
        {
            Plan = ct => Endpoint.Plan.EditAsync(running.Id, body, cancellationToken: ct),
            Run = async ct => (TogglTracker?)await session.SendWriteAsync(
                change, running.Id, () => Endpoint.EditAsync(running.Id, body, cancellationToken: ct)),
        };
    }

    /// <summary>Changes the fields <paramref name="body"/> sets.</summary>
    public CliOperation<TogglTracker> Edit(long id, TrackerBody body) => new()
    {
        Plan = ct => Endpoint.Plan.EditAsync(id, body, cancellationToken: ct),
        Run = ct => session.SendWriteAsync("Changed the time entry", id, () => Endpoint.EditAsync(id, body, cancellationToken: ct)),
    };

    /// <summary>One change to many entries, 100 per request, with progress shown.</summary>
    public CliOperation<Edits> BulkEdit(IReadOnlyList<long> ids, TrackerBody body) => new()
    {
        Plan = ct => Endpoint.Plan.BulkEditAsync(ids, body, ct),
        Run = ct => ProgressDisplay.RunAsync(
            session.Context,
            $"Editing {ids.Count} entries",
            ids.Count,
            progress => session.SendWriteAsync(
                $"Sent the change of {ids.Count} time entries (some or all applied)",
                null,
                () => Endpoint.BulkEditAsync(ids, body, progress, ct),
                edits => edits.Successes.Count == 0 ? null : $"Changed {edits.Successes.Count} of {ids.Count} time entries")),
    };

    /// <summary>Deletes an entry; one Toggl does not know is exit code 3.</summary>
    public CliOperation<long> Delete(long id) => new()
    {
        Plan = ct => Endpoint.Plan.DeleteAsync(id, ct),
        Run = async ct =>
        {
            try
            {
                return await session.SendWriteAsync("Deleted the time entry", id, async () =>
                {
                    await Endpoint.DeleteAsync(id, ct);
                    return id;
                });
            }
            catch (TogglApiException e) when (e.StatusCode == 404)
            {
                throw CliException.NotFound($"no time entry {CommandLine.EntryIds.Show(id)}");
            }
        },
    };

    /// <summary>
    /// The running entry as the cache holds it, with no request; unknown before the first sync. Of several
    /// that claim to run (writers raced), the newest, as Toggl keeps.
    /// </summary>
    private async Task<(bool Known, TogglTracker? Value)> CachedRunningAsync(CancellationToken cancellationToken)
    {
        if (!session.IsSynced)
        {
            return (false, null);
        }

        var running = await cache.QueryAsync([new TogglQuery(TrackerField.Stop, null)], cancellationToken);
        return (true, running.OrderByDescending(t => t.Start).ThenByDescending(t => t.Id).FirstOrDefault());
    }

    /// <summary>What the cache holds is known once it was synced (before, "nothing" is no answer).</summary>
    private (bool Known, T Value) Known<T>(T value) => (session.IsSynced, value);
}
