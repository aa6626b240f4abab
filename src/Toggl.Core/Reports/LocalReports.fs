namespace Toggl.Core

open System

/// Reports computed from entries (the cache and the archive): pure, no request.
[<RequireQualifiedAccess>]
module LocalReports =

    /// Label of the group of entries without a project.
    [<Literal>]
    let NoProject = "(no project)"

    /// Label of the group of entries without a client.
    [<Literal>]
    let NoClient = "(no client)"

    /// Label of the group of entries without tags.
    [<Literal>]
    let NoTag = "(no tag)"

    /// Label of the group of entries without a description.
    [<Literal>]
    let NoDescription = "(no description)"

    /// Groups the entries, seconds to the second; running entries count up to `now`; days, weeks and months
    /// are those of the start in `zone`.
    let compute
        (by: LocalGrouping)
        (zone: TimeZoneInfo)
        (names: ReportNames)
        (now: DateTimeOffset)
        (trackers: TogglTracker seq)
        : LocalReport =
        LocalReportRules.compute by zone names now trackers
