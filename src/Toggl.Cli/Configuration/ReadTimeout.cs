using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Configuration;

/// <summary>
/// <c>TOGGL_TIMEOUT</c>: how many seconds a read may wait for Toggl, every attempt included (the façade's
/// ReadDeadline), from 0.01 to 86400; unset or blank is the façade's 15 s. Anything else is an error.
/// </summary>
internal static class ReadTimeout
{
    /// <summary>The environment variable.</summary>
    public const string Variable = "TOGGL_TIMEOUT";

    /// <summary>The deadline the environment sets (null: the façade's default), or a <see cref="CliException"/> (exit code 2).</summary>
    public static TimeSpan? Read(Func<string, string?> environment)
    {
        var text = environment(Variable);
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        return EnvironmentNumber.TryRead(text, 0.01, 86_400, out var seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw CliException.BadArguments(
                $"{Variable} must be a number of seconds from 0.01 to 86400 (how long a read may wait for Toggl); got '{text.Trim()}'");
    }
}
