using Toggl.Cli;
using Toggl.Cli.Infrastructure;

using var cancellation = new CancellationTokenSource();
Console.CancelKeyPress += (_, e) =>
{
    // The first Ctrl-C cancels the command cleanly (the cache stays consistent); a second one kills.
    e.Cancel = !cancellation.IsCancellationRequested;
    cancellation.Cancel();
};
return await TogglCli.RunAsync(args, CliContext.FromProcess(), cancellation.Token);
