namespace Toggl.Core

open System
open System.Globalization

/// Which of the Python library's exception families a validation error belongs to.
[<RequireQualifiedAccess>]
type ValidationKind =
    /// The Python library's NamingError: a required name or description is missing.
    | Naming
    /// The Python library's DateTimeError: dates that contradict each other or Toggl's limits.
    | DateTime
    /// Any other invalid argument (ids, sizes).
    | Argument

/// A request refused before anything is sent.
[<RequireQualifiedAccess>]
type ValidationError =
    /// `add` without a description.
    | MissingDescription
    /// A Toggl object (project, task, tag, client, workspace, organization) created or renamed without a name:
    /// `name` is the argument (`name`, `workspace_name`), `what` the object ("A project").
    | MissingName of name: string * what: string
    /// `collect` with an end date before its start date.
    | EndBeforeStart of startDate: DateBound * endDate: DateBound
    /// `collect` with a start date later than now.
    | StartDateInFuture of startDate: DateBound * now: DateTimeOffset
    /// `collect` with only one side of a start_date/end_date range; names the missing side.
    | OneSidedRange of missing: string
    /// `collect` with both `since` and `before` (Toggl answers 400).
    | SinceWithBefore
    /// `collect` with `since` or `before` together with a start_date/end_date range.
    | CursorWithRange
    /// `collect` with a start date older than Toggl's floor (three calendar months back).
    | StartDateTooOld of startDate: DateBound * floor: DateOnly
    /// A tracker id that is not positive.
    | InvalidId of id: int64
    /// A bulk edit with no ids.
    | NoIds
    /// A bulk edit body that changes nothing.
    | NothingToEdit
    /// `sync` on an endpoint without a cache: the endpoint's state, not an argument of the call.
    | NoCache
    /// A setting outside the range it may take (a timeout, a number of retries), named.
    | OutOfRange of name: string * reason: string
    /// Another invalid argument, named.
    | InvalidArgument of name: string * reason: string

    /// A date bound as the API writes it.
    static member private Bound(value: DateBound) =
        match value with
        | DateBound.Day day -> day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)
        | DateBound.Instant instant -> instant.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)

    /// A sentence that says what is wrong and how to fix it, written out case by case (F#'s structural
    /// formatting of a union reads the type by reflection, which an ahead-of-time compiled tool must not need).
    override error.ToString() =
        match error with
        | ValidationError.MissingDescription -> "A tracker needs a description: set description before adding it."
        | ValidationError.MissingName(name, what) -> $"{what} needs a name: set {name} to a text that is not blank."
        | ValidationError.EndBeforeStart(startDate, endDate) ->
            ("end_date "
             + (ValidationError.Bound endDate)
             + " is before start_date "
             + (ValidationError.Bound startDate)
             + ": the range must not end before it starts.")
        | ValidationError.StartDateInFuture(startDate, now) ->
            let now = now.ToString("yyyy-MM-ddTHH:mm:sszzz", CultureInfo.InvariantCulture)

            ("start_date "
             + (ValidationError.Bound startDate)
             + " is in the future (now is "
             + now
             + "): it must not be later than now.")
        | ValidationError.OneSidedRange missing ->
            $"start_date and end_date must be given together: {missing} is missing."
        | ValidationError.SinceWithBefore -> "since and before cannot be used together (Toggl answers 400)."
        | ValidationError.CursorWithRange ->
            "since and before cannot be combined with a start_date/end_date range: use one kind of filter."
        | ValidationError.StartDateTooOld(startDate, floor) ->
            let floor = floor.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)

            ("start_date "
             + (ValidationError.Bound startDate)
             + " is older than Toggl allows: it must not be earlier than "
             + floor
             + " (three months back).")
        | ValidationError.InvalidId id -> $"Tracker id {string id} is not valid: ids are positive."
        | ValidationError.NoIds -> "A bulk edit needs at least one tracker id."
        | ValidationError.NothingToEdit -> "The body sets no field: there is nothing to edit."
        | ValidationError.NoCache -> "cache: sync needs a cache to write to"
        | ValidationError.OutOfRange(name, reason)
        | ValidationError.InvalidArgument(name, reason) -> $"{name}: {reason}"

/// Functions on validation errors.
[<RequireQualifiedAccess>]
module ValidationError =

    /// The family the error belongs to (the Python library's NamingError or DateTimeError, or a plain argument error).
    let kind (error: ValidationError) =
        match error with
        | ValidationError.MissingDescription
        | ValidationError.MissingName _ -> ValidationKind.Naming
        | ValidationError.EndBeforeStart _
        | ValidationError.StartDateInFuture _
        | ValidationError.OneSidedRange _
        | ValidationError.SinceWithBefore
        | ValidationError.CursorWithRange
        | ValidationError.StartDateTooOld _ -> ValidationKind.DateTime
        | ValidationError.InvalidId _
        | ValidationError.NoIds
        | ValidationError.NothingToEdit
        | ValidationError.NoCache
        | ValidationError.OutOfRange _
        | ValidationError.InvalidArgument _ -> ValidationKind.Argument

    /// The argument the error is about, as the caller named it.
    let parameter (error: ValidationError) =
        match error with
        | ValidationError.MissingDescription -> "description"
        | ValidationError.MissingName(name, _) -> name
        | ValidationError.EndBeforeStart _ -> "end_date"
        | ValidationError.StartDateInFuture _
        | ValidationError.StartDateTooOld _ -> "start_date"
        | ValidationError.OneSidedRange missing -> missing
        | ValidationError.SinceWithBefore -> "before"
        | ValidationError.CursorWithRange -> "start_date"
        | ValidationError.InvalidId _ -> "tracker_id"
        | ValidationError.NoIds -> "tracker_ids"
        | ValidationError.NothingToEdit -> "body"
        | ValidationError.NoCache -> "cache"
        | ValidationError.OutOfRange(name, _)
        | ValidationError.InvalidArgument(name, _) -> name

    /// A sentence that says what is wrong and how to fix it (the error's ToString).
    let message (error: ValidationError) = error.ToString()

/// A JSON document that does not have the expected shape, with the JSON path of the problem.
type DecodeError =
    {
        /// Where the problem is, e.g. `$.tags[2]`.
        Path: string
        /// What was expected, e.g. "expected a string, got a number".
        Message: string
    }

    override error.ToString() = $"{error.Path}: {error.Message}"

/// Every failure of the library, as a value. The core never throws for any of these.
[<RequireQualifiedAccess>]
type TogglError =
    /// The request was refused before sending.
    | Validation of ValidationError
    /// 404: the entity does not exist or is not accessible.
    | NotFound of message: string
    /// 409: a conflict, e.g. stopping an entry that is already stopped.
    | Conflict of message: string
    /// 409 answered to a retry, after an earlier attempt of the same request went unanswered (5xx, timeout,
    /// dropped connection): that earlier attempt may itself have made the change the conflict is about
    /// (a stop applied, then answered 500, is "already stopped" on the retry).
    | ConflictOnRetry of message: string
    /// 401 (no credentials) or 403 (wrong credentials or no access).
    | Unauthorized of status: int * message: string
    /// 402: the hourly quota is spent; `resetsIn` is when it refills, if Toggl said (then `message` is Toggl's
    /// text without the sentence saying when, so the time is said once, and current).
    | QuotaExhausted of remaining: int option * resetsIn: TimeSpan option * message: string
    /// 402 "Workspace needs to have this feature enabled": the workspace's plan lacks the feature (a report); not
    /// the spent quota (`QuotaExhausted`), and never retried.
    | FeatureNotEnabled of message: string
    /// 429: the leaky bucket overflowed; `retryAfter` if the server sent one.
    | RateLimited of retryAfter: TimeSpan option * message: string
    /// 400 (or another 4xx) with Toggl's message.
    | BadRequest of status: int * message: string
    /// 5xx after the retries allowed.
    | ServerError of status: int * message: string
    /// The connection broke off (reset, dropped, a body cut short) or failed in a way that does not show whether
    /// the request reached Toggl: a write may have been applied.
    | Transport of message: string
    /// No connection to Toggl could be made (refused, host unreachable, name not resolved): nothing was sent,
    /// so nothing was applied, and sending it again is safe for every method, a create too.
    | Unreachable of message: string
    /// No answer within `after`: one attempt's timeout, or a read's deadline across all its `attempts`.
    | Timeout of after: TimeSpan * attempts: int
    /// The answer was not the JSON expected.
    | Decode of DecodeError
    /// The caller cancelled.
    | Cancelled
    /// A cache could not be read or written.
    | CacheFailure of message: string
    /// A write Toggl may or may not have applied: it went unanswered and the check afterwards failed too.
    /// Sending it again may apply it twice; look first (sync, then list). `request` is what was sent.
    | OutcomeUnknown of request: HttpRequest * cause: TogglError
    /// Toggl applied the write, but the cache could not record it. `ids` are the trackers Toggl changed,
    /// `tracker` Toggl's answer when there was one (not for deletes and bulk edits); `cause` is the cache's error.
    | AppliedButNotCached of ids: int64 list * tracker: TogglTracker option * cause: TogglError

    /// One line for a person, written out case by case (not F#'s structural formatting, which reads the union
    /// by reflection). Never contains credentials: no error carries them.
    override error.ToString() =
        match error with
        | TogglError.Validation v -> ValidationError.message v
        | TogglError.NotFound message -> $"Not found (404): {message}"
        | TogglError.Conflict message -> $"Conflict (409): {message}"
        | TogglError.ConflictOnRetry message ->
            $"Conflict (409) on a retry, after an earlier attempt went unanswered (it may have applied the change): {message}"
        | TogglError.Unauthorized(status, message) -> $"Not authorized ({string status}): {message}"
        | TogglError.QuotaExhausted(_, Some resetsIn, message) ->
            ("Hourly API quota exhausted (402): "
             + message
             + " The quota resets in "
             + (string (int resetsIn.TotalSeconds))
             + " s.")
        | TogglError.QuotaExhausted(_, None, message) -> $"Hourly API quota exhausted (402): {message}"
        | TogglError.FeatureNotEnabled message -> $"The workspace's plan lacks this feature (402): {message}"
        | TogglError.RateLimited(_, message) -> $"Rate limited (429): {message}"
        | TogglError.BadRequest(status, message) -> $"Toggl refused the request ({string status}): {message}"
        | TogglError.ServerError(status, message) -> $"Toggl server error ({string status}): {message}"
        | TogglError.Transport message -> $"Could not reach Toggl: {message}"
        | TogglError.Unreachable message -> $"Could not connect to Toggl, nothing was sent: {message}"
        | TogglError.Timeout(after, attempts) ->
            let tries =
                if attempts = 1 then
                    "1 attempt"
                else
                    $"{string attempts} attempts"

            let seconds = after.TotalSeconds.ToString(CultureInfo.InvariantCulture)
            ("Toggl did not answer within " + seconds + " s (" + tries + ").")
        | TogglError.Decode decode -> $"Unexpected answer from Toggl: {string decode}"
        | TogglError.Cancelled -> "The operation was cancelled."
        | TogglError.CacheFailure message -> $"Cache failure: {message}"
        | TogglError.OutcomeUnknown(request, cause) ->
            ("Toggl may or may not have applied "
             + request.Method.Name
             + " "
             + request.Path
             + ": it went unanswered ("
             + (cause.ToString())
             + ") and checking failed too.")
        | TogglError.AppliedButNotCached(ids, _, cause) ->
            let ids = ids |> List.map string |> String.concat ", "
            $"Toggl applied the change (id {ids}), but the cache could not record it: {cause.ToString()}"

/// Functions on errors.
[<RequireQualifiedAccess>]
module TogglError =

    /// The HTTP status behind the error, if it came from a response.
    let status (error: TogglError) =
        match error with
        | TogglError.NotFound _ -> Some 404
        | TogglError.Conflict _
        | TogglError.ConflictOnRetry _ -> Some 409
        | TogglError.Unauthorized(status, _)
        | TogglError.BadRequest(status, _)
        | TogglError.ServerError(status, _) -> Some status
        | TogglError.QuotaExhausted _
        | TogglError.FeatureNotEnabled _ -> Some 402
        | TogglError.RateLimited _ -> Some 429
        | TogglError.Validation _
        | TogglError.Transport _
        | TogglError.Unreachable _
        | TogglError.Timeout _
        | TogglError.Decode _
        | TogglError.Cancelled
        | TogglError.CacheFailure _
        | TogglError.OutcomeUnknown _
        | TogglError.AppliedButNotCached _ -> None

    /// One line for a person (the error's ToString). Never contains credentials: no error carries them.
    let message (error: TogglError) = error.ToString()
