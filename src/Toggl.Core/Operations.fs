namespace Toggl.Core

open System

/// Every tracker operation of the Python library's TrackerEndpoint, as a value. `Request.toHttp` turns one into
/// an HTTP request; interpreters run it. Bulk edits hold at most 100 ids (`Request.bulkEdit` splits).
[<RequireQualifiedAccess>]
type internal TrackerRequest =
    /// `GET me/time_entries/current`: the running entry, or `null`.
    | Current
    /// `GET me/time_entries` with filters.
    | Collect of filter: CollectFilter
    /// `GET me/time_entries/{id}`.
    | Get of trackerId: int64 * meta: bool
    /// `POST workspaces/{wid}/time_entries`.
    | Add of body: TrackerBody
    /// `PUT workspaces/{wid}/time_entries/{id}`; `meta` goes into the query string.
    | Edit of trackerId: int64 * body: TrackerBody * meta: bool
    /// `PATCH workspaces/{wid}/time_entries/{ids}` with JSON Patch operations built from the body.
    | BulkEdit of trackerIds: int64 list * body: TrackerBody
    /// `DELETE workspaces/{wid}/time_entries/{id}`.
    | Delete of trackerId: int64
    /// `PATCH workspaces/{wid}/time_entries/{id}/stop`.
    | Stop of trackerId: int64

/// HTTP methods Toggl's API uses.
[<RequireQualifiedAccess>]
type HttpMethod =
    /// GET
    | Get
    /// POST
    | Post
    /// PUT
    | Put
    /// PATCH
    | Patch
    /// DELETE
    | Delete

    /// The method's name on the wire.
    member method.Name =
        match method with
        | Get -> "GET"
        | Post -> "POST"
        | Put -> "PUT"
        | Patch -> "PATCH"
        | Delete -> "DELETE"

/// Which of Toggl's APIs a request is for: each has its own base, below the same host.
[<RequireQualifiedAccess>]
type TogglApi =
    /// The Track API v9 (`…/api/v9/`): the interpreter's base address.
    | Track
    /// The Reports API v3 (`…/reports/api/v3/`, docs/toggl-api.md §9): derived from the base address's host.
    | Reports

/// An HTTP request as data: printable, countable, comparable. Nothing is sent by building one.
type HttpRequest =
    {
        /// The API the path is below.
        Api: TogglApi
        /// The method.
        Method: HttpMethod
        /// The path below the API's base (`https://api.track.toggl.com/api/v9/` for `Track`), without a leading slash.
        Path: string
        /// The encoded query string without `?`; empty when there is none.
        Query: string
        /// The JSON body, if any.
        Body: string option
    }

    /// Whether the answer is a file (an export: `.csv`, `.pdf`, `.xlsx`), read as bytes, never as text.
    member request.IsFile =
        request.Api = TogglApi.Reports
        && (request.Path.EndsWith(".csv", StringComparison.Ordinal)
            || request.Path.EndsWith(".pdf", StringComparison.Ordinal)
            || request.Path.EndsWith(".xlsx", StringComparison.Ordinal))

    /// The path with its query string, relative to the API base.
    member request.RelativeUri =
        if String.IsNullOrEmpty request.Query then
            request.Path
        else
            request.Path + "?" + request.Query

    /// Whether sending the request twice has the same effect as once (a POST does not: it may duplicate an entry).
    member request.IsIdempotent =
        match request.Method with
        | HttpMethod.Post -> false
        | HttpMethod.Get
        | HttpMethod.Put
        | HttpMethod.Patch
        | HttpMethod.Delete -> true

    /// `METHOD path?query` and the body, for logs and dry runs.
    override request.ToString() =
        // A report's path reads as the Reports API's, so the dry run never mistakes it for a Track path.
        let shown =
            match request.Api with
            | TogglApi.Track -> request.RelativeUri
            | TogglApi.Reports -> "reports/api/v3/" + request.RelativeUri

        match request.Body with
        | Some body -> (request.Method.Name + " " + shown + " " + body)
        | None -> $"{request.Method.Name} {shown}"

/// A successful (2xx) HTTP answer. Error statuses become `TogglError` values in the interpreter.
type HttpResponse =
    {
        /// The status code.
        Status: int
        /// The body as text (may be empty or the JSON literal `null`); empty for a file (`Bytes`).
        Body: string
        /// The body's bytes as sent, for a file request (`HttpRequest.IsFile`) only.
        Bytes: byte[] option
        /// A detailed report's next page (`X-Next-*` headers); `None` on the last page and for every other answer.
        Next: ReportCursor option
        /// The quota figures the response carried, if any.
        Quota: Quota option
        /// The answer's `Date` header: Toggl's clock when it answered (a sync takes its next cursor from it,
        /// so a client clock running ahead cannot make a sync miss a change).
        Date: DateTimeOffset option
    }

/// Functions on HTTP answers.
[<RequireQualifiedAccess>]
module internal HttpResponse =

    /// The answer with the `Date` header it came with (none when the header was missing).
    let dated (date: Nullable<DateTimeOffset>) (result: Result<HttpResponse, 'Error>) =
        result
        |> Result.map (fun response ->
            { response with
                Date = Option.ofNullable date
            })
