namespace Toggl.Core

open System

/// An id filter of a report body (docs/toggl-api.md §9). `Ids = []` without `Without` is sent as `[]`, which
/// Toggl reads as no filter; `Without` adds `null` to the list: entries without one (e.g. without a project).
type IdFilter =
    {
        /// The ids to keep.
        Ids: int64 list
        /// Also keep entries without one (`null` in the list).
        Without: bool
    }

/// Id filters.
[<RequireQualifiedAccess>]
module IdFilter =

    /// Entries with one of these ids.
    let ofIds (ids: int64 seq) =
        {
            Ids = List.ofSeq ids
            Without = false
        }

    /// `[null]`: entries without one.
    let without = { Ids = []; Without = true }

    /// `[]`: sent, and read by Toggl as no filter.
    let empty = { Ids = []; Without = false }

/// What a summary report groups by (`grouping`).
[<RequireQualifiedAccess>]
type SummaryGrouping =
    /// `projects`
    | Projects
    /// `users`
    | Users
    /// `clients`
    | Clients

/// What a summary report's groups are split into (`sub_grouping`).
[<RequireQualifiedAccess>]
type SummarySubGrouping =
    /// `time_entries`
    | TimeEntries
    /// `users`
    | Users
    /// `clients`
    | Clients
    /// `projects`
    | Projects
    /// `tasks`
    | Tasks

/// How a detailed report is ordered (`order_by`).
[<RequireQualifiedAccess>]
type ReportOrderBy =
    /// `date`
    | Date
    /// `user`
    | User
    /// `duration`
    | Duration
    /// `description`
    | Description
    /// `last_update`
    | LastUpdate

/// The direction of `order_by` (`order_dir`).
[<RequireQualifiedAccess>]
type ReportOrderDir =
    /// `ASC`
    | Asc
    /// `DESC`
    | Desc

/// The filters and options of a report request (docs/toggl-api.md §9). Only what is `Some` is sent.
type ReportBody =
    {
        /// `start_date` (the user's days).
        StartDate: DateOnly option
        /// `end_date`, not before `start_date`.
        EndDate: DateOnly option
        /// `user_ids`
        UserIds: IdFilter option
        /// `project_ids`
        ProjectIds: IdFilter option
        /// `client_ids`
        ClientIds: IdFilter option
        /// `tag_ids`
        TagIds: IdFilter option
        /// `task_ids`
        TaskIds: IdFilter option
        /// `group_ids`
        GroupIds: IdFilter option
        /// `time_entry_ids`
        TimeEntryIds: IdFilter option
        /// `description`
        Description: string option
        /// `billable`
        Billable: bool option
        /// `min_duration_seconds` (not negative).
        MinDurationSeconds: int64 option
        /// `max_duration_seconds` (not negative, not below the minimum).
        MaxDurationSeconds: int64 option
        /// `rounding`: 0 nearest, 1 up, −1 down.
        Rounding: int option
        /// `rounding_minutes`: one of 0, 1, 5, 6, 10, 12, 15, 30, 60, 240.
        RoundingMinutes: int option
        /// `grouping` (summary).
        Grouping: SummaryGrouping option
        /// `sub_grouping` (summary).
        SubGrouping: SummarySubGrouping option
        /// `order_by` (detailed).
        OrderBy: ReportOrderBy option
        /// `order_dir` (detailed).
        OrderDir: ReportOrderDir option
        /// `page_size` (detailed): 1 to `ReportBody.MaxPageSize`.
        PageSize: int option
        /// `grouped` (detailed).
        Grouped: bool option
        /// `include_time_entry_ids` (summary).
        IncludeTimeEntryIds: bool option
        /// `hide_amounts` (detailed).
        HideAmounts: bool option
        /// `enrich_response` (detailed).
        EnrichResponse: bool option
    }

/// The cursor of a detailed report's next page: Toggl's `X-Next-ID`, `X-Next-Row-Number` and `X-Next-Timestamp`,
/// sent back as `first_id`, `first_row_number` and `first_timestamp`.
type ReportCursor =
    {
        /// `X-Next-ID` → `first_id`.
        FirstId: int64 option
        /// `X-Next-Row-Number` → `first_row_number`.
        FirstRowNumber: int64 option
        /// `X-Next-Timestamp` → `first_timestamp`.
        FirstTimestamp: int64 option
    }

/// One time entry of a detailed report's row.
type DetailedTimeEntry =
    {
        /// The entry's id.
        Id: int64
        /// Its length in seconds.
        Seconds: int64
        /// When it started, in the user's time-zone offset.
        Start: DateTimeOffset
        /// When it stopped (none while it runs).
        Stop: DateTimeOffset option
        /// When it was last changed.
        At: DateTimeOffset option
    }

/// A row of a detailed report: entries sharing user, project, task, description, tags and billable (one entry
/// each unless `grouped`).
type DetailedRow =
    {
        /// `user_id`
        UserId: int64
        /// `username`
        Username: string option
        /// `project_id`
        ProjectId: int64 option
        /// `task_id`
        TaskId: int64 option
        /// `billable`
        Billable: bool
        /// `description`
        Description: string option
        /// `tag_ids`
        TagIds: int64 list
        /// `billable_amount_in_cents`
        BillableAmountInCents: int64 option
        /// `hourly_rate_in_cents`
        HourlyRateInCents: int64 option
        /// `currency`
        Currency: string option
        /// `row_number`
        RowNumber: int64 option
        /// `time_entries`
        TimeEntries: DetailedTimeEntry list
    }

/// One page of a detailed report, and the cursor of the next (none on the last page).
type DetailedPage =
    {
        /// The rows of the page.
        Rows: DetailedRow list
        /// The next page's cursor; `None` on the last page.
        Next: ReportCursor option
    }

/// A point of the totals' graph.
type TotalsGraphPoint =
    {
        /// `seconds`
        Seconds: int64
        /// `billable_amount_in_cents`
        BillableAmountInCents: int64 option
    }

/// `search/time_entries/totals`.
type ReportTotals =
    {
        /// `seconds`
        Seconds: int64
        /// `billable_amount_in_cents`
        BillableAmountInCents: int64 option
        /// `labour_cost_in_cents`
        LabourCostInCents: int64 option
        /// `tracked_days`
        TrackedDays: int option
        /// `resolution`
        Resolution: string option
        /// `graph`
        Graph: TotalsGraphPoint list
    }

/// A sub-group of a summary report's group.
type SummarySubGroup =
    {
        /// `id` (none: "without", e.g. no task).
        Id: int64 option
        /// `title`
        Title: string option
        /// `seconds`
        Seconds: int64
        /// `ids`: the time entries, when `include_time_entry_ids`.
        Ids: int64 list
    }

/// A group of a summary report.
type SummaryGroup =
    {
        /// `id` (none: "without", e.g. no project).
        Id: int64 option
        /// `sub_groups`
        SubGroups: SummarySubGroup list
    }

/// `summary/time_entries`.
type SummaryReport =
    {
        /// `groups`
        Groups: SummaryGroup list
    }

/// One answer of `projects/summary` or `projects/{id}/summary`.
type ProjectSummary =
    {
        /// `project_id` (the asked one for a single project).
        ProjectId: int64 option
        /// `user_id`, when Toggl splits by user.
        UserId: int64 option
        /// `tracked_seconds`
        TrackedSeconds: int64
        /// `billable_seconds`
        BillableSeconds: int64 option
    }

/// A row of a weekly report: seven days from the report's first.
type WeeklyRow =
    {
        /// `user_id`
        UserId: int64
        /// `user_name`
        UserName: string option
        /// `project_id`
        ProjectId: int64 option
        /// `project_name`
        ProjectName: string option
        /// `client_name`
        ClientName: string option
        /// `seconds`, one a day.
        Seconds: int64 list
        /// `billable_seconds`, one a day.
        BillableSeconds: int64 list
        /// `billable_amounts_in_cents`, one a day.
        BillableAmountsInCents: int64 list
        /// `hourly_rate_in_cents`
        HourlyRateInCents: int64 option
        /// `currency`
        Currency: string option
    }

/// The file formats of exports.
[<RequireQualifiedAccess>]
type ReportFormat =
    /// `.csv`
    | Csv
    /// `.pdf`
    | Pdf
    /// `.xlsx`
    | Xlsx

/// An exported report: the bytes exactly as Toggl sent them.
type ReportFile =
    {
        /// The format asked for.
        Format: ReportFormat
        /// The bytes.
        Bytes: byte[]
        /// How many requests (pages) made it.
        Requests: int
    }

/// Report bodies.
[<RequireQualifiedAccess>]
module ReportBody =

    /// The largest `page_size` sent (Toggl's pages are 50 rows by default).
    [<Literal>]
    let MaxPageSize = 1000

    /// The `rounding_minutes` Toggl accepts (docs/toggl-api.md §9).
    let roundingMinutes = [ 0; 1; 5; 6; 10; 12; 15; 30; 60; 240 ]

    /// A body that sends nothing.
    let empty =
        {
            StartDate = None
            EndDate = None
            UserIds = None
            ProjectIds = None
            ClientIds = None
            TagIds = None
            TaskIds = None
            GroupIds = None
            TimeEntryIds = None
            Description = None
            Billable = None
            MinDurationSeconds = None
            MaxDurationSeconds = None
            Rounding = None
            RoundingMinutes = None
            Grouping = None
            SubGrouping = None
            OrderBy = None
            OrderDir = None
            PageSize = None
            Grouped = None
            IncludeTimeEntryIds = None
            HideAmounts = None
            EnrichResponse = None
        }

    /// A body over the days from `startDate` to `endDate`.
    let between (startDate: DateOnly) (endDate: DateOnly) =
        { empty with
            StartDate = Some startDate
            EndDate = Some endDate
        }
