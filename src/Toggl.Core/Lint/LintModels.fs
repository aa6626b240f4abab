namespace Toggl.Core

open System
open System.Collections.Generic
open System.Globalization

/// The rules of the timesheet linter (`Lint.check`), each with the name the tool prints and accepts.
[<RequireQualifiedAccess>]
type LintRule =
    /// Two entries share time.
    | Overlap
    /// A pause longer than `LintSettings.GapThreshold` inside a working day (between the first start and the
    /// last stop of a local day).
    | Gap
    /// An entry running or lasting longer than `LintSettings.LongLimit` ("forgot to stop").
    | TooLong
    /// A stopped entry whose stop is its start.
    | ZeroLength
    /// An entry starting or ending after now.
    | Future
    /// An entry without a project in a workspace whose time-entry constraints require one.
    | NoProject

    /// The rule's name as the tool prints it: `overlap`, `gap`, `too-long`, `zero-length`, `future`, `no-project`.
    member rule.Name =
        match rule with
        | Overlap -> "overlap"
        | Gap -> "gap"
        | TooLong -> "too-long"
        | ZeroLength -> "zero-length"
        | Future -> "future"
        | NoProject -> "no-project"

    /// The rule's name (written out, never F#'s reflective formatting).
    override rule.ToString() = rule.Name

/// The linter's thresholds, made by `LintSettings.create` (which checks them) or `LintSettings.defaults`.
type LintSettings =
    {
        /// A pause inside a working day longer than this is a gap (default 2 hours: a long lunch is not one).
        GapThreshold: TimeSpan
        /// An entry running or lasting longer than this was probably not stopped (default 10 hours).
        LongLimit: TimeSpan
    }

/// Functions on linter settings.
[<RequireQualifiedAccess>]
module LintSettings =

    /// A gap longer than 2 hours inside a working day; an entry longer than 10 hours.
    let defaults =
        {
            GapThreshold = TimeSpan.FromHours 2.0
            LongLimit = TimeSpan.FromHours 10.0
        }

    /// Settings checked: the gap threshold more than 0 and under a day (a gap lies inside one local day), the
    /// limit from 1 minute to 7 days; an error names the setting and its range.
    let create (gapThreshold: TimeSpan) (longLimit: TimeSpan) : Result<LintSettings, ValidationError> =
        if gapThreshold <= TimeSpan.Zero || gapThreshold >= TimeSpan.FromDays 1.0 then
            Error(
                ValidationError.OutOfRange(
                    "gap",
                    "the gap threshold must be more than 0 and less than 24 hours (a gap lies inside one day)"
                )
            )
        elif longLimit < TimeSpan.FromMinutes 1.0 || longLimit > TimeSpan.FromDays 7.0 then
            Error(ValidationError.OutOfRange("limit", "the long-entry limit must be from 1 minute to 7 days"))
        else
            Ok
                {
                    GapThreshold = gapThreshold
                    LongLimit = longLimit
                }

/// One problem the linter found: the rule, the entries it is about and a sentence.
type LintFinding =
    {
        /// The rule broken.
        Rule: LintRule
        /// The entries concerned, earliest first (two for an overlap or a gap, one otherwise).
        TrackerIds: int64 list
        /// Where the problem lies in time: the overlap's or the gap's start, else the entry's start.
        At: DateTimeOffset
        /// A sentence for a person, with times in the user's zone.
        Message: string
    }

    /// The rule's name and the sentence.
    override finding.ToString() =
        finding.Rule.Name + ": " + finding.Message

/// What the linter reads: the cached entries of a range, the user's zone and now, the thresholds and the
/// workspaces' time-entry constraints the cache holds.
type LintInput =
    {
        /// The entries to check (deleted ones are skipped).
        Trackers: TogglTracker list
        /// Now: running entries end now, and nothing may lie after it.
        Now: DateTimeOffset
        /// The user's zone: working days are its local days.
        Zone: TimeZoneInfo
        /// The thresholds.
        Settings: LintSettings
        /// Each workspace's constraints, where the cache holds them; an entry's workspace missing here leaves
        /// the project rule unchecked for it (`LintReport.UncheckedWorkspaces`).
        Constraints: IReadOnlyDictionary<int64, TimeEntryConstraints>
    }

/// What the linter found.
type LintReport =
    {
        /// The findings, by time, then by rule.
        Findings: LintFinding list
        /// Workspaces of checked entries whose time-entry constraints were not known: the project rule was
        /// not checked there (`GET /workspaces/{wid}/time_entry_constraints`, or a sync of workspaces, tells).
        UncheckedWorkspaces: int64 list
    }

/// What a fix does to entries.
[<RequireQualifiedAccess>]
type LintChange =
    /// Stop the entries at this instant (an edit of `stop`; a bulk edit when several get the same instant).
    | StopAt of DateTimeOffset
    /// Delete the entry.
    | Delete

/// One change the linter proposes, to one entry or to several getting the very same change.
type LintFix =
    {
        /// The entries changed, by id.
        TrackerIds: int64 list
        /// The change.
        Change: LintChange
        /// The findings it fixes.
        Fixes: LintFinding list
    }

/// How the linter writes times and lengths in its sentences (invariant, in the user's zone).
module internal LintText =

    /// `h:mm`, hours unbounded (`26:05`).
    let length (span: TimeSpan) =
        let minutes = int64 (Math.Floor span.TotalMinutes)
        let hours = minutes / 60L
        let rest = minutes % 60L

        hours.ToString(CultureInfo.InvariantCulture)
        + ":"
        + rest.ToString("00", CultureInfo.InvariantCulture)

    /// `yyyy-MM-dd HH:mm` in the zone.
    let instant (zone: TimeZoneInfo) (at: DateTimeOffset) =
        TimeZoneInfo.ConvertTime(at, zone).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture)

    /// `HH:mm` in the zone.
    let clock (zone: TimeZoneInfo) (at: DateTimeOffset) =
        TimeZoneInfo.ConvertTime(at, zone).ToString("HH:mm", CultureInfo.InvariantCulture)
