/// The one owner-only atomic writer (`OwnerOnlyFile`) behind the JSON cache, the tool's files and report exports.
module Toggl.Core.Tests.OwnerOnlyFileTests

open System
open System.IO
open Expecto
open Toggl.Core
open Toggl.Core.Tests.CacheFixtures

let private text (path: string) = File.ReadAllText path

let tests =
    testList
        "OwnerOnlyFile"
        [
            test "a write replaces the file whole, owner-only, and leaves no temporary file" {
                use folder = new TempFolder()
                let path = Path.Combine(folder.Path, "state.json")
                File.WriteAllText(path, "old")

                let written =
                    OwnerOnlyFile.Replace(
                        path,
                        Func<FileStream, int64>(fun stream ->
                            stream.Write("new"B, 0, 3)
                            stream.Length)
                    )

                Expect.equal written 3L "the writer's result"
                Expect.equal (text path) "new" "replaced"
                Expect.isEmpty (Directory.GetFiles(folder.Path, "*.tmp")) "no temporary file"

                if not (OperatingSystem.IsWindows()) then
                    Expect.equal
                        (File.GetUnixFileMode path)
                        (UnixFileMode.UserRead ||| UnixFileMode.UserWrite)
                        "readable by its owner only"
            }

            test "a writer that fails leaves the old file as it was and no temporary file" {
                use folder = new TempFolder()
                let path = Path.Combine(folder.Path, "state.json")
                File.WriteAllText(path, "old")

                let attempt () =
                    OwnerOnlyFile.Replace(
                        path,
                        Action<FileStream>(fun stream ->
                            stream.Write("half"B, 0, 4)
                            raise (IOException "the disk is full"))
                    )

                Expect.throwsT<IOException> attempt "the writer's own error"
                Expect.equal (text path) "old" "the old file stays"
                Expect.isEmpty (Directory.GetFiles(folder.Path, "*.tmp")) "no temporary file"
            }
        ]
