using System.Globalization;
using Microsoft.FSharp.Core;
using Toggl.Cli.Configuration;

namespace Toggl.Cli.Prompt;

/// <summary>
/// Where <c>toggl prompt</c> finds the running entry: the SQLite caches under the cache folder, opened read-only
/// through the core's <see cref="Core.SqlitePeek"/> — no account, no configuration of the connection, no request.
/// With <c>TOGGL_WORKSPACE_ID</c> set, only that workspace's cache is read; otherwise every workspace's cache, and
/// the entry that started last wins (Toggl runs one entry per user, so a stale cache's older one loses).
/// </summary>
internal static class PromptCache
{
    /// <summary>The running entry, or null when none runs; a <see cref="PromptProblem"/> when no cache can be read.</summary>
    public static PromptEntry? Running(TogglPaths paths, Func<string, string?> environment)
    {
        var files = Files(paths, environment);
        if (files.Count == 0)
        {
            throw new PromptProblem($"no cache under {paths.CacheFolder}: run `toggl sync` first");
        }

        Core.RunningEntry? latest = null;
        string? failure = null;
        foreach (var file in files)
        {
            var result = Core.SqlitePeek.running(file);
            if (result.IsError)
            {
                failure = result.ErrorValue.ToString();
                continue;
            }

            if (result.ResultValue is { } found && (latest is null || found.Value.Tracker.Start > latest.Tracker.Start))
            {
                latest = found.Value;
            }
        }

        if (latest is null)
        {
            return failure is null ? null : throw new PromptProblem(failure);
        }

        return new PromptEntry(
            OrNull(latest.Tracker.Description),
            OrNull(latest.Project),
            OrNull(latest.Client),
            latest.Tracker.Tags.ToList(),
            latest.Tracker.Start);
    }

    private static List<string> Files(TogglPaths paths, Func<string, string?> environment)
    {
        if (long.TryParse(environment("TOGGL_WORKSPACE_ID"), NumberStyles.None, CultureInfo.InvariantCulture, out var workspace))
        {
            var file = paths.TrackerCache(workspace);
            return File.Exists(file) ? [file] : [];
        }

        return Directory.Exists(paths.CacheFolder)
            ? Directory.EnumerateFiles(paths.CacheFolder, "trackers-*.sqlite").Order(StringComparer.Ordinal).ToList()
            : [];
    }

    private static string? OrNull(FSharpOption<string>? value) => FSharpOption<string>.get_IsSome(value) ? value!.Value : null;
}

/// <summary>Why the prompt could not read a cache: printed only with <c>--verbose</c> (a prompt must not spam).</summary>
/// <param name="message">What went wrong, naming the file.</param>
internal sealed class PromptProblem(string message) : Exception(message);
