using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Lint;
using Toggl.Cli.Session;
using Toggl.Cli.Time;

namespace Toggl.Cli.Commands;

/// <summary>
/// <c>toggl lint [--today|--week|--from D --to D] [--gap D] [--limit D] [--fix [--yes]] [--output table|json|csv]</c>:
/// the timesheet's problems from the synced cache (no request) — see <see cref="LintRun"/>. Exit code 0 when none
/// is left, 1 otherwise.
/// </summary>
internal sealed class LintCommand(CliContext context) : TogglCommand<LintCommandSettings>(context)
{
    /// <inheritdoc />
    protected override Task<int> RunAsync(TogglSession session, LintCommandSettings settings, CancellationToken cancellationToken)
    {
        var range = settings.Range(Context.Today, new DateRange(Context.Today.AddDays(-6), Context.Today));
        var request = new LintRequest(range, settings.Thresholds(), settings.Fix, settings.Yes, settings.Output);
        return LintRun.RunAsync(session, request, cancellationToken);
    }
}
