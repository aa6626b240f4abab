namespace Toggl.Core

open System

/// Toggl keeps one running entry per user: creating a running entry stops the one that ran, at the
/// server's time of the create (docs/toggl-api.md §6.4: `stop = server now`, not the new entry's start),
/// which is the new entry's `at` in whole seconds. The cache must say the same, whoever wrote it and in
/// which order.
[<RequireQualifiedAccess>]
module internal Running =

    /// The tracker stopped at `stopAt` (never before its own start), with the matching duration in whole
    /// seconds; every other field is kept.
    let stoppedAt (stopAt: DateTimeOffset) (tracker: TogglTracker) : TogglTracker =
        let stopAt = max stopAt tracker.Start

        { tracker with
            Stop = Some stopAt
            Duration = int64 (Math.Floor (stopAt - tracker.Start).TotalSeconds)
        }

    /// When Toggl stopped the entries `started` took over from: its creation (`at`), in whole seconds.
    let stopOf (started: TogglTracker) : DateTimeOffset =
        DateTimeOffset.FromUnixTimeSeconds(started.At.ToUnixTimeSeconds())

    /// The order in which entries took over: the later start, then (for equal starts) the larger id,
    /// which Toggl gives to the later create.
    let private order (tracker: TogglTracker) = tracker.Start, tracker.Id

    /// The running trackers that starting `started` stops, stopped when it was created: those of its user,
    /// other than itself, that run and started before it. Nothing when `started` does not run itself.
    let supersededBy (started: TogglTracker) (cached: TogglTracker list) : TogglTracker list =
        if not (TogglTracker.isRunning started) then
            []
        else
            cached
            |> List.filter (fun t ->
                t.Id <> started.Id
                && t.UserId = started.UserId
                && TogglTracker.isRunning t
                && order t < order started)
            |> List.map (stoppedAt (stopOf started))

    /// At most one running tracker per user: of the trackers that claim to run, the newest (latest start,
    /// then largest id) of each user keeps running; each older one is returned stopped when the next newer
    /// one of its user was created (its `at`), as Toggl stopped it. Only the corrected trackers are returned.
    let settle (trackers: TogglTracker list) : TogglTracker list =
        trackers
        |> List.filter TogglTracker.isRunning
        |> List.groupBy (fun t -> t.UserId)
        |> List.collect (fun (_, running) ->
            running
            |> List.sortByDescending order
            |> List.pairwise
            |> List.map (fun (newer, older) -> stoppedAt (stopOf newer) older))

    /// The trackers with the corrections of `settle` applied, in the same order.
    let apply (corrections: TogglTracker list) (trackers: TogglTracker list) : TogglTracker list =
        if corrections.IsEmpty then
            trackers
        else
            let byId = corrections |> List.map (fun t -> t.Id, t) |> Map.ofList

            trackers
            |> List.map (fun t -> byId |> Map.tryFind t.Id |> Option.defaultValue t)

    /// The one running tracker among those that claim to run: the latest start, ties by the larger id.
    let newest (trackers: TogglTracker list) : TogglTracker option =
        trackers
        |> List.filter TogglTracker.isRunning
        |> List.sortByDescending order
        |> List.tryHead
