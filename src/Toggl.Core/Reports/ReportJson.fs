namespace Toggl.Core

/// Decoders of the Reports API's answers (docs/toggl-api.md §9): tolerant like the resource decoders — absent or
/// `null` optional fields are `None`, unknown fields are ignored.
[<RequireQualifiedAccess>]
module internal ReportJson =

    let private int64s name =
        Decode.optionalField name (Decode.list (Decode.nullAs 0L Decode.int64))
        |> Decode.withDefault []

    let private detailedEntry: Decoder<DetailedTimeEntry> =
        decodeObject {
            let! id = Decode.field "id" Decode.int64
            let! seconds = Decode.optionalField "seconds" Decode.int64 |> Decode.withDefault 0L
            let! start = Decode.field "start" Decode.dateTimeOffset
            let! stop = Decode.optionalField "stop" Decode.dateTimeOffset
            let! at = Decode.optionalField "at" Decode.dateTimeOffset

            return
                {
                    Id = id
                    Seconds = seconds
                    Start = start
                    Stop = stop
                    At = at
                }
        }

    /// A row of a detailed report.
    let detailedRow: Decoder<DetailedRow> =
        decodeObject {
            let! userId = Decode.optionalField "user_id" Decode.int64 |> Decode.withDefault 0L
            let! username = Decode.optionalField "username" Decode.string
            let! projectId = Decode.optionalField "project_id" Decode.int64
            let! taskId = Decode.optionalField "task_id" Decode.int64
            let! billable = Decode.optionalField "billable" Decode.bool |> Decode.withDefault false
            let! description = Decode.optionalField "description" Decode.string

            let! tagIds =
                Decode.optionalField "tag_ids" (Decode.list Decode.int64)
                |> Decode.withDefault []

            let! amount = Decode.optionalField "billable_amount_in_cents" Decode.int64
            let! rate = Decode.optionalField "hourly_rate_in_cents" Decode.int64
            let! currency = Decode.optionalField "currency" Decode.string
            let! rowNumber = Decode.optionalField "row_number" Decode.int64

            let! entries =
                Decode.optionalField "time_entries" (Decode.list detailedEntry)
                |> Decode.withDefault []

            return
                {
                    UserId = userId
                    Username = username
                    ProjectId = projectId
                    TaskId = taskId
                    Billable = billable
                    Description = description
                    TagIds = tagIds
                    BillableAmountInCents = amount
                    HourlyRateInCents = rate
                    Currency = currency
                    RowNumber = rowNumber
                    TimeEntries = entries
                }
        }

    /// A detailed report's page (`null` is no rows).
    let detailedRows: Decoder<DetailedRow list> =
        Decode.list detailedRow |> Decode.nullAs []

    let private graphPoint: Decoder<TotalsGraphPoint> =
        decodeObject {
            let! seconds = Decode.optionalField "seconds" Decode.int64 |> Decode.withDefault 0L
            let! amount = Decode.optionalField "billable_amount_in_cents" Decode.int64

            return
                {
                    Seconds = seconds
                    BillableAmountInCents = amount
                }
        }

    /// `search/time_entries/totals`.
    let totals: Decoder<ReportTotals> =
        decodeObject {
            let! seconds = Decode.optionalField "seconds" Decode.int64 |> Decode.withDefault 0L
            let! amount = Decode.optionalField "billable_amount_in_cents" Decode.int64
            let! labour = Decode.optionalField "labour_cost_in_cents" Decode.int64
            let! days = Decode.optionalField "tracked_days" Decode.int
            let! resolution = Decode.optionalField "resolution" Decode.string
            let! graph = Decode.optionalField "graph" (Decode.list graphPoint) |> Decode.withDefault []

            return
                {
                    Seconds = seconds
                    BillableAmountInCents = amount
                    LabourCostInCents = labour
                    TrackedDays = days
                    Resolution = resolution
                    Graph = graph
                }
        }

    let private subGroup: Decoder<SummarySubGroup> =
        decodeObject {
            let! id = Decode.optionalField "id" Decode.int64
            let! title = Decode.optionalField "title" Decode.string
            let! seconds = Decode.optionalField "seconds" Decode.int64 |> Decode.withDefault 0L
            let! ids = int64s "ids"

            return
                {
                    Id = id
                    Title = title
                    Seconds = seconds
                    Ids = ids
                }
        }

    let private group: Decoder<SummaryGroup> =
        decodeObject {
            let! id = Decode.optionalField "id" Decode.int64

            let! subGroups =
                Decode.optionalField "sub_groups" (Decode.list subGroup)
                |> Decode.withDefault []

            return { Id = id; SubGroups = subGroups }
        }

    /// `summary/time_entries`.
    let summary: Decoder<SummaryReport> =
        decodeObject {
            let! groups = Decode.optionalField "groups" (Decode.list group) |> Decode.withDefault []
            return { Groups = groups }
        }

    /// One project summary: `tracked_seconds` in the list, `seconds` for one project.
    let projectSummary: Decoder<ProjectSummary> =
        decodeObject {
            let! projectId = Decode.optionalField "project_id" Decode.int64
            let! userId = Decode.optionalField "user_id" Decode.int64
            let! tracked = Decode.optionalField "tracked_seconds" Decode.int64
            let! seconds = Decode.optionalField "seconds" Decode.int64
            let! billable = Decode.optionalField "billable_seconds" Decode.int64

            return
                {
                    ProjectId = projectId
                    UserId = userId
                    TrackedSeconds = tracked |> Option.orElse seconds |> Option.defaultValue 0L
                    BillableSeconds = billable
                }
        }

    /// `projects/summary` (`null` is none).
    let projectSummaries: Decoder<ProjectSummary list> =
        Decode.list projectSummary |> Decode.nullAs []

    /// A weekly row.
    let weeklyRow: Decoder<WeeklyRow> =
        decodeObject {
            let! userId = Decode.optionalField "user_id" Decode.int64 |> Decode.withDefault 0L
            let! userName = Decode.optionalField "user_name" Decode.string
            let! projectId = Decode.optionalField "project_id" Decode.int64
            let! projectName = Decode.optionalField "project_name" Decode.string
            let! clientName = Decode.optionalField "client_name" Decode.string
            let! seconds = int64s "seconds"
            let! billableSeconds = int64s "billable_seconds"
            let! amounts = int64s "billable_amounts_in_cents"
            let! rate = Decode.optionalField "hourly_rate_in_cents" Decode.int64
            let! currency = Decode.optionalField "currency" Decode.string

            return
                {
                    UserId = userId
                    UserName = userName
                    ProjectId = projectId
                    ProjectName = projectName
                    ClientName = clientName
                    Seconds = seconds
                    BillableSeconds = billableSeconds
                    BillableAmountsInCents = amounts
                    HourlyRateInCents = rate
                    Currency = currency
                }
        }

    /// `weekly/time_entries` (`null` is none).
    let weeklyRows: Decoder<WeeklyRow list> = Decode.list weeklyRow |> Decode.nullAs []
