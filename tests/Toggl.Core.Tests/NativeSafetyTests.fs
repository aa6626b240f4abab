/// The native `toggl` compiles the core ahead of time, where F#'s printf machinery (every interpolated string with a
/// non-string hole or more than four parts, sprintf, failwithf) and its reflection (`%A`, generated ToString of
/// records and unions, Seq.init's Lazy cells) make ILC warn, and the tool treats those warnings as errors. The publish
/// takes minutes and is not part of the test run, so this test reads the core's metadata for the same calls.
module Toggl.Core.Tests.NativeSafetyTests

open System.IO
open System.Reflection.Metadata
open System.Reflection.PortableExecutable
open Expecto
open Toggl.Core

/// Members of FSharp.Core that ILC cannot compile without run-time code generation or unanalysable reflection.
let private forbidden (typeName: string) (memberName: string) =
    typeName = "Microsoft.FSharp.Core.PrintfModule"
    || typeName = "Microsoft.FSharp.Core.ExtraTopLevelOperators"
       && memberName.StartsWith "PrintFormat"
    || typeName.StartsWith "Microsoft.FSharp.Core.PrintfFormat"
    || typeName.StartsWith "Microsoft.FSharp.Reflection."
    || typeName = "Microsoft.FSharp.Collections.SeqModule"
       && (memberName = "Initialize" || memberName = "InitializeInfinite")

/// `Type::Member` for every member the assembly references that `forbidden` names.
let forbiddenReferences (assemblyPath: string) =
    use stream = File.OpenRead assemblyPath
    use pe = new PEReader(stream)
    let md = pe.GetMetadataReader()

    let rec typeName (handle: EntityHandle) =
        match handle.Kind with
        | HandleKind.TypeReference ->
            let t = md.GetTypeReference(TypeReferenceHandle.op_Explicit handle)
            md.GetString t.Namespace + "." + md.GetString t.Name
        | HandleKind.TypeSpecification ->
            // A generic instantiation: its signature starts with GENERICINST (0x15), CLASS/VALUETYPE, then the type.
            let spec = md.GetTypeSpecification(TypeSpecificationHandle.op_Explicit handle)
            let mutable reader = md.GetBlobReader spec.Signature

            if reader.ReadByte() = 0x15uy then
                reader.ReadByte() |> ignore
                typeName (reader.ReadTypeHandle())
            else
                ""
        | _ -> ""

    [
        for handle in md.MemberReferences do
            let reference = md.GetMemberReference handle
            let owner = typeName reference.Parent
            let name = md.GetString reference.Name

            if forbidden owner name then
                yield owner + "::" + name
    ]
    |> List.distinct
    |> List.sort

/// The assemblies `assemblyPath` references by name.
let referencedAssemblies (assemblyPath: string) =
    use stream = File.OpenRead assemblyPath
    use pe = new PEReader(stream)
    let md = pe.GetMetadataReader()

    [
        for handle in md.AssemblyReferences do
            md.GetString(md.GetAssemblyReference(handle).Name)
    ]

let tests =
    testList
        "native safety"
        [
            test "the core calls neither F#'s printf nor its reflection, which the native tool cannot compile" {
                let core = typeof<TogglError>.Assembly.Location
                Expect.isTrue (File.Exists core) "the core assembly is on disk"
                Expect.equal (forbiddenReferences core) [] "printf/reflection members the core references"
            }

            test "the core does not reference Dapper, whose every entry point generates code at run time" {
                let core = typeof<TogglError>.Assembly.Location
                Expect.isFalse (List.contains "Dapper" (referencedAssemblies core)) "Dapper among the core's references"
            }

            test "the check finds printf where it is used: in this test assembly" {
                let testAssembly = System.Reflection.Assembly.GetExecutingAssembly().Location
                let found = forbiddenReferences testAssembly

                Expect.contains
                    found
                    "Microsoft.FSharp.Core.PrintfModule::PrintFormatToStringThen"
                    "sprintf in the tests"
            }
        ]
