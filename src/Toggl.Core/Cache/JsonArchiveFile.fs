namespace Toggl.Core

open System
open System.Globalization
open System.IO
open System.Text.Json

/// The archive of the JSON cache: `archive.json` beside `trackers.json`, read and replaced whole under the cache's
/// lock (the archive changes once a month at most, so a separate file keeps the synced file's writes small).
/// Format: `{"format":"togglfun-archive","version":1,"months":{"yyyy-MM-dd":[trackers…]}}`.
[<RequireQualifiedAccess>]
module internal JsonArchiveFile =

    [<Literal>]
    let FileName = "archive.json"

    [<Literal>]
    let private Format = "togglfun-archive"

    [<Literal>]
    let private Version = 1

    let private monthKey (month: DateOnly) =
        month.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)

    /// The months and their entries; a missing file is an empty archive.
    let read (path: string) : Result<Map<DateOnly, TogglTracker list>, TogglError> =
        if not (File.Exists path) then
            Ok Map.empty
        else
            let corrupt (reason: string) =
                Error(TogglError.CacheFailure $"{path} is not a TogglFun archive: {reason}")

            try
                use document = JsonDocument.Parse(File.ReadAllBytes path)
                let root = document.RootElement

                let mutable format = Unchecked.defaultof<JsonElement>
                let mutable version = Unchecked.defaultof<JsonElement>
                let mutable months = Unchecked.defaultof<JsonElement>

                if
                    root.ValueKind <> JsonValueKind.Object
                    || not (root.TryGetProperty("format", &format))
                    || format.ValueKind <> JsonValueKind.String
                    || format.GetString() <> Format
                then
                    corrupt "no format"
                elif not (root.TryGetProperty("version", &version)) || version.GetInt32() > Version then
                    Error(TogglError.CacheFailure $"{path} was written by a newer TogglFun and is left untouched.")
                elif
                    not (root.TryGetProperty("months", &months))
                    || months.ValueKind <> JsonValueKind.Object
                then
                    corrupt "no months"
                else
                    months.EnumerateObject()
                    |> Seq.fold
                        (fun (result: Result<Map<DateOnly, TogglTracker list>, TogglError>) property ->
                            result
                            |> Result.bind (fun map ->
                                match
                                    DateOnly.TryParseExact(
                                        property.Name,
                                        "yyyy-MM-dd",
                                        CultureInfo.InvariantCulture,
                                        DateTimeStyles.None
                                    ),
                                    TrackerJson.decodeTrackers (property.Value.GetRawText())
                                with
                                | (true, month), Ok trackers -> Ok(Map.add month trackers map)
                                | (false, _), _ -> corrupt $"'{property.Name}' is not a month"
                                | _, Error error -> corrupt (string error)))
                        (Ok Map.empty)
            with
            | :? JsonException as error -> corrupt error.Message
            | :? InvalidOperationException as error -> corrupt error.Message
            | :? FormatException as error -> corrupt error.Message

    /// Replaces the file with these months (written aside, then renamed over it: never half a file).
    let write (path: string) (months: Map<DateOnly, TogglTracker list>) =
        let text =
            Encode.toText (fun writer ->
                writer.WriteStartObject()
                writer.WriteString("format", Format)
                writer.WriteNumber("version", Version)
                writer.WriteStartObject("months")

                for KeyValue(month, trackers) in months do
                    writer.WritePropertyName(monthKey month)
                    writer.WriteStartArray()

                    for tracker in trackers do
                        TrackerJson.writeTracker writer tracker

                    writer.WriteEndArray()

                writer.WriteEndObject()
                writer.WriteEndObject())

        let temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp"

        do
            use stream =
                new FileStream(temporary, CacheFiles.createOptions FileMode.CreateNew FileAccess.Write FileShare.None)

            let bytes = Text.Encoding.UTF8.GetBytes text
            stream.Write(bytes, 0, bytes.Length)
            stream.Flush(true)

        File.Move(temporary, path, true)
