namespace Toggl.Core

open System
open System.IO

/// Writing a file whole or not at all, readable by its owner only: the one writer behind the JSON cache, the
/// tool's state and config files, and report exports. A crash or a kill leaves the old file or the new one,
/// never a torn one, and no other user can read it for a moment.
[<AbstractClass; Sealed>]
type OwnerOnlyFile =

    /// Writes `path` through a temporary file beside it (`<path>.<unique>.tmp`, created owner-only from the first
    /// byte), flushed to disk, then renamed over `path`. On failure the temporary file is removed, the old file
    /// stays, and the exception goes on. Two writers at once each leave a whole file.
    static member Replace<'T>(path: string, write: Func<FileStream, 'T>) : 'T =
        let temporary = path + "." + Guid.NewGuid().ToString("N") + ".tmp"

        try
            let result =
                let options =
                    CacheFiles.createOptions FileMode.CreateNew FileAccess.Write FileShare.None

                // Unbuffered: what `write` wrote is in the file when it returns (its length and time are final).
                options.BufferSize <- 0
                use stream = new FileStream(temporary, options)
                let result = write.Invoke stream
                // Flush(true) is fsync: the new content is on disk before the rename makes it visible.
                stream.Flush(true)
                result

            File.Move(temporary, path, overwrite = true)
            result
        with _ ->
            try
                File.Delete temporary
            with
            | :? IOException
            | :? UnauthorizedAccessException -> () // the write's own error is the one to report

            reraise ()

    /// `Replace` for a writer that gives nothing back.
    static member Replace(path: string, write: Action<FileStream>) : unit =
        OwnerOnlyFile.Replace<unit>(
            path,
            Func<FileStream, unit>(fun stream ->
                write.Invoke stream
                ())
        )
