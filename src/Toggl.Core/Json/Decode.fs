namespace Toggl.Core

open System
open System.Runtime.InteropServices
open System.Text
open System.Text.Json

/// A decoder in Thoth's style: given the JSON path so far (e.g. `$.tags[2]`) and an element,
/// a value or a `DecodeError` naming that path. Decoders never throw.
type internal Decoder<'T> = string -> JsonElement -> Result<'T, DecodeError>

/// RFC 3339 timestamps as Toggl sends them (docs/toggl-api.md §1.1): `Z` or `±hh:mm` offsets and
/// 0–9 fraction digits (Go's RFC3339Nano gives up to 9; .NET keeps 7, so extra digits are truncated).
/// Every parsed value is converted to UTC: the instant is kept, never relabelled.
[<RequireQualifiedAccess>]
module internal Timestamp =

    /// The value of `count` ASCII digits at `start`, or -1 if one of them is not a digit.
    let private digits (text: ReadOnlySpan<byte>, start: int, count: int) =
        let mutable value = 0
        let mutable ok = true

        for i in start .. start + count - 1 do
            let digit = int text[i] - int '0'

            if digit < 0 || digit > 9 then
                ok <- false
            else
                value <- value * 10 + digit

        if ok then value else -1

    let private isDigit (b: byte) = b >= byte '0' && b <= byte '9'

    /// Parses `yyyy-MM-ddTHH:mm:ss[.fraction](Z|±hh:mm)` from UTF-8 bytes into a UTC `DateTimeOffset`;
    /// `ValueNone` when the text is not such a timestamp or names an instant .NET cannot hold.
    let tryParseUtf8 (text: ReadOnlySpan<byte>) : DateTimeOffset voption =
        let length = text.Length

        if length < 20 then
            ValueNone
        else
            let year = digits (text, 0, 4)
            let month = digits (text, 5, 2)
            let day = digits (text, 8, 2)
            let hour = digits (text, 11, 2)
            let minute = digits (text, 14, 2)
            let second = digits (text, 17, 2)
            let separator = text[10]

            // RFC 3339 §5.6 allows a lower-case `t`; §5.6's note lets applications use a space.
            let shapeOk =
                text[4] = byte '-'
                && text[7] = byte '-'
                && (separator = byte 'T' || separator = byte 't' || separator = byte ' ')
                && text[13] = byte ':'
                && text[16] = byte ':'

            if
                not shapeOk
                || year < 1
                || month < 1
                || month > 12
                || day < 1
                || hour < 0
                || hour > 23
                || minute < 0
                || minute > 59
                || second < 0
                || second > 59
                || day > DateTime.DaysInMonth(year, month)
            then
                ValueNone
            else
                let mutable index = 19
                let mutable fraction = 0L
                let mutable fractionOk = true

                if text[index] = byte '.' then
                    index <- index + 1
                    let first = index
                    // The first fraction digit is worth 10^6 ticks; digits past the seventh are truncated.
                    let mutable scale = 1_000_000L

                    while index < length && isDigit text[index] do
                        fraction <- fraction + int64 (int text[index] - int '0') * scale
                        scale <- scale / 10L
                        index <- index + 1

                    fractionOk <- index > first

                let offsetMinutes =
                    if not fractionOk || index >= length then
                        ValueNone
                    elif index = length - 1 && (text[index] = byte 'Z' || text[index] = byte 'z') then
                        ValueSome 0
                    elif
                        index = length - 6
                        && (text[index] = byte '+' || text[index] = byte '-')
                        && text[index + 3] = byte ':'
                    then
                        let hours = digits (text, index + 1, 2)
                        let minutes = digits (text, index + 4, 2)
                        let total = hours * 60 + minutes

                        // .NET offsets stop at ±14:00, as do real time zones.
                        if hours < 0 || minutes < 0 || minutes > 59 || total > 14 * 60 then
                            ValueNone
                        elif text[index] = byte '-' then
                            ValueSome -total
                        else
                            ValueSome total
                    else
                        ValueNone

                match offsetMinutes with
                | ValueNone -> ValueNone
                | ValueSome offset ->
                    let local = DateTime(year, month, day, hour, minute, second).Ticks + fraction
                    let utc = local - int64 offset * TimeSpan.TicksPerMinute

                    if utc < 0L || utc > DateTime.MaxValue.Ticks then
                        ValueNone
                    else
                        ValueSome(DateTimeOffset(utc, TimeSpan.Zero))

    /// Parses an RFC 3339 timestamp (see `tryParseUtf8`) from text.
    let tryParse (text: string) : DateTimeOffset voption =
        if String.IsNullOrEmpty text || text.Length > 64 then
            ValueNone
        else
            // Non-ASCII characters become '?', which no timestamp contains: the parse then fails as it should.
            tryParseUtf8 (ReadOnlySpan<byte>(Encoding.ASCII.GetBytes text))

/// Decoders and their combinators, on System.Text.Json elements.
[<RequireQualifiedAccess>]
module internal Decode =

    /// How an element is named in messages: "a string", "a number", "null"...
    let describe (element: JsonElement) =
        match element.ValueKind with
        | JsonValueKind.String -> "a string"
        | JsonValueKind.Number -> "a number"
        | JsonValueKind.True
        | JsonValueKind.False -> "a boolean"
        | JsonValueKind.Null -> "null"
        | JsonValueKind.Object -> "an object"
        | JsonValueKind.Array -> "an array"
        | _ -> "nothing"

    /// The error "expected `what`, got ..." at `path`.
    let mismatch (what: string) (path: string) (element: JsonElement) : Result<'T, DecodeError> =
        Error
            {
                Path = path
                Message = $"expected {what}, got {describe element}"
            }

    /// The path of a field below `path`.
    let fieldPath (path: string) (name: string) = path + "." + name

    /// The path of an array item below `path`.
    let itemPath (path: string) (index: int) = path + "[" + index.ToString() + "]"

    /// A JSON string. A string holding a lone surrogate escape (`"\ud800"`) is an error, not an exception.
    let string: Decoder<string> =
        fun path element ->
            if element.ValueKind = JsonValueKind.String then
                try
                    match element.GetString() with
                    | null -> mismatch "a string" path element
                    | text -> Ok text
                with :? InvalidOperationException ->
                    Error
                        {
                            Path = path
                            Message = "expected a string, got a string with an invalid UTF-16 escape"
                        }
            else
                mismatch "a string" path element

    /// A JSON number that is a whole 64-bit integer.
    let int64: Decoder<int64> =
        fun path element ->
            let mutable value = 0L

            if element.ValueKind = JsonValueKind.Number && element.TryGetInt64(&value) then
                Ok value
            elif element.ValueKind = JsonValueKind.Number then
                Error
                    {
                        Path = path
                        Message = $"expected a 64-bit integer, got {element.GetRawText()}"
                    }
            else
                mismatch "an integer" path element

    /// A JSON number that is a whole 32-bit integer.
    let int: Decoder<int> =
        fun path element ->
            let mutable value = 0

            if element.ValueKind = JsonValueKind.Number && element.TryGetInt32(&value) then
                Ok value
            elif element.ValueKind = JsonValueKind.Number then
                Error
                    {
                        Path = path
                        Message = $"expected a 32-bit integer, got {element.GetRawText()}"
                    }
            else
                mismatch "an integer" path element

    /// `true` or `false`.
    let bool: Decoder<bool> =
        fun path element ->
            match element.ValueKind with
            | JsonValueKind.True -> Ok true
            | JsonValueKind.False -> Ok false
            | _ -> mismatch "a boolean" path element

    /// Any JSON number, as a double.
    let float: Decoder<float> =
        fun path element ->
            let mutable value = 0.0

            if element.ValueKind = JsonValueKind.Number && element.TryGetDouble(&value) then
                Ok value
            else
                mismatch "a number" path element

    /// The message for a string that is not a timestamp, quoting (at most 40 characters of) the raw text.
    let timestampMessage (raw: ReadOnlySpan<byte>) =
        let shown = Encoding.UTF8.GetString(raw)

        let shown =
            if shown.Length > 40 then
                shown.Substring(0, 40) + "…"
            else
                shown

        $"expected an RFC 3339 timestamp such as 2024-12-16T17:05:25+00:00, got \"{shown}\""

    /// An RFC 3339 timestamp string (`Z` or any offset, 0–9 fraction digits), converted to UTC.
    let dateTimeOffset: Decoder<DateTimeOffset> =
        fun path element ->
            if element.ValueKind <> JsonValueKind.String then
                mismatch "a timestamp string" path element
            else
                // The raw bytes include the quotes. Escaped text (rare) goes through GetString.
                let raw = JsonMarshal.GetRawUtf8Value(element)
                let inner = raw.Slice(1, raw.Length - 2)

                let parsed =
                    if inner.IndexOf(byte '\\') < 0 then
                        Timestamp.tryParseUtf8 inner
                    else
                        match string path element with
                        | Ok text -> Timestamp.tryParse text
                        | Error _ -> ValueNone

                match parsed with
                | ValueSome value -> Ok value
                | ValueNone ->
                    Error
                        {
                            Path = path
                            Message = timestampMessage inner
                        }

    /// `null` as `None`, anything else through `decoder` as `Some`.
    let nullable (decoder: Decoder<'T>) : Decoder<'T option> =
        fun path element ->
            if element.ValueKind = JsonValueKind.Null then
                Ok None
            else
                match decoder path element with
                | Ok value -> Ok(Some value)
                | Error error -> Error error

    /// Same as `nullable`.
    let option (decoder: Decoder<'T>) : Decoder<'T option> = nullable decoder

    /// Puts `prefix` in front of an error's path. Combinators decode children with the relative path ""
    /// and prefix only on failure, so a successful decode builds no path strings (bench/DecodeBench.fs).
    let relocate (prefix: string) (error: DecodeError) =
        { error with
            Path = prefix + error.Path
        }

    /// A JSON array, each item through `decoder`; the first failing item's path is reported.
    let array (decoder: Decoder<'T>) : Decoder<'T array> =
        fun path element ->
            if element.ValueKind <> JsonValueKind.Array then
                mismatch "an array" path element
            else
                let result = Array.zeroCreate (element.GetArrayLength())
                let mutable error = None
                let mutable index = 0
                let mutable items = element.EnumerateArray()

                while error.IsNone && items.MoveNext() do
                    match decoder "" items.Current with
                    | Ok value -> result[index] <- value
                    | Error e -> error <- Some(relocate (itemPath path index) e)

                    index <- index + 1

                match error with
                | Some e -> Error e
                | None -> Ok result

    /// A JSON array as an F# list.
    let list (decoder: Decoder<'T>) : Decoder<'T list> =
        fun path element ->
            match array decoder path element with
            | Ok items -> Ok(List.ofArray items)
            | Error e -> Error e

    /// A required field of an object: missing is an error naming the field.
    let field (name: string) (decoder: Decoder<'T>) : Decoder<'T> =
        fun path element ->
            if element.ValueKind <> JsonValueKind.Object then
                mismatch "an object" path element
            else
                let mutable value = Unchecked.defaultof<JsonElement>

                if element.TryGetProperty(name, &value) then
                    match decoder "" value with
                    | Ok v -> Ok v
                    | Error e -> Error(relocate (fieldPath path name) e)
                else
                    Error
                        {
                            Path = fieldPath path name
                            Message = "required field is missing"
                        }

    /// An optional field: absent or `null` gives `None`.
    let optionalField (name: string) (decoder: Decoder<'T>) : Decoder<'T option> =
        fun path element ->
            if element.ValueKind <> JsonValueKind.Object then
                mismatch "an object" path element
            else
                let mutable value = Unchecked.defaultof<JsonElement>

                if element.TryGetProperty(name, &value) && value.ValueKind <> JsonValueKind.Null then
                    match decoder "" value with
                    | Ok v -> Ok(Some v)
                    | Error e -> Error(relocate (fieldPath path name) e)
                else
                    Ok None

    /// Always `value`, whatever the element.
    let succeed (value: 'T) : Decoder<'T> = fun _ _ -> Ok value

    /// Always an error with `message` at the current path.
    let fail (message: string) : Decoder<'T> =
        fun path _ -> Error { Path = path; Message = message }

    /// Transforms a decoded value.
    let map (mapping: 'T -> 'U) (decoder: Decoder<'T>) : Decoder<'U> =
        fun path element ->
            match decoder path element with
            | Ok value -> Ok(mapping value)
            | Error e -> Error e

    /// Combines two decoders of the same element.
    let map2 (mapping: 'A -> 'B -> 'U) (first: Decoder<'A>) (second: Decoder<'B>) : Decoder<'U> =
        fun path element ->
            match first path element with
            | Error e -> Error e
            | Ok a ->
                match second path element with
                | Error e -> Error e
                | Ok b -> Ok(mapping a b)

    /// Chooses the next decoder from a decoded value.
    let bind (binder: 'T -> Decoder<'U>) (decoder: Decoder<'T>) : Decoder<'U> =
        fun path element ->
            match decoder path element with
            | Ok value -> binder value path element
            | Error e -> Error e

    /// The first decoder that succeeds; if none does, one error listing every message.
    let oneOf (decoders: Decoder<'T> list) : Decoder<'T> =
        fun path element ->
            let rec attempt remaining messages =
                match remaining with
                | [] ->
                    Error
                        {
                            Path = path
                            Message = String.Join("; or ", List.rev messages)
                        }
                | decoder :: rest ->
                    match decoder path element with
                    | Ok value -> Ok value
                    | Error e -> attempt rest (e.Message :: messages)

            attempt decoders []

    /// `null` or a missing value as `fallback`.
    let withDefault (fallback: 'T) (decoder: Decoder<'T option>) : Decoder<'T> =
        map (Option.defaultValue fallback) decoder

    /// A JSON number as a decimal (rates, amounts): exact, no detour through a double.
    let decimal: Decoder<decimal> =
        fun path element ->
            let mutable value = 0m

            if element.ValueKind = JsonValueKind.Number && element.TryGetDecimal(&value) then
                Ok value
            elif element.ValueKind = JsonValueKind.Number then
                Error
                    {
                        Path = path
                        Message = $"expected a decimal number, got {element.GetRawText()}"
                    }
            else
                mismatch "a number" path element

    /// A calendar date `yyyy-MM-dd` (a project's `start_date`); a full RFC 3339 timestamp is taken as its UTC date.
    let day: Decoder<DateOnly> =
        fun path element ->
            match string path element with
            | Error e -> Error e
            | Ok text ->
                let mutable value = DateOnly.MinValue

                if
                    DateOnly.TryParseExact(
                        text,
                        "yyyy-MM-dd",
                        Globalization.CultureInfo.InvariantCulture,
                        Globalization.DateTimeStyles.None,
                        &value
                    )
                then
                    Ok value
                else
                    match Timestamp.tryParse text with
                    | ValueSome instant -> Ok(DateOnly.FromDateTime instant.UtcDateTime)
                    | ValueNone ->
                        Error
                            {
                                Path = path
                                Message =
                                    let shown =
                                        if text.Length > 40 then
                                            text.Substring(0, 40) + "…"
                                        else
                                            text

                                    $"expected a date such as 2024-05-16, got \"{shown}\""
                            }

    /// The first of two field names that is present and not `null` (Toggl's current name, then its legacy one:
    /// `workspace_id`/`wid`, `client_id`/`cid`), through `decoder`; `None` when neither is.
    let optionalFieldOf (name: string) (legacyName: string) (decoder: Decoder<'T>) : Decoder<'T option> =
        fun path element ->
            match optionalField name decoder path element with
            | Ok None -> optionalField legacyName decoder path element
            | other -> other

    /// Like `optionalFieldOf`, but one of the two names is required: neither is an error naming the current one.
    let fieldOf (name: string) (legacyName: string) (decoder: Decoder<'T>) : Decoder<'T> =
        fun path element ->
            match optionalFieldOf name legacyName decoder path element with
            | Ok(Some value) -> Ok value
            | Ok None ->
                Error
                    {
                        Path = fieldPath path name
                        Message = $"required field is missing (nor is its legacy name {legacyName} there)"
                    }
            | Error e -> Error e

    /// `null` as `fallback` (Toggl's `null` for an empty array), anything else through `decoder`.
    let nullAs (fallback: 'T) (decoder: Decoder<'T>) : Decoder<'T> =
        fun path element ->
            if element.ValueKind = JsonValueKind.Null then
                Ok fallback
            else
                decoder path element

    let private parseOptions = JsonDocumentOptions(MaxDepth = 64)

    /// The error for text that is not JSON at all (HTML from a proxy, truncated bodies...).
    let notJson (detail: string) =
        {
            Path = "$"
            Message = $"expected JSON, got text that is not valid JSON ({detail})"
        }

    /// The error for an empty or blank body where JSON was expected.
    let emptyBody =
        {
            Path = "$"
            Message = "expected JSON, got an empty body"
        }

    /// Whether UTF-8 text holds nothing but JSON whitespace.
    let isBlank (utf8: ReadOnlySpan<byte>) =
        utf8.Trim(ReadOnlySpan<byte>(" \t\r\n"B)).IsEmpty

    /// Runs a decoder on a parsed document, turning exceptions of malformed input into errors.
    let private run (decoder: Decoder<'T>) (parse: unit -> JsonDocument) =
        try
            use document = parse ()
            decoder "$" document.RootElement
        with
        | :? JsonException as e -> Error(notJson e.Message)
        | :? InvalidOperationException as e -> Error(notJson e.Message)
        | :? ArgumentException as e -> Error(notJson e.Message)
        | :? FormatException as e -> Error(notJson e.Message)

    /// Parses JSON text and decodes its root. Never throws: empty, truncated or non-JSON text gives an
    /// error at path `$`.
    let fromString (decoder: Decoder<'T>) (text: string) : Result<'T, DecodeError> =
        if String.IsNullOrWhiteSpace text then
            Error emptyBody
        else
            run decoder (fun () -> JsonDocument.Parse(text, parseOptions))

    /// Parses UTF-8 JSON and decodes its root, without first making a string. Never throws.
    let fromUtf8 (decoder: Decoder<'T>) (utf8: ReadOnlyMemory<byte>) : Result<'T, DecodeError> =
        if isBlank utf8.Span then
            Error emptyBody
        else
            run decoder (fun () -> JsonDocument.Parse(utf8, parseOptions))

/// Builds an object decoder field by field: `let! name = Decode.field "name" Decode.string` reads like the
/// object's shape, and the first failing field's error is the result.
type internal DecoderBuilder() =

    /// Decodes a value, then goes on with the decoder it chooses.
    member _.Bind(decoder: Decoder<'T>, binder: 'T -> Decoder<'U>) : Decoder<'U> = Decode.bind binder decoder

    /// A decoder that always gives `value`.
    member _.Return(value: 'T) : Decoder<'T> = Decode.succeed value

    /// The decoder itself.
    member _.ReturnFrom(decoder: Decoder<'T>) : Decoder<'T> = decoder

/// The `decodeObject { … }` builder.
[<AutoOpen>]
module internal DecoderBuilderInstance =

    /// Builds an object decoder field by field (see `DecoderBuilder`).
    let decodeObject = DecoderBuilder()
