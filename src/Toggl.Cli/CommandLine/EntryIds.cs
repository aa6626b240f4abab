using System.Globalization;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.CommandLine;

/// <summary>
/// How a time entry's id is typed and shown. Toggl's ids are positive; an entry created while its create waits in
/// the outbox has a local id, negative in the cache, shown and typed as <c>L3</c> (for -3): a leading '-' would read
/// as an option on the command line. Every entry-id argument reads through here, and every entry id printed for a
/// person goes through <see cref="Show"/>.
/// </summary>
internal static class EntryIds
{
    /// <summary>The prefix of a local id.</summary>
    public const string LocalPrefix = "L";

    /// <summary><c>3730000001</c> for a Toggl id, <c>L3</c> for the local id -3.</summary>
    public static string Show(long id) =>
        id < 0 ? LocalPrefix + (-id).ToString(CultureInfo.InvariantCulture) : id.ToString(CultureInfo.InvariantCulture);

    /// <summary>Reads <c>3730000001</c> or <c>L3</c> (either case); anything else is a typed error (exit code 2).</summary>
    public static long Parse(string text)
    {
        var trimmed = text.Trim();
        var local = trimmed.StartsWith(LocalPrefix, StringComparison.OrdinalIgnoreCase);
        var digits = local ? trimmed[LocalPrefix.Length..] : trimmed;
        if (digits.Length > 0 && digits.All(char.IsAsciiDigit)
            && long.TryParse(digits, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value > 0)
        {
            return local ? -value : value;
        }

        throw CliException.BadArguments(
            $"'{text}' is not a time entry id (a positive number, or {LocalPrefix}3 for an entry waiting in the outbox)");
    }
}
