namespace Toggl.Core

open System

/// What both caches check of a batch of cached objects before they apply any of it.
[<RequireQualifiedAccess>]
module internal ResourceRows =

    /// Every kind, in the contract's order.
    let kinds =
        [
            ResourceKind.Me
            ResourceKind.Workspace
            ResourceKind.Organization
            ResourceKind.Project
            ResourceKind.Task
            ResourceKind.Tag
            ResourceKind.Client
        ]

    /// The text a kind is stored as, in the SQLite `kind` columns and the JSON file's `kind` fields: a
    /// fixed map, never the union's reflected name (a rename in code must not orphan cached rows).
    let storedName (kind: ResourceKind) =
        match kind with
        | ResourceKind.Me -> "me"
        | ResourceKind.Workspace -> "workspace"
        | ResourceKind.Organization -> "organization"
        | ResourceKind.Project -> "project"
        | ResourceKind.Task -> "task"
        | ResourceKind.Tag -> "tag"
        | ResourceKind.Client -> "client"

    /// The kind a stored text names, if it is one this library knows.
    let tryStored (name: string) =
        kinds |> List.tryFind (fun kind -> storedName kind = name)

    /// A kind's name in a message.
    let private kindName (kind: ResourceKind) =
        match kind with
        | ResourceKind.Me -> "user"
        | kind -> storedName kind

    /// Refuses a batch holding an object without a name or without JSON (possible from C# or a default
    /// value): a typed error naming the object, before anything is written, so no cache stores half of it.
    let check (change: ResourceChange) : Result<unit, TogglError> =
        let lacking (row: CachedResource) =
            if isNull (box row.Name) then Some "name"
            elif isNull (box row.Json) then Some "JSON"
            else None

        match
            change.Upserts
            |> List.tryPick (fun row -> lacking row |> Option.map (fun what -> row, what))
        with
        | Some(row, what) ->
            Error(
                TogglError.Validation(
                    ValidationError.InvalidArgument(
                        "cached object",
                        ("the "
                         + (kindName row.Kind)
                         + " "
                         + (string row.Id)
                         + " has no "
                         + what
                         + ": the batch was not committed.")
                    )
                )
            )
        | None -> Ok()

    /// The objects of one kind, visible at `cutoff` (UTC ticks of the oldest visible write), matching the
    /// test, in the listing order (`QueryEval.resourceOrder`).
    let visible
        (cutoff: int64)
        (test: CachedResource -> bool)
        (rows: (CachedResource * DateTimeOffset) seq)
        : CachedResource list =
        rows
        |> Seq.filter (fun (row, writtenAt) -> writtenAt.UtcTicks >= cutoff && test row)
        |> Seq.map fst
        |> List.ofSeq
        |> List.sortWith QueryEval.resourceOrder
