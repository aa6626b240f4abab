namespace Toggl.Core

open System

/// Which of Toggl's hourly quota buckets a request counts against (docs/toggl-api.md §4.2).
[<RequireQualifiedAccess>]
type QuotaScope =
    /// The user-scoped bucket (`/me…`, `/organizations…`): 30 an hour on every plan.
    | User
    /// The bucket of a workspace's organization (`/workspaces/{wid}…`), sized by the plan.
    | Workspace of workspaceId: int64

/// Quota scopes.
[<RequireQualifiedAccess>]
module QuotaScope =

    /// The bucket a request counts against, from its path: `workspaces/{wid}…` is the workspace's, anything
    /// else (`me…`, `organizations…`) the user's. `/me/time_entries` is counted as the user's, which Toggl
    /// leaves open (docs/toggl-api.md §4.2).
    let ofRequest (request: HttpRequest) : QuotaScope =
        let parts = request.Path.TrimStart('/').Split('/')

        match parts with
        | [| "workspaces" |] -> QuotaScope.User
        | parts when parts.Length >= 2 && parts[0] = "workspaces" ->
            match Int64.TryParse parts[1] with
            | true, workspaceId -> QuotaScope.Workspace workspaceId
            | _ -> QuotaScope.User
        | _ -> QuotaScope.User

/// The newest quota figures seen per bucket, so a choice between buckets (`ResourceSync`) can tell which has
/// room. Thread-safe; answers to concurrent requests may arrive out of order, so the newest figures are kept.
[<Sealed>]
type QuotaBook() =
    let gate = obj ()
    let mutable known: Map<QuotaScope, Quota> = Map.empty

    /// Records the figures of an answer to a request that counted against `scope`.
    member internal _.Record(scope: QuotaScope, quota: Quota) =
        lock gate (fun () ->
            match known |> Map.tryFind scope with
            | Some newer when newer.ObservedAt > quota.ObservedAt -> ()
            | _ -> known <- known |> Map.add scope quota)

    /// The newest figures of a bucket, if an answer carried any.
    member _.Last(scope: QuotaScope) : Quota option =
        lock gate (fun () -> known |> Map.tryFind scope)

/// What is known of the remaining quota of a sender's buckets: the HTTP interpreter keeps a `QuotaBook`.
type IQuotaKnowledge =
    /// The newest figures of a bucket, if known.
    abstract QuotaOf: scope: QuotaScope -> Quota option
