namespace Toggl.Core

open System

/// A spent hourly quota remembered until it resets (docs/toggl-api.md §4.2: every request until then is
/// refused), so that calls fail at once instead of spending requests on 402s. Share one gate between
/// interpreters using the same credentials. Thread-safe; times are passed in, so any clock drives it.
[<Sealed>]
type QuotaGate() =
    let gate = obj ()
    let mutable closedUntil: (DateTimeOffset * int option * string) option = None

    /// Closes the gate until `now + resetsIn`, keeping the 402's remaining count and message for the errors
    /// given until then. A later reset already known is kept.
    member internal _.Close(now: DateTimeOffset, remaining: int option, resetsIn: TimeSpan, message: string) =
        let until = now + resetsIn

        lock gate (fun () ->
            match closedUntil with
            | Some(known, _, _) when known >= until -> ()
            | _ -> closedUntil <- Some(until, remaining, message))

    /// The error to fail with at `now` while the quota is spent, with the time left until it resets;
    /// `None` once it has reset (the gate then opens).
    member internal _.Check(now: DateTimeOffset) : TogglError option =
        lock gate (fun () ->
            match closedUntil with
            | Some(until, remaining, message) when now < until ->
                Some(TogglError.QuotaExhausted(remaining, Some(until - now), message))
            | Some _ ->
                closedUntil <- None
                None
            | None -> None)
