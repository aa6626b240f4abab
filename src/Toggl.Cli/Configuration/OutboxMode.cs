using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Configuration;

/// <summary>
/// Whether the tool queues writes it cannot send now (the offline outbox, on by default): <c>--online-only</c>, then
/// <c>TOGGL_OUTBOX=off</c>, then config.ini's <c>[options] outbox = off</c> turn it off. A value other than on/off is
/// a typed error naming where it was read (exit code 2).
/// </summary>
internal static class OutboxMode
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "TOGGL_OUTBOX";

    /// <summary>Whether the outbox is on for this run.</summary>
    /// <param name="onlineOnly">The command line's <c>--online-only</c>.</param>
    /// <param name="environment">Reads an environment variable.</param>
    /// <param name="paths">The tool's folders (config.ini).</param>
    public static bool IsOn(bool onlineOnly, Func<string, string?> environment, TogglPaths paths)
    {
        if (onlineOnly)
        {
            return false;
        }

        if (environment(Variable) is { Length: > 0 } fromEnvironment)
        {
            return Read(fromEnvironment, Variable);
        }

        TogglIniFile config;
        try
        {
            config = TogglIniFile.Load(paths.ConfigFile);
        }
        catch (TogglConfigurationException e)
        {
            throw CliException.BadArguments(e.Message.TrimEnd('.'));
        }

        return config["options", "outbox"] is not { } fromFile || Read(fromFile, $"{paths.ConfigFile} [options] outbox");
    }

    private static bool Read(string value, string source) =>
        value.Trim().ToLowerInvariant() switch
        {
            "on" or "true" or "1" => true,
            "off" or "false" or "0" => false,
            _ => throw CliException.BadArguments($"{source} '{value}' is not on or off"),
        };
}
