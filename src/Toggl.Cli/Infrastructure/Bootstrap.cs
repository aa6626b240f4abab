namespace Toggl.Cli.Infrastructure;

/// <summary>Stand-in entry point and error mapping while the façade is not merged yet.</summary>
internal static class Bootstrap
{
    /// <summary>Exits with an error: the commands need the façade.</summary>
    public static int Main() => ExitCodes.Error;
}

/// <summary>No façade exceptions to map yet.</summary>
internal static class FacadeErrors
{
    /// <summary>Always null.</summary>
    public static (int ExitCode, string Message)? Describe(Exception error, DateTimeOffset now, TimeZoneInfo zone)
    {
        _ = (error, now, zone);
        return null;
    }
}
