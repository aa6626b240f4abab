using Toggl.Cli.Time;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Commands;

/// <summary>Reading the sandbox's state in the tool's terms.</summary>
internal static class SandboxReading
{
    /// <summary>An entry's tag names.</summary>
    public static IReadOnlyList<string> TagNames(this TogglSandbox sandbox, SandboxTimeEntry entry) =>
        entry.TagIds.Select(id => sandbox.Tags.First(t => t.Id == id).Name).ToList();

    /// <summary>Entries not deleted.</summary>
    public static IReadOnlyList<SandboxTimeEntry> LiveEntries(this TogglSandbox sandbox) =>
        sandbox.TimeEntries.Where(e => !e.IsDeleted).ToList();

    /// <summary>The project with that name.</summary>
    public static SandboxProject Project(this TogglSandbox sandbox, string name) => sandbox.Projects.First(p => p.Name == name);

    /// <summary>Local midnight of today in the tests' zone, on the sandbox clock.</summary>
    public static DateTimeOffset TodayStart(this TogglSandbox sandbox) =>
        TimeInput.StartOfDay(TimeInput.LocalDate(sandbox.Now, CliTest.Zone), CliTest.Zone);
}
