namespace Toggl.Core

open System


/// What an HTTP status means for the caller (docs/toggl-api.md §3.2).
[<RequireQualifiedAccess>]
module internal HttpStatus =

    /// The error of a non-2xx answer. Every status maps, and `TogglError.status` gives it back: 401/403 →
    /// Unauthorized, 402 → FeatureNotEnabled when Toggl names a feature and no reset, else QuotaExhausted (resets-in from the header, else from the message), 404 →
    /// NotFound, 409 → Conflict, 429 → RateLimited, other 4xx → BadRequest, anything else → ServerError.
    let toError (status: int) (headers: ResponseHeaders) (body: string) : TogglError =
        let message = ErrorBody.decode status body

        match status with
        | 401
        | 403 -> TogglError.Unauthorized(status, message)
        // A report the workspace's plan lacks ("Workspace needs to have this feature enabled"): Toggl's quota
        // headers ride along on every answer, so the text tells them apart, and a spent quota (none left) wins.
        | 402 when
            message <> ErrorBody.defaultPhrase 402
            && message.Contains("feature", StringComparison.OrdinalIgnoreCase)
            && (ErrorBody.quotaResetsIn message).IsNone
            && headers.QuotaRemaining |> Option.forall (fun left -> left > 0)
            ->
            TogglError.FeatureNotEnabled message
        | 402 ->
            let resetsIn =
                headers.QuotaResetsIn |> Option.orElse (ErrorBody.quotaResetsIn message)

            // With the reset known, TogglError.message states it (once, and current after a fail-fast wait):
            // Toggl's own "will reset in N seconds" goes.
            let message =
                match resetsIn with
                | Some _ ->
                    match ErrorBody.withoutQuotaReset message with
                    | "" -> ErrorBody.defaultPhrase 402
                    | rest -> rest
                | None -> message

            TogglError.QuotaExhausted(headers.QuotaRemaining, resetsIn, message)
        | 404 -> TogglError.NotFound message
        | 409 -> TogglError.Conflict message
        | 429 -> TogglError.RateLimited(headers.RetryAfter, message)
        | _ when status >= 400 && status <= 499 -> TogglError.BadRequest(status, message)
        // 5xx once retries are spent, and statuses Toggl never sends (1xx, 3xx): the server misbehaved.
        | _ -> TogglError.ServerError(status, message)

    /// A 2xx answer as a response (its body as sent, quota when the headers had it), anything else as an error.
    let interpret
        (status: int)
        (headers: ResponseHeaders)
        (observedAt: DateTimeOffset)
        (body: string)
        : Result<HttpResponse, TogglError> =
        if status >= 200 && status <= 299 then
            Ok
                {
                    Status = status
                    Body =
                        (match box body with
                         | null -> ""
                         | _ -> body)
                    Quota = ResponseHeaders.quota observedAt headers
                    Date = None
                    Bytes = None
                    Next = headers.Next
                }
        else
            Error(toError status headers body)
