// TogglFun's build script: `dotnet fsi build.fsx <target>`.
// A plain F# script on purpose: it needs nothing but the .NET SDK (Fake 6 is not served here).
//
//   build    restore tools and packages, build everything (Release)
//   test     build, run every test project (Expecto runners and `dotnet test` projects),
//            print one summary line `N passed, N failed` last, exit non-zero on any failure
//   bench    run the benchmarks (bench/Toggl.Bench); extra arguments choose some: `bench decode cache`;
//            `bench startup` publishes the native and the JIT tool and times them side by side
//   publish  the native (NativeAOT) `toggl` for this machine's RID into artifacts/native/toggl
//   pack     NuGet packages of the packable projects only (not tests or benchmarks) into artifacts/packages,
//            at Directory.Build.props's version or the one given (`pack 1.2.3`, `pack --version 1.2.3`);
//            each package's version and README links (absolute only) are checked; also the native tool
//            package (TogglFun.Cli and TogglFun.Cli.<rid>) for `dotnet tool install`
//   format   check F# formatting with the pinned fantomas (`format fix` rewrites the files)

open System
open System.Diagnostics
open System.IO
open System.Text.RegularExpressions
open System.Xml.Linq

let root = __SOURCE_DIRECTORY__
let configuration = "Release"

/// Runs a command in the repository root, streaming its output; returns the exit code.
let run (file: string) (args: string list) =
    let info =
        ProcessStartInfo(file, args, WorkingDirectory = root, UseShellExecute = false)
    // The CLI and tests must not pick up a developer's real Toggl account by accident.
    info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] <- "1"
    info.Environment["DOTNET_NOLOGO"] <- "1"
    use proc = Process.Start info
    proc.WaitForExit()
    proc.ExitCode

/// Runs a command and returns its exit code and standard output, echoing the output as it comes.
let runCapture (file: string) (args: string list) =
    let info =
        ProcessStartInfo(file, args, WorkingDirectory = root, UseShellExecute = false, RedirectStandardOutput = true)

    info.Environment["DOTNET_NOLOGO"] <- "1"
    use proc = Process.Start info
    let output = Text.StringBuilder()

    let rec pump () =
        match proc.StandardOutput.ReadLine() with
        | null -> ()
        | line ->
            Console.WriteLine line
            output.AppendLine line |> ignore
            pump ()

    pump ()
    proc.WaitForExit()
    proc.ExitCode, output.ToString()

let fail (message: string) =
    eprintfn "build.fsx: %s" message
    exit 1

let check code what =
    if code <> 0 then
        fail $"{what} failed (exit code {code})"

let build () =
    check (run "dotnet" [ "tool"; "restore" ]) "dotnet tool restore"
    check (run "dotnet" [ "build"; "TogglFun.sln"; "-c"; configuration; "-nologo"; "-v"; "minimal" ]) "dotnet build"

/// A test project: an Expecto console runner or a `dotnet test` (xunit) project.
type TestProject =
    | Expecto of path: string
    | DotnetTest of path: string

let testProjects () =
    Directory.GetFiles(Path.Combine(root, "tests"), "*.*proj", SearchOption.AllDirectories)
    |> Array.filter (fun p -> p.EndsWith ".fsproj" || p.EndsWith ".csproj")
    |> Array.sort
    |> Array.choose (fun path ->
        let text = File.ReadAllText path

        if text.Contains "Include=\"Expecto\"" then
            Some(Expecto path)
        elif text.Contains "Microsoft.NET.Test.Sdk" then
            Some(DotnetTest path)
        else
            None)
    |> Array.toList

/// Expecto's closing line: "... N tests run in ... – P passed, I ignored, F failed, E errored."
let expectoCounts (output: string) =
    let output = Regex.Replace(output, @"\x1b\[[0-9;]*m", "")

    let m =
        Regex.Match(output, @"(\d+) passed, (\d+) ignored, (\d+) failed, (\d+) errored", RegexOptions.RightToLeft)

    if m.Success then
        Some(int m.Groups[1].Value, int m.Groups[3].Value + int m.Groups[4].Value)
    else
        None

/// Counters of a TRX file written by `dotnet test --logger trx`.
let trxCounts (file: string) =
    let doc = XDocument.Load file

    let counters =
        doc.Descendants() |> Seq.find (fun e -> e.Name.LocalName = "Counters")

    let value (name: string) =
        int (counters.Attribute(XName.Get name).Value)

    value "passed", value "failed" + value "error" + value "timeout" + value "aborted"

let test () =
    build ()
    let results = Collections.Generic.List<string * int * int>()

    for project in testProjects () do
        match project with
        | Expecto path ->
            let name = Path.GetFileNameWithoutExtension path
            printfn "== %s (Expecto)" name

            let code, output =
                runCapture
                    "dotnet"
                    [
                        "run"
                        "--project"
                        path
                        "-c"
                        configuration
                        "--no-build"
                        "--"
                        "--summary"
                        "--no-spinner"
                        "--colours"
                        "0"
                    ]

            match expectoCounts output with
            | Some(passed, failed) ->
                // A crash after the summary still counts as a failure.
                let failed = if code <> 0 && failed = 0 then 1 else failed
                results.Add((name, passed, failed))
            | None -> results.Add((name, 0, 1))
        | DotnetTest path ->
            let name = Path.GetFileNameWithoutExtension path
            printfn "== %s (dotnet test)" name
            let resultsDir = Path.Combine(root, "artifacts", "test-results", name)

            if Directory.Exists resultsDir then
                Directory.Delete(resultsDir, true)

            let code =
                run
                    "dotnet"
                    [
                        "test"
                        path
                        "-c"
                        configuration
                        "--no-build"
                        "--nologo"
                        "--logger"
                        "trx;LogFileName=results.trx"
                        "--logger"
                        "console;verbosity=minimal"
                        "--results-directory"
                        resultsDir
                    ]

            let trx = Path.Combine(resultsDir, "results.trx")

            if File.Exists trx then
                let passed, failed = trxCounts trx
                let failed = if code <> 0 && failed = 0 then 1 else failed
                results.Add((name, passed, failed))
            else
                results.Add((name, 0, 1))

    printfn ""

    for name, passed, failed in results do
        printfn "  %-28s %5d passed, %d failed" name passed failed

    let passed = results |> Seq.sumBy (fun (_, p, _) -> p)
    let failed = results |> Seq.sumBy (fun (_, _, f) -> f)
    printfn "%d passed, %d failed" passed failed
    exit (if failed = 0 && passed > 0 then 0 else 1)

/// This machine's runtime identifier (linux-x64, osx-arm64, ...): the native tool is built for it only.
let rid = Runtime.InteropServices.RuntimeInformation.RuntimeIdentifier

/// The native `toggl` (NativeAOT, no sandbox) into artifacts/native/toggl; every trim/AOT warning fails it.
let publishNative () =
    let output = Path.Combine(root, "artifacts", "native")

    check
        (run
            "dotnet"
            [
                "publish"
                "src/Toggl.Cli"
                "-c"
                configuration
                "-r"
                rid
                "-p:TogglNative=true"
                "-o"
                output
                "-nologo"
                "-v"
                "minimal"
            ])
        "dotnet publish (native)"

    // The executable is named after the assembly; people type `toggl`.
    let built =
        Path.Combine(output, "Toggl.Cli" + (if OperatingSystem.IsWindows() then ".exe" else ""))

    let toggl =
        Path.Combine(output, "toggl" + (if OperatingSystem.IsWindows() then ".exe" else ""))

    File.Move(built, toggl, true)
    printfn "Native toggl: %s" toggl
    toggl

/// The JIT tool as `dotnet tool install` of a framework-dependent build would run it: the apphost in artifacts/jit.
let publishJit () =
    let output = Path.Combine(root, "artifacts", "jit")

    check
        (run
            "dotnet"
            [
                "publish"
                "src/Toggl.Cli"
                "-c"
                configuration
                "-o"
                output
                "-nologo"
                "-v"
                "minimal"
            ])
        "dotnet publish (JIT)"

    Path.Combine(output, "Toggl.Cli" + (if OperatingSystem.IsWindows() then ".exe" else ""))

let bench (args: string list) =
    let args =
        if List.contains "startup" args then
            let native = publishNative ()
            let jit = publishJit ()
            args @ [ "--native"; native; "--jit"; jit ]
        else
            args

    check (run "dotnet" ([ "run"; "-c"; configuration; "--project"; "bench/Toggl.Bench"; "--" ] @ args)) "bench"

/// The repository's projects (bin and obj left out).
let allProjects () =
    Directory.GetFiles(root, "*.*proj", SearchOption.AllDirectories)
    |> Array.filter (fun p -> p.EndsWith ".fsproj" || p.EndsWith ".csproj")
    |> Array.filter (fun p ->
        let parts = p.Substring(root.Length).Split([| '/'; '\\' |])
        not (Array.contains "bin" parts || Array.contains "obj" parts))
    |> Array.sort

/// The projects whose IsPackable evaluates to true, as MSBuild sees it (Directory.Build.props says false,
/// a library opts in): packing the solution would build the tests and benchmarks too.
let packableProjects () =
    allProjects ()
    |> Array.filter (fun path ->
        let code, output =
            runCapture
                "dotnet"
                [
                    "msbuild"
                    path
                    "-nologo"
                    "-getProperty:IsPackable"
                    "-p:Configuration=Release"
                ]

        code = 0 && output.Trim().Equals("true", StringComparison.OrdinalIgnoreCase))

/// A NuGet version: 1.2.3, 1.2.3-beta.1, 1.2.3+build.
let versionPattern =
    Regex(@"^\d+\.\d+\.\d+(-[0-9A-Za-z][0-9A-Za-z.-]*)?(\+[0-9A-Za-z][0-9A-Za-z.-]*)?$")

/// The version in Directory.Build.props, the one place it lives.
let propsVersion () =
    let doc = XDocument.Load(Path.Combine(root, "Directory.Build.props"))

    doc.Descendants()
    |> Seq.tryFind (fun e -> e.Name.LocalName = "Version")
    |> Option.map _.Value.Trim()
    |> Option.defaultWith (fun () -> fail "Directory.Build.props has no <Version>")

/// Links in a package README must work on a package page: absolute ones (or anchors) only.
let relativeLinks (markdown: string) =
    let markdownLinks =
        Regex.Matches(markdown, @"\]\(\s*<?([^)\s>]+)")
        |> Seq.map (fun m -> m.Groups[1].Value)

    let htmlLinks =
        Regex.Matches(markdown, "(?:href|src)\\s*=\\s*[\"']([^\"']+)")
        |> Seq.map (fun m -> m.Groups[1].Value)

    let outside =
        // A path outside the repository is wrong anywhere, even in code.
        Regex.Matches(markdown, @"\.\./shared/[^\s)`]*") |> Seq.map _.Value

    Seq.concat [ markdownLinks; htmlLinks ]
    |> Seq.filter (fun link ->
        not (
            link.StartsWith "https://"
            || link.StartsWith "http://"
            || link.StartsWith "#"
            || link.StartsWith "mailto:"
        ))
    |> Seq.append outside
    |> Seq.distinct
    |> Seq.toList

/// Checks a package: its version, and that its README (if any) has only links that work on a package page.
let checkPackage (version: string) (package: string) =
    use zip = IO.Compression.ZipFile.OpenRead package

    let nuspec =
        zip.Entries
        |> Seq.find (fun e -> e.FullName.EndsWith ".nuspec" && not (e.FullName.Contains "/"))

    let read (entry: IO.Compression.ZipArchiveEntry) =
        use reader = new StreamReader(entry.Open())
        reader.ReadToEnd()

    let manifest = XDocument.Parse(read nuspec)

    let field name =
        manifest.Descendants()
        |> Seq.tryFind (fun e -> e.Name.LocalName = name)
        |> Option.map _.Value

    let name = Path.GetFileName package

    match field "version" with
    | Some packed when packed = version.Split('+')[0] -> ()
    | other -> fail $"{name}: version {other} in the package, {version} asked for"

    match field "readme" with
    | None -> printfn "  %s: version %s, no README" name version
    | Some readme ->
        match zip.GetEntry(readme.Replace('\\', '/')) with
        | null -> fail $"{name}: its README {readme} is not in the package"
        | entry ->
            match relativeLinks (read entry) with
            | [] -> printfn "  %s: version %s, README links all absolute" name version
            | links ->
                let list = String.concat ", " links
                fail $"{name}: README links that do not work on a package page: {list}"

/// Packs only the packable projects (and builds only them and what they reference) into artifacts/packages,
/// at `version` or Directory.Build.props's; then checks each package.
let pack (version: string option) =
    let version =
        match version with
        | Some v when versionPattern.IsMatch v -> v
        | Some v -> fail $"'{v}' is not a package version (like 1.2.3 or 1.2.3-beta.1)"
        | None -> propsVersion ()

    check (run "dotnet" [ "tool"; "restore" ]) "dotnet tool restore"
    let output = Path.Combine(root, "artifacts", "packages")
    Directory.CreateDirectory output |> ignore

    // Old packages would be mistaken for this run's.
    for old in Directory.GetFiles(output, "*.*nupkg") do
        File.Delete old

    let projects = packableProjects ()

    if Array.isEmpty projects then
        fail "no project is packable"

    for project in projects do
        printfn "== pack %s %s" (Path.GetFileNameWithoutExtension project) version

        check
            (run
                "dotnet"
                [
                    "pack"
                    project
                    "-c"
                    configuration
                    "-o"
                    output
                    "-nologo"
                    "-v"
                    "minimal"
                    $"-p:Version={version}"
                ])
            $"dotnet pack {Path.GetFileName project}"

    // The native tool: the pointer package (it names the RIDs) and this machine's native package. Other RIDs are
    // packed on their own platforms (NativeAOT does not cross-compile between operating systems).
    for ridArgs in [ []; [ "-r"; rid ] ] do
        printfn "== pack TogglFun.Cli (native) %s %s" (String.concat " " ridArgs) version

        check
            (run
                "dotnet"
                ([
                    "pack"
                    "src/Toggl.Cli"
                    "-c"
                    configuration
                    "-o"
                    output
                    "-nologo"
                    "-v"
                    "minimal"
                    "-p:TogglNative=true"
                    $"-p:Version={version}"
                 ]
                 @ ridArgs))
            "dotnet pack (native tool)"

    for package in Directory.GetFiles(output, "*.nupkg") |> Array.sort do
        checkPackage version package

    printfn "Packages in %s" output

let format (fix: bool) =
    check (run "dotnet" [ "tool"; "restore" ]) "dotnet tool restore"
    let targets = [ "src"; "tests"; "bench"; "examples"; "build.fsx" ]

    let targets =
        targets
        |> List.filter (fun t -> File.Exists(Path.Combine(root, t)) || Directory.Exists(Path.Combine(root, t)))

    let args = if fix then targets else "--check" :: targets
    check (run "dotnet" ("fantomas" :: args)) "fantomas"

match fsi.CommandLineArgs |> Array.toList |> List.tail with
| [ "build" ] -> build ()
| [ "test" ] -> test ()
| "bench" :: rest -> bench rest
| [ "publish" ] -> publishNative () |> ignore
| [ "pack" ] -> pack None
| [ "pack"; "--version"; version ]
| [ "pack"; version ] -> pack (Some version)
| [ "format" ] -> format false
| [ "format"; "fix" ] -> format true
| other ->
    eprintfn
        "usage: dotnet fsi build.fsx <build|test|bench [names]|publish|pack [[--version] X.Y.Z]|format [fix]>  (got: %A)"
        other

    exit 2
