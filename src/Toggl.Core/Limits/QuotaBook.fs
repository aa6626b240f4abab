namespace Toggl.Core

open System

/// The newest quota figures seen per bucket, so a choice between buckets (`ResourceSync`) can tell which has
/// room. Thread-safe; answers to concurrent requests may arrive out of order, so the newest figures are kept.
[<Sealed>]
type internal QuotaBook() =
    let gate = obj ()
    let mutable known: Map<QuotaScope, Quota> = Map.empty

    /// Records the figures of an answer to a request that counted against `scope`.
    member _.Record(scope: QuotaScope, quota: Quota) =
        lock gate (fun () ->
            match known |> Map.tryFind scope with
            | Some newer when newer.ObservedAt > quota.ObservedAt -> ()
            | _ -> known <- known |> Map.add scope quota)

    /// The newest figures of a bucket, if an answer carried any.
    member _.Last(scope: QuotaScope) : Quota option =
        lock gate (fun () -> known |> Map.tryFind scope)

/// What is known of the remaining quota of a sender's buckets: the HTTP interpreter keeps a `QuotaBook`.
type internal IQuotaKnowledge =
    /// The newest figures of a bucket, if known.
    abstract QuotaOf: scope: QuotaScope -> Quota option
