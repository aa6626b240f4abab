namespace Toggl.Core

open System

/// Toggl's 14 basic project colours (the Python library's `BASIC_COLORS`, docs/python-endpoints.md), and the
/// reading of a colour a caller gives: one of those names or any `#rrggbb`.
[<RequireQualifiedAccess>]
module ProjectColor =

    /// The basic colours as (name, `#rrggbb`), in Toggl's order.
    let all: (string * string) list =
        [
            "blue", "#0b83d9"
            "violet", "#9e5bd9"
            "pink", "#d94182"
            "orange", "#e36a00"
            "gold", "#bf7000"
            "green", "#2da608"
            "teal", "#06a893"
            "beige", "#c9806b"
            "dark-blue", "#465bb3"
            "purple", "#990099"
            "yellow", "#c7af14"
            "dark-green", "#566614"
            "red", "#d92b2b"
            "gray", "#525266"
        ]

    /// Whether `text` is `#` and six hexadecimal digits.
    let isHex (text: string) =
        // A caller in C# may pass null.
        not (String.IsNullOrEmpty text)
        && text.Length = 7
        && text[0] = '#'
        && text |> Seq.skip 1 |> Seq.forall Uri.IsHexDigit

    /// The colour `text` names, as Toggl stores it (lower-case `#rrggbb`): a basic colour's name
    /// (case-insensitive, surrounding spaces ignored) or a `#rrggbb`; `None` for anything else.
    let tryParse (text: string) : string option =
        if String.IsNullOrWhiteSpace text then
            None
        else
            let trimmed = text.Trim()

            if isHex trimmed then
                Some(trimmed.ToLowerInvariant())
            else
                all
                |> List.tryFind (fun (name, _) -> String.Equals(name, trimmed, StringComparison.OrdinalIgnoreCase))
                |> Option.map snd
