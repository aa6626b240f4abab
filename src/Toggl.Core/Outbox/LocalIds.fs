namespace Toggl.Core

/// Local ids: an entry created while its create waits in the outbox has a negative id from the store's
/// counter, never sent to Toggl. When its create is answered with a real id, every later write naming the
/// local id is rewritten to the real one.
[<RequireQualifiedAccess>]
module internal LocalIds =

    /// Whether an id is a local one (Toggl's ids are positive).
    let isLocal (trackerId: int64) = trackerId < 0L

    /// The write with `localId` replaced by `realId` wherever it names the entry; any other write unchanged.
    let rewrite (localId: int64) (realId: int64) (write: QueuedWrite) : QueuedWrite =
        let swap trackerId =
            if trackerId = localId then realId else trackerId

        match write with
        // A create keeps its local id: it is the write that the real id answered.
        | QueuedWrite.Create _ -> write
        | QueuedWrite.Edit(trackerId, body, baseCopy) -> QueuedWrite.Edit(swap trackerId, body, baseCopy)
        | QueuedWrite.Stop(trackerId, stopAt, baseCopy) -> QueuedWrite.Stop(swap trackerId, stopAt, baseCopy)
        | QueuedWrite.Delete(trackerId, baseCopy) -> QueuedWrite.Delete(swap trackerId, baseCopy)

    /// Every write rewritten (`rewrite`), in order.
    let rewriteAll (localId: int64) (realId: int64) (writes: QueuedWrite list) : QueuedWrite list =
        writes |> List.map (rewrite localId realId)
