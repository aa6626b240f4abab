namespace Toggl.Core

open System

/// Detailed-report rows as trackers (the archive keeps them as the cache keeps synced entries).
[<RequireQualifiedAccess>]
module internal ArchiveRows =

    /// The first day of the month of `day`.
    let monthOf (day: DateOnly) = DateOnly(day.Year, day.Month, 1)

    /// The last day of the month starting on `month`.
    let monthEnd (month: DateOnly) = month.AddMonths(1).AddDays(-1)

    /// The months (first days) from the month of `first` to the month of `last`.
    let months (first: DateOnly) (last: DateOnly) =
        let last = monthOf last

        List.unfold
            (fun (month: DateOnly) ->
                if month > last then
                    None
                else
                    Some(month, month.AddMonths 1))
            (monthOf first)

    /// Every time entry of the rows as a tracker of `workspaceId`: ids, start and stop with Toggl's offsets,
    /// seconds, project, task, billable, description and tags (names from `tagNames`; an unknown id keeps its
    /// id without a name).
    let toTrackers (workspaceId: int64) (tagNames: Map<int64, string>) (rows: DetailedRow list) : TogglTracker list =
        [
            for row in rows do
                for entry in row.TimeEntries ->
                    {
                        Id = entry.Id
                        WorkspaceId = workspaceId
                        Description = row.Description |> Option.filter (String.IsNullOrEmpty >> not)
                        Start = entry.Start
                        Stop = entry.Stop
                        Duration =
                            match entry.Stop with
                            | Some _ -> entry.Seconds
                            // Toggl's running form: minus the start's Unix time (docs/toggl-api.md §7.2).
                            | None -> -entry.Start.ToUnixTimeSeconds()
                        ProjectId = row.ProjectId
                        TaskId = row.TaskId
                        Tags = row.TagIds |> List.choose (fun id -> tagNames |> Map.tryFind id)
                        TagIds = row.TagIds
                        Billable = row.Billable
                        UserId = row.UserId
                        At = entry.At |> Option.defaultValue entry.Start
                        ServerDeletedAt = None
                    }
        ]
