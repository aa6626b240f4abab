namespace Toggl.Core

open System
open System.Buffers
open System.Globalization
open System.Text
open System.Text.Encodings.Web
open System.Text.Json

/// Encoders in Thoth's style: small helpers that write values with a `Utf8JsonWriter`.
[<RequireQualifiedAccess>]
module internal Encode =

    /// Toggl's request timestamp format, UTC with whole seconds (docs/toggl-api.md §1.1, SW24 `2006-01-02T15:04:05Z`).
    [<Literal>]
    let RequestTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss'Z'"

    /// The full-precision format used where an instant must round-trip exactly (7 fraction digits = every tick).
    [<Literal>]
    let FullTimestampFormat = "yyyy-MM-dd'T'HH:mm:ss.fffffff'Z'"

    /// The instant in UTC truncated to whole seconds, as Toggl wants in request bodies and queries.
    /// The offset is converted, never relabelled; fractions are truncated as Toggl itself does (docs/toggl-api.md §1.1).
    let requestTimestamp (value: DateTimeOffset) =
        let utc = value.UtcDateTime

        let whole =
            DateTime(utc.Ticks - utc.Ticks % TimeSpan.TicksPerSecond, DateTimeKind.Utc)

        whole.ToString(RequestTimestampFormat, CultureInfo.InvariantCulture)

    /// The instant in UTC with every tick (7 fraction digits): what the cache stores so it reads back exactly.
    let fullTimestamp (value: DateTimeOffset) =
        // "O" on a UTC DateTime writes exactly FullTimestampFormat, on .NET's fast path (a custom format
        // string costs about 1 µs a call, four calls per cached tracker).
        value.UtcDateTime.ToString("O", CultureInfo.InvariantCulture)

    /// A calendar date as `yyyy-MM-dd`.
    let day (value: DateOnly) =
        value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)

    /// Writer options: unescaped non-ASCII text (bodies stay readable); the writer still escapes
    /// quotes, control characters and replaces invalid UTF-16 with U+FFFD instead of throwing.
    let writerOptions =
        JsonWriterOptions(Encoder = JavaScriptEncoder.UnsafeRelaxedJsonEscaping, Indented = false)

    /// Runs `write` on a fresh writer and returns the JSON text it wrote.
    let toText (write: Utf8JsonWriter -> unit) : string =
        let buffer = ArrayBufferWriter<byte>(256)

        do
            use writer = new Utf8JsonWriter(buffer, writerOptions)
            write writer
            writer.Flush()

        Encoding.UTF8.GetString(buffer.WrittenSpan)

    /// Writes `"name": value` for a string.
    let string (writer: Utf8JsonWriter) (name: string) (value: string) = writer.WriteString(name, value)

    /// Writes `"name": value` for an int64.
    let int64 (writer: Utf8JsonWriter) (name: string) (value: int64) = writer.WriteNumber(name, value)

    /// Writes `"name": value` for a boolean.
    let bool (writer: Utf8JsonWriter) (name: string) (value: bool) = writer.WriteBoolean(name, value)

    /// Writes `"name": value` for an int.
    let int (writer: Utf8JsonWriter) (name: string) (value: int) = writer.WriteNumber(name, value)

    /// Writes `"name": value` for a decimal, exactly (no detour through a double).
    let decimal (writer: Utf8JsonWriter) (name: string) (value: decimal) = writer.WriteNumber(name, value)

    /// Writes `"name": "yyyy-MM-dd"`.
    let date (writer: Utf8JsonWriter) (name: string) (value: DateOnly) = writer.WriteString(name, day value)

    /// Writes `"name": null`.
    let nullValue (writer: Utf8JsonWriter) (name: string) = writer.WriteNull(name)

    /// Writes `"name": value`, or `"name": null` for `None`, with `write` for the value.
    let nullable
        (write: Utf8JsonWriter -> string -> 'T -> unit)
        (writer: Utf8JsonWriter)
        (name: string)
        (value: 'T option)
        =
        match value with
        | Some v -> write writer name v
        | None -> writer.WriteNull(name)

    /// Writes `"name": [..strings]`.
    let strings (writer: Utf8JsonWriter) (name: string) (values: string list) =
        writer.WriteStartArray(name)

        for value in values do
            writer.WriteStringValue(value)

        writer.WriteEndArray()

    /// Writes `"name": [..int64s]`.
    let int64s (writer: Utf8JsonWriter) (name: string) (values: int64 list) =
        writer.WriteStartArray(name)

        for value in values do
            writer.WriteNumberValue(value)

        writer.WriteEndArray()

    /// Writes `"name": "yyyy-MM-ddTHH:mm:ssZ"` (UTC, whole seconds): Toggl's request format.
    let requestTime (writer: Utf8JsonWriter) (name: string) (value: DateTimeOffset) =
        writer.WriteString(name, requestTimestamp value)

    /// Writes `"name": "yyyy-MM-ddTHH:mm:ss.fffffffZ"` (UTC, every tick).
    let fullTime (writer: Utf8JsonWriter) (name: string) (value: DateTimeOffset) =
        writer.WriteString(name, fullTimestamp value)

    /// Writes a body field the caller may have left unset (nothing written), cleared (`null`) or set.
    let field
        (write: Utf8JsonWriter -> string -> 'T -> unit)
        (writer: Utf8JsonWriter)
        (name: string)
        (value: Field<'T>)
        =
        match value with
        | Field.Unset -> ()
        | Field.Clear -> writer.WriteNull(name)
        | Field.Set v -> write writer name v
