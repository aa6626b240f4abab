namespace Toggl.Core

open System
open System.Threading

/// The dry run: the plan of an operation — what the cache answers, the requests, the commits and the
/// conditional follow-ups — printed by `PlanPrinter`, sending nothing and changing nothing. It is the very
/// plan `Trackers` runs: the requests it lists as unconditional are the requests the run sends.
[<RequireQualifiedAccess>]
module Plan =

    /// Reads what the operation needs from the endpoint's cache (no request), compiles and prints its plan.
    let internal ofOperation
        (endpoint: TrackerEndpoint)
        (operation: Result<Operation<'T>, TogglError>)
        (ct: CancellationToken)
        =
        taskResult {
            let! operation = operation
            let! answers = PlanRunner.read endpoint operation.Reads ct
            let! plan = operation.Compile answers
            return PlanPrinter.print endpoint.WorkspaceId endpoint.ReRaise operation.Reads plan
        }

    /// The plan of `Trackers.current`.
    let current (endpoint: TrackerEndpoint) (refresh: bool) ct =
        ofOperation endpoint (TrackerPlans.current (PlanContext.ofEndpoint endpoint) refresh) ct

    /// The plan of `Trackers.collect`.
    let collect (endpoint: TrackerEndpoint) (filter: CollectFilter) (refresh: bool) ct =
        ofOperation endpoint (TrackerPlans.collect (PlanContext.ofEndpoint endpoint) filter refresh) ct

    /// The plan of `Trackers.get`.
    let get (endpoint: TrackerEndpoint) (trackerId: int64) (refresh: bool) ct =
        ofOperation endpoint (TrackerPlans.get (PlanContext.ofEndpoint endpoint) trackerId refresh) ct

    /// The plan of `Trackers.add`.
    let add (endpoint: TrackerEndpoint) (body: TrackerBody) ct =
        ofOperation endpoint (TrackerPlans.add (PlanContext.ofEndpoint endpoint) body) ct

    /// The plan of `Trackers.edit`.
    let edit (endpoint: TrackerEndpoint) (trackerId: int64) (body: TrackerBody) (meta: bool) ct =
        ofOperation endpoint (TrackerPlans.edit (PlanContext.ofEndpoint endpoint) trackerId body meta) ct

    /// The plan of `Trackers.bulkEdit`.
    let bulkEdit (endpoint: TrackerEndpoint) (trackerIds: int64 list) (body: TrackerBody) ct =
        ofOperation endpoint (TrackerPlans.bulkEdit (PlanContext.ofEndpoint endpoint) trackerIds body) ct

    /// The plan of `Trackers.delete`.
    let delete (endpoint: TrackerEndpoint) (trackerId: int64) ct =
        ofOperation endpoint (TrackerPlans.delete (PlanContext.ofEndpoint endpoint) trackerId) ct

    /// The plan of `Trackers.stop`.
    let stop (endpoint: TrackerEndpoint) (trackerId: int64) ct =
        ofOperation endpoint (TrackerPlans.stop (PlanContext.ofEndpoint endpoint) trackerId) ct

    /// The plan of `Trackers.sync`.
    let sync (endpoint: TrackerEndpoint) ct =
        ofOperation endpoint (TrackerPlans.sync (PlanContext.ofEndpoint endpoint)) ct

    /// The requests one tracker request sends, in order (a bulk edit sends one per 100 ids), unvalidated.
    let internal requests (workspaceId: int64) (request: TrackerRequest) : HttpRequest list =
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
    let internal validated (now: DateTimeOffset) (workspaceId: int64) (request: TrackerRequest) =
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
