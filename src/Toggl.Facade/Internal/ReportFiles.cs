using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// Where an exported report goes: a caller's stream, or a file written atomically (a temp file beside it, then a
/// rename) and readable by its owner only — a report is personal data, like the caches. The report is fetched whole
/// before anything is written, so a refused export (402, 400) leaves no file and writes nothing to the stream.
/// </summary>
internal static class ReportFiles
{
    /// <summary>Runs the export and writes its bytes to the stream; the requests (pages) it took.</summary>
    public static async Task<int> ToStreamAsync(
        ResourceScope scope,
        Func<Core.TrackerEndpoint, Core.TogglCall<Core.ReportFile>> call,
        Stream destination,
        CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(destination);
        if (!destination.CanWrite)
            throw new ArgumentException("The destination stream cannot be written to.", nameof(destination));
        var file = await scope.Run(call, cancellationToken).ConfigureAwait(false);
        await destination.WriteAsync(file.Bytes, cancellationToken).ConfigureAwait(false);
        await destination.FlushAsync(cancellationToken).ConfigureAwait(false);
        return file.Requests;
    }

    /// <summary>Runs the export and writes its bytes to the file at <paramref name="path"/>; the requests (pages) it took.</summary>
    public static async Task<int> ToFileAsync(
        ResourceScope scope,
        Func<Core.TrackerEndpoint, Core.TogglCall<Core.ReportFile>> call,
        string path,
        CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrWhiteSpace(path);
        var full = Path.GetFullPath(path);
        if (Directory.Exists(full))
            throw new ArgumentException($"{full} is a folder: name the report's file.", nameof(path));
        // Checked before the report is fetched, so a mistyped folder costs no request.
        if (Path.GetDirectoryName(full) is { } folder && !Directory.Exists(folder))
            throw new DirectoryNotFoundException($"The folder {folder} does not exist: create it before exporting into it.");
        var file = await scope.Run(call, cancellationToken).ConfigureAwait(false);
        await WriteAtomicallyAsync(full, file.Bytes, cancellationToken).ConfigureAwait(false);
        return file.Requests;
    }

    private static Task WriteAtomicallyAsync(string path, byte[] bytes, CancellationToken cancellationToken)
    {
        cancellationToken.ThrowIfCancellationRequested();
        // The core's one atomic owner-only writer: a crash leaves the old file or the new one, never a torn one.
        Core.OwnerOnlyFile.Replace(path, stream => stream.Write(bytes));
        return Task.CompletedTask;
    }
}
