namespace Toggl.Core

open System

/// The dry-run interpreter: the HTTP requests an operation would send, without sending anything.
/// Because operations are values, the plan is exactly what the HTTP interpreter would send.
[<RequireQualifiedAccess>]
module Plan =

    /// The requests one operation sends, in order (a bulk edit sends one per 100 ids).
    let requests (workspaceId: int64) (request: TrackerRequest) : HttpRequest list =
        match request with
        | TrackerRequest.BulkEdit(trackerIds, body) ->
            Request.bulkEdit trackerIds body |> List.map (Request.toHttp workspaceId)
        | TrackerRequest.Current
        | TrackerRequest.Collect _
        | TrackerRequest.Get _
        | TrackerRequest.Add _
        | TrackerRequest.Edit _
        | TrackerRequest.Delete _
        | TrackerRequest.Stop _ -> [ Request.toHttp workspaceId request ]

    /// The requests, after the same validation the endpoint applies (`now` fills in an add's default start).
    let validated (now: DateTimeOffset) (workspaceId: int64) (request: TrackerRequest) =
        let checkId id =
            Validation.trackerId id |> Result.map (fun _ -> request)

        let checkedRequest =
            match request with
            | TrackerRequest.Current -> Ok request
            | TrackerRequest.Collect filter -> Validation.collect now filter |> Result.map TrackerRequest.Collect
            | TrackerRequest.Get(id, _)
            | TrackerRequest.Edit(id, _, _)
            | TrackerRequest.Delete id
            | TrackerRequest.Stop id -> checkId id
            | TrackerRequest.Add body -> Validation.add body |> Result.map (Body.forAdd now >> TrackerRequest.Add)
            // No ids: `Trackers.bulkEdit` sends nothing and answers an empty result, so the plan is empty too.
            | TrackerRequest.BulkEdit([], _) -> Ok request
            | TrackerRequest.BulkEdit(ids, body) -> Validation.bulkEdit ids body |> Result.map (fun _ -> request)

        checkedRequest
        |> Result.map (requests workspaceId)
        |> Result.mapError TogglError.Validation
