namespace Toggl.Cli.Infrastructure;

/// <summary>The façade's exceptions as exit codes and lines (filled in once the façade is referenced).</summary>
internal static class FacadeErrors
{
    /// <summary>The exit code and line for a façade exception, or null for anything else.</summary>
    public static (int ExitCode, string Message)? Describe(Exception error, DateTimeOffset now, TimeZoneInfo zone)
    {
        _ = (error, now, zone);
        return null;
    }
}
