namespace Toggl.Core

open System

/// Building HTTP requests from operations, purely (docs/toggl-api.md §6). Nothing here sends anything.
[<RequireQualifiedAccess>]
module internal Request =

    /// Toggl's limit of ids in one bulk edit (docs/toggl-api.md §6.6).
    [<Literal>]
    let MaxBulkIds = 100

    /// A date bound as a query value: a `Day` as `yyyy-MM-dd`, an `Instant` as UTC `yyyy-MM-ddTHH:mm:ssZ`.
    let boundText (bound: DateBound) =
        match bound with
        | DateBound.Day day -> Encode.day day
        | DateBound.Instant instant -> Encode.requestTimestamp instant

    /// Query parameters in the order given, names and values percent-encoded.
    let queryString (parameters: (string * string) list) =
        parameters
        |> List.map (fun (name, value) -> Uri.EscapeDataString name + "=" + Uri.EscapeDataString value)
        |> String.concat "&"

    /// The query parameters of `GET me/time_entries` (docs/toggl-api.md §6.1) in a stable order: since (UNIX seconds,
    /// from the instant, not the machine's zone: docs/python-reference.md bug 3), before, start_date,
    /// end_date, meta (only when asked).
    let collectParameters (filter: CollectFilter) =
        [
            match filter.Since with
            | Some since -> "since", since.ToUnixTimeSeconds().ToString()
            | None -> ()
            match filter.Before with
            | Some before -> "before", boundText before
            | None -> ()
            match filter.StartDate with
            | Some startDate -> "start_date", boundText startDate
            | None -> ()
            match filter.EndDate with
            | Some endDate -> "end_date", boundText endDate
            | None -> ()
            if filter.Meta then
                "meta", "true"
        ]

    let private metaQuery (meta: bool) =
        if meta then queryString [ "meta", "true" ] else ""

    let private entries (workspaceId: int64) =
        $"workspaces/{string workspaceId}/time_entries"

    let private patchOp (operation: PatchOperation) (path: string) (value: PatchValue) =
        {
            Op = operation
            Path = path
            Value = value
        }

    /// `replace` with the value for `Set`, `replace` with `null` for `Clear`, nothing for `Unset`.
    let private replace (path: string) (toValue: 'V -> PatchValue) (field: Field<'V>) =
        match field with
        | Field.Unset -> []
        | Field.Clear -> [ patchOp PatchOperation.Replace path PatchValue.Null ]
        | Field.Set value -> [ patchOp PatchOperation.Replace path (toValue value) ]

    /// Tags and tag ids: `add`/`remove` by the tag action, `replace` without one. Tags are never
    /// dropped for want of a tag action (docs/python-reference.md bug 5).
    let private tagOps (action: TagAction option) (path: string) (toValue: 'V -> PatchValue) (field: Field<'V>) =
        match field, action with
        | Field.Set value, Some TagAction.Add -> [ patchOp PatchOperation.Add path (toValue value) ]
        | Field.Set value, Some TagAction.Remove -> [ patchOp PatchOperation.Remove path (toValue value) ]
        | _ -> replace path toValue field

    /// The JSON Patch operations of a bulk edit (docs/toggl-api.md §6.6) for every field the body sets or clears. Start and
    /// stop are full UTC timestamps, not only their date (docs/python-reference.md bug 5).
    let patchOps (body: TrackerBody) : PatchOp list =
        let time (value: DateTimeOffset) =
            PatchValue.String(Encode.requestTimestamp value)

        List.concat
            [
                replace "/description" PatchValue.String body.Description
                tagOps body.TagAction "/tags" PatchValue.Strings body.Tags
                tagOps body.TagAction "/tag_ids" PatchValue.Int64s body.TagIds
                replace "/project_id" PatchValue.Int64 body.ProjectId
                replace "/task_id" PatchValue.Int64 body.TaskId
                replace "/billable" PatchValue.Bool body.Billable
                replace "/start" time body.Start
                replace "/stop" time body.Stop
                replace "/duration" PatchValue.Int64 body.Duration
                replace "/shared_with_user_ids" PatchValue.Int64s body.SharedWithUserIds
            ]

    /// The HTTP request of an operation, exactly as docs/toggl-api.md §6 describes it. Paths are relative to
    /// the API base, without a leading slash; `meta` is always a query parameter, never in a body (bug 4).
    let toHttp (workspaceId: int64) (request: TrackerRequest) : HttpRequest =
        let http method path query body =
            {
                Api = TogglApi.Track
                Method = method
                Path = path
                Query = query
                Body = body
            }

        match request with
        | TrackerRequest.Current -> http HttpMethod.Get "me/time_entries/current" "" None
        | TrackerRequest.Collect filter ->
            http HttpMethod.Get "me/time_entries" (queryString (collectParameters filter)) None
        | TrackerRequest.Get(trackerId, meta) ->
            http HttpMethod.Get $"me/time_entries/{string trackerId}" (metaQuery meta) None
        | TrackerRequest.Add body ->
            // docs/toggl-api.md §6.4: created_with "must be provided" on a create.
            let body =
                { body with
                    CreatedWith = Some(defaultArg body.CreatedWith TrackerBody.DefaultCreatedWith)
                }

            http HttpMethod.Post (entries workspaceId) "" (Some(TrackerJson.encodeBody workspaceId body))
        | TrackerRequest.Edit(trackerId, body, meta) ->
            http
                HttpMethod.Put
                $"{entries workspaceId}/{string trackerId}"
                (metaQuery meta)
                (Some(TrackerJson.encodeBody workspaceId body))
        | TrackerRequest.BulkEdit(trackerIds, body) ->
            let ids = trackerIds |> List.map string |> String.concat ","
            http HttpMethod.Patch $"{entries workspaceId}/{ids}" "" (Some(TrackerJson.encodePatchOps (patchOps body)))
        | TrackerRequest.Delete trackerId -> http HttpMethod.Delete $"{entries workspaceId}/{string trackerId}" "" None
        // docs/toggl-api.md §6.7: no body (a body has been reported to give 500 "JSON is not valid").
        | TrackerRequest.Stop trackerId ->
            http HttpMethod.Patch $"{entries workspaceId}/{string trackerId}/stop" "" None

    /// Ids in chunks of at most 100 (docs/toggl-api.md §6.6), order kept; no ids give no chunks.
    let chunk (ids: int64 list) : int64 list list = List.chunkBySize MaxBulkIds ids

    /// One bulk edit request per chunk of at most 100 ids, each with the same body.
    let bulkEdit (ids: int64 list) (body: TrackerBody) : TrackerRequest list =
        chunk ids |> List.map (fun part -> TrackerRequest.BulkEdit(part, body))
