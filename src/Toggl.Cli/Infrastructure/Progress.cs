using Spectre.Console;

namespace Toggl.Cli.Infrastructure;

/// <summary>
/// Shows how a long operation (a bulk edit, a first sync) advances: a Spectre progress bar when a person
/// watches a terminal, plain lines on standard error when output is redirected (so JSON on standard output
/// stays clean and logs stay readable).
/// </summary>
internal static class ProgressDisplay
{
    /// <summary>Runs <paramref name="work"/>, showing the count it reports out of <paramref name="total"/>.</summary>
    public static async Task<T> RunAsync<T>(CliContext context, string label, int total, Func<IProgress<int>, Task<T>> work)
    {
        if (!context.IsTerminal)
        {
            var lastShown = -1;
            return await work(new Reporter<int>(done =>
            {
                if (done != lastShown)
                {
                    lastShown = done;
                    context.Error.WriteLine($"{label}: {done}/{total}");
                }
            }));
        }

        T result = default!;
        await context.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new PercentageColumn(), new RemainingTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(label, maxValue: Math.Max(total, 1));
                result = await work(new Reporter<int>(done => task.Value = done));
                task.Value = task.MaxValue;
            });
        return result;
    }

    /// <summary>
    /// Runs <paramref name="work"/>, which fetches pages whose number is known only at the last one (a report's
    /// pages): an indeterminate bar counting pages on a terminal, a line a page when redirected, then the number of
    /// requests the work took (<paramref name="requests"/> reads it from the answer).
    /// </summary>
    public static async Task<T> PagesAsync<T>(CliContext context, string label, Func<IProgress<int>, Task<T>> work, Func<T, int> requests)
    {
        if (!context.IsTerminal)
        {
            var lastShown = 0;
            var answer = await work(new Reporter<int>(pages =>
            {
                if (pages != lastShown)
                {
                    lastShown = pages;
                    context.Error.WriteLine($"{label}: page {pages}");
                }
            }));
            context.Error.WriteLine($"{label}: done, {Requests(requests(answer))}");
            return answer;
        }

        T result = default!;
        await context.Error.Progress()
            .AutoClear(false)
            .Columns(new TaskDescriptionColumn(), new ProgressBarColumn(), new ElapsedTimeColumn())
            .StartAsync(async progress =>
            {
                var task = progress.AddTask(label).IsIndeterminate();
                result = await work(new Reporter<int>(pages => task.Description = $"{label}: page {pages}"));
                task.IsIndeterminate(false).Value(task.MaxValue);
                task.Description = $"{label}: {Requests(requests(result))}";
            });
        return result;
    }

    private static string Requests(int count) => count == 1 ? "1 request" : $"{count} requests";

    /// <summary>
    /// Reports synchronously on the reporting thread. <see cref="Progress{T}"/> would post to the thread pool
    /// in a console app, so lines could come out of order or after the operation ended.
    /// </summary>
    private sealed class Reporter<TValue>(Action<TValue> report) : IProgress<TValue>
    {
        public void Report(TValue value)
        {
            lock (this)
            {
                report(value);
            }
        }
    }
}
