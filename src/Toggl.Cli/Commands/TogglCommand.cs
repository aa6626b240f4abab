using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Session;

namespace Toggl.Cli.Commands;

/// <summary>A command that talks to Toggl: it opens a <see cref="TogglSession"/>, runs, and saves the state.</summary>
/// <typeparam name="TSettings">The command's options.</typeparam>
internal abstract class TogglCommand<TSettings>(CliContext context) : AsyncCommand<TSettings>
    where TSettings : TogglSettings
{
    /// <summary>The run's surroundings.</summary>
    protected CliContext Context => context;

    /// <summary>Whether Toggl's "not found" on this command is an error (exit code 3) rather than nothing.</summary>
    protected virtual bool ReRaise => false;

    /// <summary>
    /// Whether the command writes to Toggl or the cache (start, stop, continue, edit, delete, bulk-edit,
    /// sync): it then checks its local files can be written before sending anything.
    /// </summary>
    protected virtual bool Writes => false;

    /// <inheritdoc />
    public override async Task<int> ExecuteAsync(TSettings settings, CancellationToken cancellationToken)
    {
        TogglSession opened;
        try
        {
            opened = await TogglSession.OpenAsync(context, settings, ReRaise, cancellationToken);
        }
        catch (DryRunStart start)
        {
            var format = settings is OutputSettings output ? output.Output : Output.OutputFormat.Table;
            return DryRunPrinter.Print(context, format, [start.Plan], start.Answer);
        }

        await using var session = opened;
        int code;
        try
        {
            if (Writes)
            {
                session.EnsureWritable(context.AfterWriteCheck);
            }

            // A dry run prints the plans of the operations the command hands to the session, instead of running them.
            code = await session.PerformAsync(ct => RunAsync(session, settings, ct), cancellationToken);
        }
        catch
        {
            session.SaveStateQuietly();
            throw;
        }

        session.SaveState();
        return code;
    }

    /// <summary>What the command does.</summary>
    protected abstract Task<int> RunAsync(TogglSession session, TSettings settings, CancellationToken cancellationToken);
}
