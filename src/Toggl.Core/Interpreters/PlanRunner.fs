namespace Toggl.Core

open System
open System.Threading
open System.Threading.Tasks

/// The interpreter that runs plans: reads the cache, sends each request through the endpoint's `ISend`,
/// applies the rules for its answer or failure (`AnswerRules`, `FailureRules`: commits, follow-up requests),
/// and finishes the result.
[<RequireQualifiedAccess>]
module internal PlanRunner =

    /// Performs a plan's cache reads; without a cache, nothing is read.
    let read (endpoint: TrackerEndpoint) (reads: CacheRead list) (ct: CancellationToken) =
        RunnerEffects.read endpoint reads ct

    /// One request and its rules. `Ok(outcome, false)` ends the plan there with success.
    let private exchange
        endpoint
        (progress: IProgress<int> option)
        (previous: Outcome list)
        (exchange: Exchange)
        ct
        : Task<Result<Outcome * bool, TogglError>> =
        task {
            let! result = endpoint.Send.Send(exchange.Request, ct)

            match exchange.OnAnswer with
            | OnAnswer.BulkEdited(body, handled) ->
                match result |> Result.bind (RunnerEffects.decodeWith TrackerJson.decodeEdits) with
                | Ok chunkEdits ->
                    let appliedSoFar =
                        (previous
                         |> List.rev
                         |> List.collect (fun o ->
                             match o with
                             | Outcome.Edits edits -> edits.Successes
                             | _ -> []))
                        @ chunkEdits.Successes

                    match! AnswerRules.applyLocally endpoint body chunkEdits appliedSoFar ct with
                    | Error error -> return Error error
                    | Ok() ->
                        progress |> Option.iter (fun p -> p.Report handled)
                        return Ok(Outcome.Edits chunkEdits, true)
                | Error error -> return! FailureRules.failed endpoint exchange error ct
            | OnAnswer.Report answer ->
                match result with
                | Ok response ->
                    let! outcome = ReportAnswerRules.answered endpoint progress answer response ct
                    return outcome |> Result.map (fun o -> o, true)
                | Error error -> return! FailureRules.failed endpoint exchange error ct
            | rule ->
                match result with
                | Ok response ->
                    let! outcome = AnswerRules.answered endpoint rule response ct
                    return outcome |> Result.map (fun o -> o, true)
                | Error error -> return! FailureRules.failed endpoint exchange error ct
        }

    /// Runs a plan: its steps in order, each request through the endpoint's `ISend`, then its finish.
    /// `progress` is told how many ids a bulk edit handled after each chunk.
    let run
        (endpoint: TrackerEndpoint)
        (progress: IProgress<int> option)
        (plan: Plan<'T>)
        (ct: CancellationToken)
        : Task<Result<'T, TogglError>> =
        let rec go (steps: Step list) (outcomes: Outcome list) : Task<Result<Outcome list, TogglError>> =
            task {
                match steps with
                | [] -> return Ok(List.rev outcomes)
                | Step.Answer(outcome, _) :: rest -> return! go rest (outcome :: outcomes)
                | Step.ReadAgain(reads, answer, _) :: rest ->
                    match! read endpoint reads ct with
                    | Error error -> return Error error
                    | Ok answers -> return! go rest (answer answers :: outcomes)
                | Step.Send step :: rest ->
                    match step.OnFailure with
                    // Cancelled between chunks: the chunks done are cached, the rest is not sent.
                    | OnFailure.LaterChunk _ when ct.IsCancellationRequested -> return Error TogglError.Cancelled
                    | _ ->
                        match! exchange endpoint progress outcomes step ct with
                        | Error error -> return Error error
                        | Ok(outcome, true) -> return! go rest (outcome :: outcomes)
                        | Ok(outcome, false) -> return Ok(List.rev (outcome :: outcomes))
            }

        task {
            match! go plan.Steps [] with
            | Ok outcomes -> return plan.Finish outcomes
            | Error error -> return Error error
        }

    /// Reads what an operation needs from the cache, compiles its plan, and runs it.
    let runOperation
        (endpoint: TrackerEndpoint)
        (progress: IProgress<int> option)
        (operation: Result<Operation<'T>, TogglError>)
        (ct: CancellationToken)
        : Task<Result<'T, TogglError>> =
        taskResult {
            let! operation = operation
            let! answers = read endpoint operation.Reads ct
            let! plan = operation.Compile answers
            return! run endpoint progress plan ct
        }
