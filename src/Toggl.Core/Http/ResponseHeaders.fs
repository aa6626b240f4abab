namespace Toggl.Core

open System
open System.Globalization
open System.Net.Http

/// What the interpreter reads from the headers of a response.
type internal ResponseHeaders =
    {
        /// `X-Toggl-Quota-Remaining`: requests left in the hourly window (may be negative, docs/toggl-api.md §4.2).
        QuotaRemaining: int option
        /// `X-Toggl-Quota-Resets-In`: seconds until the window resets.
        QuotaResetsIn: TimeSpan option
        /// `Retry-After`, as a wait from when the response arrived.
        RetryAfter: TimeSpan option
        /// A detailed report's next page (`X-Next-ID`, `X-Next-Row-Number`, `X-Next-Timestamp`); `None` when
        /// none of them came (the last page, and every other answer).
        Next: ReportCursor option
    }

/// Reading Toggl's quota and retry headers. Every parser takes any text and never throws.
[<RequireQualifiedAccess>]
module internal ResponseHeaders =

    /// The header with the requests left (docs/toggl-api.md §4.2).
    [<Literal>]
    let QuotaRemainingName = "X-Toggl-Quota-Remaining"

    /// The header with the seconds until the quota window resets (docs/toggl-api.md §4.2).
    [<Literal>]
    let QuotaResetsInName = "X-Toggl-Quota-Resets-In"

    /// No headers of interest.
    let none =
        {
            QuotaRemaining = None
            QuotaResetsIn = None
            RetryAfter = None
            Next = None
        }

    /// An integer count of requests; negative counts happen while quotas are not enforced (docs/toggl-api.md §4.2).
    let parseRemaining (value: string) : int option =
        match
            Int32.TryParse(
                value,
                NumberStyles.AllowLeadingSign
                ||| NumberStyles.AllowLeadingWhite
                ||| NumberStyles.AllowTrailingWhite,
                CultureInfo.InvariantCulture
            )
        with
        | true, remaining -> Some remaining
        | _ -> None

    /// Whole or fractional seconds, not negative; more than a day is taken as a day (an hourly window never needs more).
    let parseResetsIn (value: string) : TimeSpan option =
        match Double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture) with
        | true, seconds when Double.IsFinite seconds && seconds >= 0. ->
            Some(TimeSpan.FromSeconds(min seconds (TimeSpan.FromDays 1.).TotalSeconds))
        | _ -> None

    /// The quota, when both quota headers were present and valid.
    let quota (observedAt: DateTimeOffset) (headers: ResponseHeaders) : Quota option =
        match headers.QuotaRemaining, headers.QuotaResetsIn with
        | Some remaining, Some resetsIn ->
            Some
                {
                    Remaining = remaining
                    ResetsIn = resetsIn
                    ObservedAt = observedAt
                }
        | _ -> None

    /// An integer header value (ids, row numbers, timestamps); anything else is absent.
    let parseInt64 (value: string) : int64 option =
        match Int64.TryParse(value.Trim(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture) with
        | true, number -> Some number
        | _ -> None

    /// The cursor from the three `X-Next-*` values; `None` when none is there (docs/toggl-api.md §9: the last page).
    let cursor (nextId: int64 option) (nextRow: int64 option) (nextTimestamp: int64 option) =
        match nextId, nextRow, nextTimestamp with
        | None, None, None -> None
        | _ ->
            Some
                {
                    FirstId = nextId
                    FirstRowNumber = nextRow
                    FirstTimestamp = nextTimestamp
                }

    let private first (response: HttpResponseMessage) (name: string) (parse: string -> 'Value option) =
        match response.Headers.TryGetValues name with
        | true, values -> values |> Option.ofObj |> Option.bind (Seq.tryPick parse)
        | _ ->
            // Some servers put headers on the content; look there too.
            match response.Content.Headers.TryGetValues name with
            | true, values -> values |> Option.ofObj |> Option.bind (Seq.tryPick parse)
            | _ -> None

    /// The headers of interest of a response that arrived at `now`.
    let read (now: DateTimeOffset) (response: HttpResponseMessage) : ResponseHeaders =
        {
            QuotaRemaining = first response QuotaRemainingName parseRemaining
            QuotaResetsIn = first response QuotaResetsInName parseResetsIn
            RetryAfter = Resilience.retryAfter now response
            Next =
                cursor
                    (first response "X-Next-ID" parseInt64)
                    (first response "X-Next-Row-Number" parseInt64)
                    (first response "X-Next-Timestamp" parseInt64)
        }
