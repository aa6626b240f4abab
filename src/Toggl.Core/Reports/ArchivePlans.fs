namespace Toggl.Core

open System

/// The archive as plans: months fetched through the detailed report (every page a step's follow-up) and stored
/// archived; a range read from the cache inside Toggl's window and from the archive beyond it.
[<RequireQualifiedAccess>]
module internal ArchivePlans =

    /// The cached tags of the workspace: the names of an archived entry's tag ids.
    let private tagRead (workspaceId: int64) =
        CacheRead.Resources(ResourceKind.Tag, ResourceRules.inWorkspace workspaceId)

    let private tagNames (answers: CacheAnswers) =
        answers.Resources
        |> Map.tryFind ResourceKind.Tag
        |> Option.defaultValue []
        |> List.map (fun row -> row.Id, row.Name)
        |> Map.ofList

    /// The step fetching one month of the detailed report and storing it archived.
    let fetchStep (workspaceId: int64) (names: Map<int64, string>) (month: DateOnly) =
        let first =
            ReportRequest.Detailed(workspaceId, ReportBody.between month (ArchiveRows.monthEnd month), None)

        ReportPlans.send first (ReportAnswer.Archive(first, { Month = month; TagNames = names }))

    let private fetched (outcomes: Outcome list) =
        outcomes
        |> List.choose (fun o ->
            match o with
            | Outcome.Report(ReportOutcome.Archived(month, entries, requests)) -> Some(month, entries, requests)
            | _ -> None)

    let private needsCache (endpoint: TrackerEndpoint) =
        if endpoint.Cache.IsNone then
            Error(TogglError.Validation ValidationError.NoCache)
        else
            Ok()

    /// Fetches the months again (an explicit re-fetch).
    let fetch (endpoint: TrackerEndpoint) (firstMonth: DateOnly) (lastMonth: DateOnly) : TogglCall<ArchiveFetch> =
        TogglCall.over endpoint (fun context ->
            needsCache endpoint
            |> Result.bind (fun () ->
                ReportRequests.validateDays firstMonth lastMonth
                |> Result.mapError TogglError.Validation)
            |> Result.map (fun (first, last) ->
                let months = ArchiveRows.months first last

                {
                    Reads = [ tagRead context.WorkspaceId ]
                    Compile =
                        fun answers ->
                            let names = tagNames answers

                            Ok
                                {
                                    Answers = answers
                                    Steps = months |> List.map (fetchStep context.WorkspaceId names)
                                    Finish =
                                        fun outcomes ->
                                            let done' = fetched outcomes

                                            Ok
                                                {
                                                    Months = done' |> List.map (fun (m, _, _) -> m)
                                                    Entries = done' |> List.sumBy (fun (_, e, _) -> e)
                                                    Requests = done' |> List.sumBy (fun (_, _, r) -> r)
                                                }
                                }
                }))

    /// The first day of Toggl's `GET me/time_entries` window: earlier days come from the archive.
    let windowStart (now: DateTimeOffset) = fst (TrackerRules.fullWindow now)

    /// The day of an entry's start in `zone`.
    let dayOf (zone: TimeZoneInfo) (tracker: TogglTracker) =
        DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(tracker.Start, zone).DateTime)

    /// The entries of the days: the window's from the cache, the earlier ones from the archive (one copy of an
    /// entry in both: the cache's), deleted ones left out, newest start first.
    let merge
        (zone: TimeZoneInfo)
        (windowStart: DateOnly)
        (startDate: DateOnly)
        (endDate: DateOnly)
        (cached: TogglTracker list)
        (archived: TogglTracker list)
        =
        let inDays (first: DateOnly) (last: DateOnly) (tracker: TogglTracker) =
            let day = dayOf zone tracker
            day >= first && day <= last

        let window = cached |> List.filter (inDays (max startDate windowStart) endDate)

        let ids = window |> List.map (fun t -> t.Id) |> Set.ofList

        let older =
            archived
            |> List.filter (fun t -> not (ids.Contains t.Id) && inDays startDate (windowStart.AddDays -1) t)

        window @ older
        |> List.filter (TogglTracker.isDeleted >> not)
        |> List.sortWith (fun a b ->
            match compare b.Start.UtcTicks a.Start.UtcTicks with
            | 0 -> compare b.Id a.Id
            | order -> order)

    /// The entries of the days; the archive's missing months fetched first.
    let range
        (endpoint: TrackerEndpoint)
        (zone: TimeZoneInfo)
        (startDate: DateOnly)
        (endDate: DateOnly)
        : TogglCall<ArchivedRange> =
        TogglCall.over endpoint (fun context ->
            needsCache endpoint
            |> Result.bind (fun () ->
                if isNull (box zone) then
                    Error(TogglError.Validation(ValidationError.InvalidArgument("zone", "must not be null")))
                else
                    ReportRequests.validateDays startDate endDate
                    |> Result.mapError TogglError.Validation)
            |> Result.map (fun (startDate, endDate) ->
                let windowStart = windowStart context.Now
                let archiveLast = min endDate (windowStart.AddDays -1)

                let needed =
                    if startDate <= archiveLast then
                        ArchiveRows.months startDate archiveLast
                    else
                        []

                // Wide by a day each side (time zones); `merge` keeps the exact days.
                let windowQueries: TogglQuery list =
                    [
                        {
                            Key = TrackerField.Start
                            Value = QueryValue.Day((max startDate windowStart).AddDays -1)
                            Comparison = Comparison.GreaterOrEqual
                        }
                        {
                            Key = TrackerField.Start
                            Value = QueryValue.Day(endDate.AddDays 2)
                            Comparison = Comparison.Less
                        }
                    ]

                let archiveRead =
                    match needed with
                    | [] -> []
                    | months -> [ CacheRead.Archived(List.head months, List.last months) ]

                {
                    Reads = [ CacheRead.ArchivedMonths; tagRead context.WorkspaceId ]
                    Compile =
                        fun answers ->
                            let archived = Set.ofList answers.ArchivedMonths
                            let missing = needed |> List.filter (archived.Contains >> not)
                            let names = tagNames answers

                            let read =
                                Step.ReadAgain(
                                    CacheRead.Matching windowQueries :: archiveRead,
                                    (fun again ->
                                        Outcome.Archived(
                                            merge zone windowStart startDate endDate again.Matching again.Archived
                                        )),
                                    "then cache: the window's entries and the archive's"
                                )

                            Ok
                                {
                                    Answers = answers
                                    Steps = (missing |> List.map (fetchStep context.WorkspaceId names)) @ [ read ]
                                    Finish =
                                        fun outcomes ->
                                            let trackers =
                                                outcomes
                                                |> List.tryPick (fun o ->
                                                    match o with
                                                    | Outcome.Archived trackers -> Some trackers
                                                    | _ -> None)
                                                |> Option.defaultValue []

                                            let done' = fetched outcomes

                                            Ok
                                                {
                                                    Trackers = trackers
                                                    Fetched = done' |> List.map (fun (m, _, _) -> m)
                                                    Requests = done' |> List.sumBy (fun (_, _, r) -> r)
                                                }
                                }
                }))
