namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks

/// An operation on Toggl's objects as a value: `TogglCall.run` runs its plan, `TogglCall.plan` prints it
/// (the dry run) — the same plan either way.
type TogglCall<'T> =
    internal
        {
            Endpoint: TrackerEndpoint
            /// Told how many pages (or ids) were done after each request, when set.
            Progress: IProgress<int> option
            /// The operation, built when the call is run or printed (the clock's now and the quota known then).
            Operation: unit -> Result<Operation<'T>, TogglError>
        }

/// Running and printing calls.
[<RequireQualifiedAccess>]
module TogglCall =

    /// Reads what the call needs from the cache, compiles its plan, and runs it.
    let run (call: TogglCall<'T>) (cancellationToken: CancellationToken) : Task<Result<'T, TogglError>> =
        PlanRunner.runOperation call.Endpoint call.Progress (call.Operation()) cancellationToken

    /// The call's plan, printed (sends nothing, changes nothing).
    let plan (call: TogglCall<'T>) (cancellationToken: CancellationToken) : Task<Result<PrintedPlan, TogglError>> =
        Plan.ofOperation call.Endpoint (call.Operation()) cancellationToken

    /// The call, telling `progress` how many pages a report fetched after each page.
    let withProgress (progress: IProgress<int>) (call: TogglCall<'T>) : TogglCall<'T> =
        { call with
            Progress = (if isNull (box progress) then None else Some progress)
        }

    /// A call of an endpoint whose operation is made from the endpoint's context at the time it runs.
    let internal over (endpoint: TrackerEndpoint) (operation: PlanContext -> Result<Operation<'T>, TogglError>) =
        {
            Endpoint = endpoint
            Progress = None
            Operation = fun () -> operation (PlanContext.ofEndpoint endpoint)
        }

/// Picking typed objects out of `TogglResource`.
[<RequireQualifiedAccess>]
module internal Pick =

    let me resource =
        match resource with
        | TogglResource.Me me -> Some me
        | _ -> None

    let workspace resource =
        match resource with
        | TogglResource.Workspace workspace -> Some workspace
        | _ -> None

    let organization resource =
        match resource with
        | TogglResource.Organization organization -> Some organization
        | _ -> None

    let project resource =
        match resource with
        | TogglResource.Project project -> Some project
        | _ -> None

    let task resource =
        match resource with
        | TogglResource.Task task -> Some task
        | _ -> None

    let tag resource =
        match resource with
        | TogglResource.Tag tag -> Some tag
        | _ -> None

    let client resource =
        match resource with
        | TogglResource.Client client -> Some client
        | _ -> None
