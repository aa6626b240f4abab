namespace Toggl.Core

open System
open System.Threading.Tasks

/// Functions on `Task<Result<_, _>>`, the shape of every effectful function of the core.
[<RequireQualifiedAccess>]
module internal TaskResult =

    /// Maps the value of a task.
    let map (mapping: 'T -> 'U) (source: Task<'T>) : Task<'U> =
        task {
            let! value = source
            return mapping value
        }

/// A computation expression over `Task<Result<_, _>>`: `let!` and `do!` take tasks of results or plain
/// results, and stop at the first error. (FsToolkit.ErrorHandling's `taskResult` is in a package that is not
/// served here, so the core carries this small builder on top of F#'s `task`.)
type internal TaskResultBuilder() =

    member _.Return(value: 'T) : Task<Result<'T, 'E>> = Task.FromResult(Ok value)

    member _.ReturnFrom(source: Task<Result<'T, 'E>>) = source

    member _.ReturnFrom(source: Result<'T, 'E>) = Task.FromResult source

    member _.Zero() : Task<Result<unit, 'E>> = Task.FromResult(Ok())

    member _.Bind(source: Task<Result<'T, 'E>>, binder: 'T -> Task<Result<'U, 'E>>) : Task<Result<'U, 'E>> =
        task {
            match! source with
            | Ok value -> return! binder value
            | Error error -> return Error error
        }

    member _.Bind(source: Result<'T, 'E>, binder: 'T -> Task<Result<'U, 'E>>) : Task<Result<'U, 'E>> =
        match source with
        | Ok value -> binder value
        | Error error -> Task.FromResult(Error error)

    member _.Delay(generator: unit -> Task<Result<'T, 'E>>) = generator

    member _.Run(generator: unit -> Task<Result<'T, 'E>>) = generator ()

    member this.Combine(first: Task<Result<unit, 'E>>, second: unit -> Task<Result<'T, 'E>>) = this.Bind(first, second)

    member _.For(items: seq<'T>, body: 'T -> Task<Result<unit, 'E>>) : Task<Result<unit, 'E>> =
        task {
            use enumerator = items.GetEnumerator()
            let mutable result = Ok()

            while Result.isOk result && enumerator.MoveNext() do
                let! step = body enumerator.Current
                result <- step

            return result
        }

    member _.TryFinally(body: unit -> Task<Result<'T, 'E>>, compensation: unit -> unit) =
        task {
            try
                return! body ()
            finally
                compensation ()
        }

    member this.Using(resource: #IDisposable, body: _ -> Task<Result<'T, 'E>>) =
        this.TryFinally(
            (fun () -> body resource),
            (fun () ->
                if not (isNull (box resource)) then
                    resource.Dispose())
        )

/// The `taskResult { }` computation expression.
[<AutoOpen>]
module internal TaskResultBuilderInstance =

    /// Builds a `Task<Result<_, _>>` that stops at the first error.
    let taskResult = TaskResultBuilder()
