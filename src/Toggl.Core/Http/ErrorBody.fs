namespace Toggl.Core

open System
open System.Globalization
open System.Net
open System.Text
open System.Text.Json
open System.Text.RegularExpressions

/// Toggl's error bodies as a person can read them. Toggl answers 4xx business errors with a JSON
/// string literal, 401/405 with an empty body, and its edge (nginx) with plain text or an HTML page
/// (docs/toggl-api.md §3.1): "if the body starts with `"` JSON-decode it, otherwise use the raw text;
/// never assume a JSON object".
[<RequireQualifiedAccess>]
module internal ErrorBody =

    /// The longest message kept from a body; a whole nginx page in a log line helps nobody.
    [<Literal>]
    let MaxLength = 300

    /// A phrase for a status whose body says nothing (401 and 405 come with an empty body, docs/toggl-api.md §3.1).
    let defaultPhrase (status: int) =
        match status with
        | 400 -> "Bad Request"
        | 401 -> "Unauthorized: the request carried no valid credentials"
        | 402 -> "Payment Required: the hourly API quota is exhausted or the plan lacks the feature"
        | 403 -> "Forbidden: wrong credentials or no access to this resource"
        | 404 -> "Not Found"
        | 405 -> "Method Not Allowed"
        | 409 -> "Conflict"
        | 410 -> "Gone"
        | 429 -> "Too Many Requests"
        | 500 -> "Internal Server Error"
        | 502 -> "Bad Gateway"
        | 503 -> "Service Unavailable"
        | 504 -> "Gateway Timeout"
        | other -> $"HTTP status {string other}"

    let private timeout = TimeSpan.FromMilliseconds 200.

    // The regular expressions are bounded by a timeout and the input by MaxInput: a hostile page
    // must not stall the client.
    let private titlePattern =
        Regex(
            @"<title[^>]*>(.*?)</title\s*>",
            RegexOptions.IgnoreCase
            ||| RegexOptions.Singleline
            ||| RegexOptions.CultureInvariant,
            timeout
        )

    let private scriptPattern =
        Regex(
            @"<(script|style)[^>]*>.*?</\1\s*>",
            RegexOptions.IgnoreCase
            ||| RegexOptions.Singleline
            ||| RegexOptions.CultureInvariant,
            timeout
        )

    let private tagPattern = Regex(@"<[^>]*>?", RegexOptions.CultureInvariant, timeout)

    let private quotaResetPattern =
        Regex(
            @"resets?\s+in\s+(\d{1,9})\s*(seconds?|secs?|s)\b",
            RegexOptions.IgnoreCase ||| RegexOptions.CultureInvariant,
            timeout
        )

    // The sentence of a 402 message that says when the quota resets ("The quota will reset in 133 seconds.").
    let private quotaResetSentencePattern =
        Regex(
            @"[^.!?]*\bresets?\s+in\s+\d{1,9}\s*(seconds?|secs?|s)\b[^.!?]*[.!?]?",
            RegexOptions.IgnoreCase ||| RegexOptions.CultureInvariant,
            timeout
        )

    /// Only the start of a body is looked at: messages are short, pages are not.
    let private maxInput = 64 * 1024

    /// Control characters and runs of white space become one space; the text is cut to `MaxLength`.
    let private tidy (text: string) =
        let builder = StringBuilder(min text.Length (MaxLength + 1))
        let mutable pendingSpace = false

        for c in text do
            if Char.IsWhiteSpace c || Char.IsControl c then
                pendingSpace <- builder.Length > 0
            elif builder.Length <= MaxLength then
                if pendingSpace then
                    builder.Append ' ' |> ignore
                    pendingSpace <- false

                builder.Append c |> ignore

        if builder.Length > MaxLength then
            // Do not cut a surrogate pair in half.
            let cut =
                if Char.IsHighSurrogate builder[MaxLength - 2] then
                    MaxLength - 2
                else
                    MaxLength - 1

            builder.ToString(0, cut) + "…"
        else
            builder.ToString()

    let private jsonString (text: string) =
        try
            use document = JsonDocument.Parse text

            match document.RootElement.ValueKind with
            | JsonValueKind.String -> Option.ofObj (document.RootElement.GetString())
            | JsonValueKind.Object ->
                // Not Toggl's format, but some proxies answer `{"message": ...}` or `{"error": ...}`.
                [ "message"; "error"; "error_message" ]
                |> List.tryPick (fun name ->
                    match document.RootElement.TryGetProperty name with
                    | true, value when value.ValueKind = JsonValueKind.String -> Option.ofObj (value.GetString())
                    | _ -> None)
            | _ -> None
        with :? JsonException ->
            None

    let private html (text: string) =
        let title = titlePattern.Match text

        let readable =
            if title.Success && not (String.IsNullOrWhiteSpace title.Groups[1].Value) then
                title.Groups[1].Value
            else
                tagPattern.Replace(scriptPattern.Replace(text, " "), " ")

        match WebUtility.HtmlDecode readable with
        | null -> ""
        | decoded -> decoded

    let private decodeText (status: int) (body: string) =
        let text =
            (if body.Length > maxInput then
                 body.Substring(0, maxInput)
             else
                 body)
                .Trim()

        let message =
            if text.Length = 0 then
                ""
            elif text[0] = '"' then
                // A truncated literal (`"start is requ`) is still worth showing without its quote.
                match jsonString text with
                | Some decoded -> decoded
                | None -> text.Trim '"'
            elif text[0] = '{' then
                jsonString text |> Option.defaultValue text
            elif text[0] = '<' then
                html text
            else
                text

        match tidy message with
        | "" -> defaultPhrase status
        | readable -> readable

    /// The message of an error answer: a JSON string literal gives its text, an empty body a phrase for
    /// the status, plain text itself, an HTML page its title (or its text without tags); at most
    /// `MaxLength` characters on one line. Never throws.
    let decode (status: int) (body: string) : string =
        if String.IsNullOrEmpty body then
            defaultPhrase status
        else
            try
                decodeText status body
            with :? RegexMatchTimeoutException ->
                defaultPhrase status

    /// The seconds until the quota resets, read from a 402 message such as "You have hit your hourly
    /// limit for API calls. The quota will reset in 133 seconds." (docs/toggl-api.md §4.2). Never throws.
    let quotaResetsIn (message: string) : TimeSpan option =
        if String.IsNullOrEmpty message then
            None
        else
            try
                let found =
                    quotaResetPattern.Match(
                        if message.Length > maxInput then
                            message.Substring(0, maxInput)
                        else
                            message
                    )

                match found.Success with
                | true ->
                    match Int64.TryParse(found.Groups[1].Value, NumberStyles.None, CultureInfo.InvariantCulture) with
                    | true, seconds -> Some(TimeSpan.FromSeconds(float seconds))
                    | _ -> None
                | false -> None
            with :? RegexMatchTimeoutException ->
                None

    /// A 402 message without the sentence that says when the quota resets, for a caller that states the reset
    /// itself (with a figure that stays current); the message unchanged when it has no such sentence. Never throws.
    let withoutQuotaReset (message: string) : string =
        if String.IsNullOrEmpty message then
            message
        else
            try
                quotaResetSentencePattern.Replace(message, "").Trim()
            with :? RegexMatchTimeoutException ->
                message
