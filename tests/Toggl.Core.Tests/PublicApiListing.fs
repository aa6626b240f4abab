/// The core's public surface as text: one line per public type and per public member, sorted, so a change
/// to what the package promises shows up as a diff of src/Toggl.Core/PublicAPI.txt.
module Toggl.Core.Tests.PublicApiListing

open System
open System.Reflection
open System.Text.RegularExpressions

/// A type's name as C# would write it, without the namespace noise of generic arguments.
let rec typeName (t: Type) : string =
    if t.IsGenericParameter then
        t.Name
    elif t.IsArray then
        elementName t + "[" + String(',', t.GetArrayRank() - 1) + "]"
    elif t.IsByRef then
        elementName t + "&"
    elif t.IsGenericType then
        let definition = t.GetGenericTypeDefinition()

        let baseName =
            definition.FullName |> Option.ofObj |> Option.defaultValue definition.Name
        // Field`1+Set (a case of a generic union) is Field+Set<Value>: every arity mark goes.
        let bare = Regex.Replace(baseName, "`[0-9]+", "")
        let arguments = t.GetGenericArguments() |> Array.map typeName |> String.concat ", "
        $"{bare}<{arguments}>"
    else
        t.FullName |> Option.ofObj |> Option.defaultValue t.Name

and private elementName (t: Type) : string =
    match t.GetElementType() with
    | null -> t.Name
    | element -> typeName element

let private parameters (ps: ParameterInfo array) =
    ps |> Array.map (fun p -> typeName p.ParameterType) |> String.concat ", "

let private flags =
    BindingFlags.Public
    ||| BindingFlags.Instance
    ||| BindingFlags.Static
    ||| BindingFlags.DeclaredOnly

let private kind (t: Type) =
    if t.IsInterface then "interface"
    elif t.IsEnum then "enum"
    elif t.IsValueType then "struct"
    elif t.IsAbstract && t.IsSealed then "static class"
    elif t.IsAbstract then "abstract class"
    else "class"

/// The lines of one public member, or none for accessors (their property stands for them).
let private memberLine (owner: string) (m: MemberInfo) : string option =
    match m with
    | :? ConstructorInfo as c -> Some $"{owner}..ctor({parameters (c.GetParameters())})"
    | :? MethodInfo as mi when mi.IsSpecialName && not (mi.Name.StartsWith "op_") -> None
    | :? MethodInfo as mi ->
        let generic =
            if mi.IsGenericMethodDefinition then
                "<"
                + (mi.GetGenericArguments() |> Array.map typeName |> String.concat ", ")
                + ">"
            else
                ""

        let isStatic = if mi.IsStatic then "static " else ""
        Some $"{isStatic}{owner}.{mi.Name}{generic}({parameters (mi.GetParameters())}) : {typeName mi.ReturnType}"
    | :? PropertyInfo as p ->
        let accessor =
            p.GetMethod |> Option.ofObj |> Option.orElse (Option.ofObj p.SetMethod)

        let isStatic =
            if accessor |> Option.exists _.IsStatic then
                "static "
            else
                ""

        let setter =
            match p.SetMethod with
            | null -> ""
            | setter when setter.IsPublic -> " { get; set; }"
            | _ -> ""

        let indexer =
            match p.GetIndexParameters() with
            | [||] -> ""
            | ps -> $"[{parameters ps}]"

        Some $"{isStatic}{owner}.{p.Name}{indexer} : {typeName p.PropertyType}{setter}"
    | :? FieldInfo as f ->
        let isStatic = if f.IsStatic then "static " else ""
        Some $"{isStatic}{owner}.{f.Name} : {typeName f.FieldType}"
    | :? EventInfo as e ->
        let handler =
            match e.EventHandlerType with
            | null -> "?"
            | handler -> typeName handler

        Some $"event {owner}.{e.Name} : {handler}"
    | _ -> None

/// The public types of an assembly (those visible from outside it). F# emits the types of anonymous records
/// (`<>f__AnonymousType…`) public whatever the code says; no caller can name them, so they are no promise.
let publicTypes (assembly: Assembly) : Type array =
    assembly.GetExportedTypes()
    |> Array.filter (fun t -> not (t.Name.StartsWith "<"))

/// Every line of the surface, sorted ordinally.
let listing (assembly: Assembly) : string list =
    [
        for t in publicTypes assembly do
            let owner = typeName t
            yield $"{kind t} {owner}"

            for m in t.GetMembers flags do
                match memberLine owner m with
                | Some line -> yield line
                | None -> ()
    ]
    |> List.distinct
    |> List.sortWith (fun a b -> String.CompareOrdinal(a, b))

/// How many public types and members the listing holds.
let counts (assembly: Assembly) : int * int =
    let lines = listing assembly
    let types = publicTypes assembly |> Array.length
    types, lines.Length - types
