namespace Toggl.Core

open System
open System.Globalization

/// The pure computation of local reports: entries in, groups out, to the second.
[<RequireQualifiedAccess>]
module internal LocalReportRules =

    let private noProject = "(no project)"
    let private noClient = "(no client)"
    let private noTag = "(no tag)"
    let private noDescription = "(no description)"

    /// The whole seconds an entry counts: its duration, or up to `now` while it runs (never negative).
    let seconds (now: DateTimeOffset) (tracker: TogglTracker) =
        if TogglTracker.isRunning tracker then
            max 0L (int64 (now - tracker.Start).TotalSeconds)
        else
            max 0L tracker.Duration

    let private local (zone: TimeZoneInfo) (tracker: TogglTracker) =
        TimeZoneInfo.ConvertTime(tracker.Start, zone).DateTime

    let private named (names: Map<int64, string>) (what: string) (id: int64) =
        names |> Map.tryFind id |> Option.defaultValue $"{what} {string id}"

    /// The groups an entry counts in: one, except by tag (one per tag).
    let keys
        (by: LocalGrouping)
        (zone: TimeZoneInfo)
        (names: ReportNames)
        (tracker: TogglTracker)
        : (string * int64 option) list =
        match by with
        | LocalGrouping.Project ->
            match tracker.ProjectId with
            | Some id -> [ named names.Projects "project" id, Some id ]
            | None -> [ noProject, None ]
        | LocalGrouping.Client ->
            match
                tracker.ProjectId
                |> Option.bind (fun p -> names.ProjectClients |> Map.tryFind p)
            with
            | Some id -> [ named names.Clients "client" id, Some id ]
            | None -> [ noClient, None ]
        | LocalGrouping.TagName ->
            let byId =
                tracker.TagIds
                |> List.distinct
                |> List.map (fun id -> named names.Tags "tag" id, Some id)

            match byId with
            | [] ->
                // Names without ids (ids not known yet): grouped by name.
                match tracker.Tags |> List.filter (String.IsNullOrWhiteSpace >> not) |> List.distinct with
                | [] -> [ noTag, None ]
                | tags -> tags |> List.map (fun tag -> tag, None)
            | tags -> tags
        | LocalGrouping.Description ->
            match tracker.Description with
            | Some description when not (String.IsNullOrWhiteSpace description) -> [ description, None ]
            | _ -> [ noDescription, None ]
        | LocalGrouping.Day ->
            [
                (local zone tracker).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), None
            ]
        | LocalGrouping.Week ->
            let day = local zone tracker

            [
                ISOWeek.GetYear(day).ToString("D4", CultureInfo.InvariantCulture)
                + "-W"
                + ISOWeek.GetWeekOfYear(day).ToString("D2", CultureInfo.InvariantCulture),
                None
            ]
        | LocalGrouping.Month -> [ (local zone tracker).ToString("yyyy-MM", CultureInfo.InvariantCulture), None ]

    /// The report of the entries (deleted ones left out).
    let compute
        (by: LocalGrouping)
        (zone: TimeZoneInfo)
        (names: ReportNames)
        (now: DateTimeOffset)
        (trackers: TogglTracker seq)
        : LocalReport =
        let entries = trackers |> Seq.filter (TogglTracker.isDeleted >> not) |> List.ofSeq

        let rows =
            entries
            |> List.collect (fun t -> keys by zone names t |> List.map (fun key -> key, seconds now t))
            |> List.groupBy fst
            |> List.map (fun ((key, id), items) ->
                {
                    Key = key
                    Id = id
                    Seconds = items |> List.sumBy snd
                    Entries = items.Length
                })

        let ordered =
            match by with
            | LocalGrouping.Day
            | LocalGrouping.Week
            | LocalGrouping.Month -> rows |> List.sortBy (fun r -> r.Key)
            | LocalGrouping.Project
            | LocalGrouping.Client
            | LocalGrouping.TagName
            | LocalGrouping.Description -> rows |> List.sortBy (fun r -> -r.Seconds, r.Key, r.Id)

        {
            By = by
            Rows = ordered
            TotalSeconds = entries |> List.sumBy (seconds now)
            Entries = entries.Length
        }
