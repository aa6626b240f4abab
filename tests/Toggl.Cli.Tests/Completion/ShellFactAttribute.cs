namespace Toggl.Cli.Tests.Completion;

/// <summary>
/// A test that runs a completion script in its real shell: skipped, with the reason in the summary, where that
/// shell is not installed — never passed without having run.
/// </summary>
public sealed class ShellFactAttribute : FactAttribute
{
    /// <summary>Skips the test unless <paramref name="shell"/> is on the PATH.</summary>
    public ShellFactAttribute(string shell)
    {
        if (Shells.Find(shell) is null)
        {
            Skip = $"{shell} is not installed: the {shell} completion script was not run";
        }
    }
}

/// <summary>Finding a shell on the PATH.</summary>
public static class Shells
{
    /// <summary>The shell's full path, or null when no folder of the PATH has it.</summary>
    public static string? Find(string shell) =>
        (System.Environment.GetEnvironmentVariable("PATH") ?? "")
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => Path.Combine(folder, shell))
            .FirstOrDefault(File.Exists);
}
