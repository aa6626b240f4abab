using System.Globalization;
using Spectre.Console;
using Toggl.Cli.Time;

namespace Toggl.Cli.Session;

/// <summary>
/// What the user is told when a write of the run was queued in the outbox instead of sent (exit code 0: the change is
/// made locally and will reach Toggl): one line at the end of the command, e.g.
/// <c>queued: 3 changes, sent when the quota resets at 14:00</c>, or
/// <c>queued: 1 change, sent when Toggl can be reached (toggl outbox send)</c>. On stderr, so JSON on stdout stays one document.
/// </summary>
internal sealed class QueuedNotices
{
    private readonly TogglSession session;
    private OutboxQueuedEventArgs? last;

    public QueuedNotices(TogglSession session)
    {
        this.session = session;
        session.Endpoint.Outbox.Queued += (_, notice) => last = notice;
    }

    /// <summary>Whether a write of this run was queued.</summary>
    public bool Any => last is not null;

    /// <summary>Prints the line, if a write was queued.</summary>
    public void Print()
    {
        if (last is not { } notice)
        {
            return;
        }

        session.Context.Error.WriteLine(Line(notice, session.Context.TimeZone));
    }

    /// <summary>The line for a notice, times in the user's zone.</summary>
    public static string Line(OutboxQueuedEventArgs notice, TimeZoneInfo zone)
    {
        var count = notice.Pending == 1 ? "1 change" : notice.Pending.ToString(CultureInfo.InvariantCulture) + " changes";
        var when = notice switch
        {
            { ResetsAt: { } resets } when notice.Reason is TogglQuotaException =>
                $"sent when the quota resets at {Display.LocalTime(resets, zone)} (toggl outbox send)",
            { ResetsAt: { } resets } => $"sent when Toggl takes requests again, after {Display.LocalTime(resets, zone)} (toggl outbox send)",
            // No connection was made: nothing reached Toggl, so there is nothing to look for first.
            { Reason: TogglUnreachableException } => "sent when Toggl can be reached (toggl outbox send)",
            { Reason: TogglOutcomeUnknownException } =>
                "Toggl may have it already: the next send looks before sending again (toggl outbox send)",
            { Reason: null } => "waiting behind the changes queued before it (toggl outbox send)",
            _ => "sent when the network is back: toggl outbox send",
        };
        return $"queued: {count}, {when}";
    }
}
