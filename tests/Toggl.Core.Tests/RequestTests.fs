module Toggl.Core.Tests.RequestTests

open System
open System.Text.Json
open Expecto
open FsCheck
open FsCheck.FSharp
open Toggl.Core

let workspaceId = 2230580L

let at (text: string) = DateTimeOffset.Parse text

/// The query string as (name, value) pairs, percent-decoded.
let parseQuery (query: string) =
    if query = "" then
        []
    else
        query.Split('&')
        |> Array.toList
        |> List.map (fun pair ->
            match pair.Split('=') with
            | [| name; value |] -> Uri.UnescapeDataString name, Uri.UnescapeDataString value
            | _ -> failwith $"not a name=value pair: {pair}")

/// The properties of a JSON object body, as raw JSON texts.
let bodyFields (body: string option) =
    match body with
    | None -> failwith "no body"
    | Some text ->
        use document = JsonDocument.Parse text

        [
            for property in document.RootElement.EnumerateObject() -> property.Name, property.Value.GetRawText()
        ]
        |> Map.ofList

let genTime =
    gen {
        let! seconds = Gen.choose (1_100_000_000, 1_900_000_000)
        let! ticks = Gen.choose (0, 9_999_999)
        let! quarters = Gen.choose (-48, 56)

        return
            DateTimeOffset.UnixEpoch
                .AddSeconds(float seconds)
                .AddTicks(int64 ticks)
                .ToOffset(TimeSpan.FromMinutes(float (quarters * 15)))
    }

let genBound =
    Gen.oneof
        [
            Gen.map (fun (t: DateTimeOffset) -> DateBound.Day(DateOnly.FromDateTime t.UtcDateTime)) genTime
            Gen.map DateBound.Instant genTime
        ]

let genFilter =
    gen {
        let! since = Gen.optionOf genTime
        let! before = Gen.optionOf genBound
        let! startDate = Gen.optionOf genBound
        let! endDate = Gen.optionOf genBound
        let! meta = Gen.elements [ true; false ]

        return
            {
                Since = since
                Before = before
                StartDate = startDate
                EndDate = endDate
                Meta = meta
            }
    }

let genField (values: Gen<'V>) =
    Gen.frequency
        [
            2, Gen.constant Field.Unset
            1, Gen.constant Field.Clear
            2, Gen.map Field.Set values
        ]

let genId = Gen.choose (1, Int32.MaxValue) |> Gen.map (fun i -> int64 i * 3L)

let genBody =
    gen {
        let! description = genField (Gen.elements [ "Inbox Zero"; ""; "123"; "naïve ☕"; "a \"quoted\" & <b>" ])
        let! duration = genField (Gen.choose (-1, 100_000) |> Gen.map int64)
        let! projectId = genField genId
        let! taskId = genField genId
        let! start = genField genTime
        let! stop = genField genTime
        let! tagAction = Gen.elements [ None; Some TagAction.Add; Some TagAction.Remove ]
        let! tagIds = genField (Gen.listOf genId)
        let! tags = genField (Gen.elements [ []; [ "mail" ]; [ "mail"; "büro" ] ])
        let! shared = genField (Gen.listOf genId)
        let! createdWith = Gen.elements [ None; Some "TogglFun tests"; Some "" ]
        let! billable = genField (Gen.elements [ true; false ])

        return
            {
                Description = description
                Duration = duration
                ProjectId = projectId
                TaskId = taskId
                Start = start
                Stop = stop
                TagAction = tagAction
                TagIds = tagIds
                Tags = tags
                SharedWithUserIds = shared
                CreatedWith = createdWith
                Billable = billable
            }
    }

let private genRequest =
    Gen.oneof
        [
            Gen.constant TrackerRequest.Current
            Gen.map TrackerRequest.Collect genFilter
            Gen.map2 (fun id meta -> TrackerRequest.Get(id, meta)) genId (Gen.elements [ true; false ])
            Gen.map TrackerRequest.Add genBody
            Gen.map3
                (fun id body meta -> TrackerRequest.Edit(id, body, meta))
                genId
                genBody
                (Gen.elements [ true; false ])
            Gen.map2 (fun ids body -> TrackerRequest.BulkEdit(ids, body)) (Gen.nonEmptyListOf genId) genBody
            Gen.map TrackerRequest.Delete genId
            Gen.map TrackerRequest.Stop genId
        ]

/// The instant a bound is sent as, at the precision of the query (whole seconds, UTC).
let boundSent (bound: DateBound) =
    match bound with
    | DateBound.Day day -> day.ToString("yyyy-MM-dd")
    | DateBound.Instant instant ->
        let utc = instant.UtcDateTime
        DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond).ToString("yyyy-MM-dd'T'HH:mm:ss'Z'")

let examples =
    testList
        "examples"
        [
            test "Current is GET me/time_entries/current without query or body" {
                let request = Request.toHttp workspaceId TrackerRequest.Current
                Expect.equal request.Method HttpMethod.Get "GET"
                Expect.equal request.RelativeUri "me/time_entries/current" "the path of docs/toggl-api.md §6.2"
                Expect.isNone request.Body "no body"
            }

            test "Collect with plain dates sends start_date and end_date as yyyy-MM-dd" {
                let filter =
                    { CollectFilter.none with
                        StartDate = Some(DateBound.Day(DateOnly(2025, 5, 1)))
                        EndDate = Some(DateBound.Day(DateOnly(2025, 5, 15)))
                    }

                let request = Request.toHttp workspaceId (TrackerRequest.Collect filter)

                Expect.equal
                    request.RelativeUri
                    "me/time_entries?start_date=2025-05-01&end_date=2025-05-15"
                    "docs/toggl-api.md §6.1"
            }

            test "Collect converts instants to UTC, truncates to seconds and percent-encodes them" {
                let filter =
                    { CollectFilter.none with
                        Before = Some(DateBound.Instant(at "2025-05-10T01:30:15.9+02:00"))
                        Meta = true
                    }

                let request = Request.toHttp workspaceId (TrackerRequest.Collect filter)
                Expect.equal request.Query "before=2025-05-09T23%3A30%3A15Z&meta=true" "converted, not relabelled"
            }

            test "Collect sends since as UNIX seconds of the instant whatever its offset" {
                let filter =
                    { CollectFilter.none with
                        Since = Some(at "2024-12-16T02:00:00+01:00")
                    }

                let request = Request.toHttp workspaceId (TrackerRequest.Collect filter)
                Expect.equal request.Query "since=1734310800" "2024-12-16T01:00:00Z"
            }

            test "Collect without filters has no query and meta=false sends no meta" {
                let request = Request.toHttp workspaceId (TrackerRequest.Collect CollectFilter.none)
                Expect.equal request.RelativeUri "me/time_entries" "no query"
            }

            test "Get puts meta in the query only when asked" {
                let plain = Request.toHttp workspaceId (TrackerRequest.Get(3731531776L, false))
                let meta = Request.toHttp workspaceId (TrackerRequest.Get(3731531776L, true))
                Expect.equal plain.RelativeUri "me/time_entries/3731531776" "docs/toggl-api.md §6.3"
                Expect.equal meta.RelativeUri "me/time_entries/3731531776?meta=true" "docs/toggl-api.md §6.3 with meta"
            }

            test "Add POSTs only the fields set, with workspace_id and created_with" {
                let body =
                    { TrackerBody.empty with
                        Description = Field.Set "Inbox Zero"
                        Start = Field.Set(at "2024-12-16T02:55:24.837112+01:00")
                        Duration = Field.Set -1L
                    }

                let request = Request.toHttp workspaceId (TrackerRequest.Add body)
                Expect.equal request.Method HttpMethod.Post "POST"
                Expect.equal request.Path "workspaces/2230580/time_entries" "docs/toggl-api.md §6.4"

                Expect.equal
                    request.Body
                    (Some
                        """{"created_with":"TogglFun","description":"Inbox Zero","start":"2024-12-16T01:55:24Z","duration":-1,"workspace_id":2230580}""")
                    "the body of docs/toggl-api.md §6.4, start converted to UTC and truncated as Toggl does"
            }

            test "an edit of tags alone sends neither description nor duration (bug 4)" {
                let body =
                    { TrackerBody.empty with
                        Tags = Field.Set [ "mail" ]
                        TagAction = Some TagAction.Remove
                    }

                let fields =
                    bodyFields (Request.toHttp workspaceId (TrackerRequest.Edit(1L, body, true))).Body

                Expect.isFalse (fields.ContainsKey "description") "no description: null"
                Expect.isFalse (fields.ContainsKey "duration") "no duration: -1"
                Expect.isFalse (fields.ContainsKey "meta") "meta is not in the body"

                Expect.isFalse
                    (fields.ContainsKey "created_with")
                    "an update carries only changed fields (docs/toggl-api.md §1)"

                Expect.equal fields["tag_action"] "\"delete\"" "Toggl's word for removal"
                Expect.equal fields["tags"] """["mail"]""" "the tags"
            }

            test "Edit PUTs to the entry with meta as a query parameter" {
                let request =
                    Request.toHttp
                        workspaceId
                        (TrackerRequest.Edit(
                            42L,
                            { TrackerBody.empty with
                                Billable = Field.Set true
                            },
                            true
                        ))

                Expect.equal request.Method HttpMethod.Put "PUT"
                Expect.equal request.RelativeUri "workspaces/2230580/time_entries/42?meta=true" "docs/toggl-api.md §6.5"
            }

            test "a cleared field is sent as null, an unset one not at all" {
                let body =
                    { TrackerBody.empty with
                        Description = Field.Clear
                        ProjectId = Field.Clear
                    }

                let fields = bodyFields (Some(TrackerJson.encodeBody workspaceId body))
                Expect.equal fields["description"] "null" "cleared"
                Expect.equal fields["project_id"] "null" "cleared"
                Expect.isFalse (fields.ContainsKey "task_id") "unset"
            }

            test "BulkEdit PATCHes comma-separated ids with a JSON Patch array" {
                let body =
                    { TrackerBody.empty with
                        Description = Field.Set "Review"
                        Stop = Field.Set(at "2024-12-16T18:07:05.5+01:00")
                    }

                let request =
                    Request.toHttp workspaceId (TrackerRequest.BulkEdit([ 204301830L; 202700150L ], body))

                Expect.equal request.Method HttpMethod.Patch "PATCH"
                Expect.equal request.Path "workspaces/2230580/time_entries/204301830,202700150" "docs/toggl-api.md §6.6"

                Expect.equal
                    request.Body
                    (Some
                        """[{"op":"replace","path":"/description","value":"Review"},{"op":"replace","path":"/stop","value":"2024-12-16T17:07:05Z"}]""")
                    "a full UTC stop time, not only its date (bug 5)"
            }

            test "patchOps turns tags without a tag action into a replace, never dropping them" {
                let ops =
                    Request.patchOps
                        { TrackerBody.empty with
                            Tags = Field.Set [ "a" ]
                        }

                Expect.equal
                    ops
                    [
                        {
                            Op = PatchOperation.Replace
                            Path = "/tags"
                            Value = PatchValue.Strings [ "a" ]
                        }
                    ]
                    "replace /tags"
            }

            test "patchOps adds or removes tags and tag ids by the tag action" {
                let body =
                    { TrackerBody.empty with
                        Tags = Field.Set [ "a" ]
                        TagIds = Field.Set [ 7L ]
                        TagAction = Some TagAction.Add
                    }

                let added = Request.patchOps body |> List.map (fun op -> op.Op.Name, op.Path)
                Expect.equal added [ "add", "/tags"; "add", "/tag_ids" ] "add"

                let removed =
                    Request.patchOps
                        { body with
                            TagAction = Some TagAction.Remove
                        }
                    |> List.map (fun op -> op.Op.Name, op.Path)

                Expect.equal removed [ "remove", "/tags"; "remove", "/tag_ids" ] "remove"
            }

            test "Delete and Stop address one entry; Stop sends no body" {
                let delete = Request.toHttp workspaceId (TrackerRequest.Delete 9L)
                let stop = Request.toHttp workspaceId (TrackerRequest.Stop 9L)

                Expect.equal
                    (delete.Method, delete.RelativeUri)
                    (HttpMethod.Delete, "workspaces/2230580/time_entries/9")
                    "docs/toggl-api.md §6.8"

                Expect.equal
                    (stop.Method, stop.RelativeUri)
                    (HttpMethod.Patch, "workspaces/2230580/time_entries/9/stop")
                    "docs/toggl-api.md §6.7"

                Expect.isNone stop.Body "no body (docs/toggl-api.md §6.7)"
            }

            test "chunk splits 250 ids into 100, 100 and 50 in order" {
                let ids = [ 1L .. 250L ]
                let chunks = Request.chunk ids
                Expect.equal (chunks |> List.map List.length) [ 100; 100; 50 ] "sizes"
                Expect.equal (List.head chunks[2]) 201L "order kept"
                Expect.equal (Request.chunk []) [] "no ids, no chunks"
            }
        ]

let properties =
    testList
        "properties"
        [
            testProperty "chunks concatenate to the input, hold at most 100 ids each, and number ceil(n/100)"
            <| Prop.forAll
                (Arb.fromGen (Gen.choose (0, 1000) |> Gen.bind (fun n -> Gen.listOfLength n genId)))
                (fun ids ->
                    let chunks = Request.chunk ids

                    List.concat chunks = ids
                    && chunks |> List.forall (fun c -> not c.IsEmpty && c.Length <= 100)
                    && chunks.Length = (ids.Length + 99) / 100)

            testProperty "bulkEdit makes one request per chunk, each with the same body and its ids"
            <| Prop.forAll
                (Arb.fromGen (Gen.zip (Gen.choose (0, 450) |> Gen.bind (fun n -> Gen.listOfLength n genId)) genBody))
                (fun (ids, body) ->
                    let requests = Request.bulkEdit ids body

                    let idsSent =
                        requests
                        |> List.collect (fun request ->
                            match request with
                            | TrackerRequest.BulkEdit(part, sent) when sent = body && part.Length <= 100 -> part
                            | _ -> [ -1L ])

                    idsSent = ids && requests.Length = (ids.Length + 99) / 100)

            testProperty
                "every request has the method and path of docs/toggl-api.md §6, relative and without a leading slash"
            <| Prop.forAll (Arb.fromGen genRequest) (fun request ->
                let http = Request.toHttp workspaceId request
                let entries = $"workspaces/{workspaceId}/time_entries"

                let expected =
                    match request with
                    | TrackerRequest.Current -> HttpMethod.Get, "me/time_entries/current"
                    | TrackerRequest.Collect _ -> HttpMethod.Get, "me/time_entries"
                    | TrackerRequest.Get(id, _) -> HttpMethod.Get, $"me/time_entries/{id}"
                    | TrackerRequest.Add _ -> HttpMethod.Post, entries
                    | TrackerRequest.Edit(id, _, _) -> HttpMethod.Put, $"{entries}/{id}"
                    | TrackerRequest.BulkEdit(ids, _) -> HttpMethod.Patch, entries + "/" + String.Join(",", ids)
                    | TrackerRequest.Delete id -> HttpMethod.Delete, $"{entries}/{id}"
                    | TrackerRequest.Stop id -> HttpMethod.Patch, $"{entries}/{id}/stop"

                let hasBody =
                    match request with
                    | TrackerRequest.Add _
                    | TrackerRequest.Edit _
                    | TrackerRequest.BulkEdit _ -> true
                    | _ -> false

                (http.Method, http.Path) = expected
                && not (http.Path.StartsWith "/")
                && http.Body.IsSome = hasBody)

            testProperty "a collect query decodes back to the filter's values in a stable order"
            <| Prop.forAll (Arb.fromGen genFilter) (fun filter ->
                let http = Request.toHttp workspaceId (TrackerRequest.Collect filter)

                let expected =
                    [
                        match filter.Since with
                        | Some since -> "since", string (since.ToUnixTimeSeconds())
                        | None -> ()
                        match filter.Before with
                        | Some b -> "before", boundSent b
                        | None -> ()
                        match filter.StartDate with
                        | Some s -> "start_date", boundSent s
                        | None -> ()
                        match filter.EndDate with
                        | Some e -> "end_date", boundSent e
                        | None -> ()
                        if filter.Meta then
                            "meta", "true"
                    ]

                parseQuery http.Query = expected && not (http.Query.Contains ":"))

            testProperty "patchOps has one operation per field sent, with the right op and path"
            <| Prop.forAll (Arb.fromGen genBody) (fun body ->
                let tagOp (field: Field<_>) =
                    match field, body.TagAction with
                    | Field.Set _, Some TagAction.Add -> "add"
                    | Field.Set _, Some TagAction.Remove -> "remove"
                    | _ -> "replace"

                let expected =
                    [
                        if Field.isSent body.Description then
                            "replace", "/description"
                        if Field.isSent body.Tags then
                            tagOp body.Tags, "/tags"
                        if Field.isSent body.TagIds then
                            tagOp body.TagIds, "/tag_ids"
                        if Field.isSent body.ProjectId then
                            "replace", "/project_id"
                        if Field.isSent body.TaskId then
                            "replace", "/task_id"
                        if Field.isSent body.Billable then
                            "replace", "/billable"
                        if Field.isSent body.Start then
                            "replace", "/start"
                        if Field.isSent body.Stop then
                            "replace", "/stop"
                        if Field.isSent body.Duration then
                            "replace", "/duration"
                        if Field.isSent body.SharedWithUserIds then
                            "replace", "/shared_with_user_ids"
                    ]

                let ops = Request.patchOps body

                List.map (fun op -> op.Op.Name, op.Path) ops = expected
                && (ops.IsEmpty = not (Validation.hasEdits body)))

            testProperty "a create or update body holds exactly the fields sent, with their values"
            <| Prop.forAll (Arb.fromGen genBody) (fun body ->
                let fields = bodyFields (Some(TrackerJson.encodeBody workspaceId body))

                let sent name (field: Field<'V>) (json: 'V -> string) =
                    match field with
                    | Field.Unset -> not (fields.ContainsKey name)
                    | Field.Clear -> fields.TryFind name = Some "null"
                    | Field.Set value -> fields.TryFind name = Some(json value)

                let time (value: DateTimeOffset) =
                    "\"" + Encode.requestTimestamp value + "\""

                let number (value: int64) = string value

                let text (value: string) =
                    use document = JsonDocument.Parse(JsonSerializer.Serialize value)
                    document.RootElement.GetRawText()

                let strings (values: string list) = JsonSerializer.Serialize values
                let numbers (values: int64 list) = JsonSerializer.Serialize values

                sent "start" body.Start time
                && sent "stop" body.Stop time
                && sent "duration" body.Duration number
                && sent "project_id" body.ProjectId number
                && sent "task_id" body.TaskId number
                && sent "tag_ids" body.TagIds numbers
                && sent "shared_with_user_ids" body.SharedWithUserIds numbers
                && sent "billable" body.Billable (fun b -> if b then "true" else "false")
                && (match body.Description with
                    | Field.Set d -> (JsonDocument.Parse(fields["description"]).RootElement.GetString()) = d
                    | other -> sent "description" other text)
                && (match body.Tags with
                    | Field.Set tags ->
                        JsonDocument.Parse(fields["tags"]).RootElement.EnumerateArray()
                        |> Seq.map (fun e -> e.GetString())
                        |> List.ofSeq = tags
                    | other -> sent "tags" other strings)
                && fields["workspace_id"] = string workspaceId
                && fields.ContainsKey "created_with" = body.CreatedWith.IsSome
                && fields.ContainsKey "tag_action" = body.TagAction.IsSome
                && not (fields.ContainsKey "meta"))
        ]

/// Request building: methods, paths, queries, bodies, chunking and patch operations.
let tests = testList "RequestTests" [ examples; properties ]
