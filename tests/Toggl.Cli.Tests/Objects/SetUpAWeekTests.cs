using System.Globalization;
using Toggl.Cli.Tests.Commands;
using Toggl.Cli.Time;
using Xunit.Abstractions;

namespace Toggl.Cli.Tests.Objects;

/// <summary>
/// Issue 11's scripted "set up a week" through the tool, with its cache: a client, two projects with tasks, three tags,
/// a week of entries against them, a project renamed, the client archived, everything listed — counting the sandbox's
/// requests, step by step.
/// </summary>
public sealed class SetUpAWeekTests(ITestOutputHelper output) : CliTest
{
    /// <summary>1 client, 2 projects, 4 tasks, 3 tags, 10 entries, 1 rename, 1 archive: one request each at best.</summary>
    private const int Writes = 1 + 2 + 4 + 3 + 10 + 1 + 1;

    private readonly List<(string Step, IReadOnlyList<string> Requests)> steps = [];

    private async Task StepAsync(params string[] args)
    {
        Sandbox.ClearRequestLog();
        await RunOkAsync(args);
        steps.Add(($"toggl {string.Join(' ', args)}", Requests.Select(r => r.ToString()).ToList()));
    }

    [Fact]
    public async Task Setting_up_a_week_through_the_tool_costs_its_writes_and_a_cold_sync_and_the_lists_cost_nothing()
    {
        await StepAsync("sync");
        var sync = steps.Sum(s => s.Requests.Count);

        await StepAsync("clients", "add", "Acme");
        await StepAsync("projects", "add", "Website", "--client", "Acme", "--color", "teal");
        await StepAsync("projects", "add", "Backend", "--client", "Acme", "--color", "dark-blue");
        await StepAsync("tasks", "add", "Design", "--project", "Website");
        await StepAsync("tasks", "add", "Build", "--project", "Website");
        await StepAsync("tasks", "add", "API", "--project", "Backend");
        await StepAsync("tasks", "add", "Tests", "--project", "Backend", "--estimate", "8h");
        await StepAsync("tags", "add", "billed");
        await StepAsync("tags", "add", "meeting");
        await StepAsync("tags", "add", "deep work");

        var monday = Sandbox.TodayStart().AddDays(-7);
        while (TimeInput.LocalDate(monday, Zone).DayOfWeek != DayOfWeek.Monday)
        {
            monday = monday.AddDays(-1);
        }

        for (var day = 0; day < 5; day++)
        {
            var date = TimeInput.LocalDate(monday, Zone).AddDays(day).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
            await StepAsync(
                "add", "Front end", "--start", $"{date} 09:00", "--stop", $"{date} 12:00",
                "--project", "Website", "--task", day < 2 ? "Design" : "Build", "--tags", "billed,deep work");
            await StepAsync(
                "add", "Service", "--start", $"{date} 13:00", "--stop", $"{date} 17:00",
                "--project", "Backend", "--task", day % 2 == 0 ? "API" : "Tests", "--tags", day == 4 ? "meeting" : "billed");
        }

        await StepAsync("projects", "edit", "Website", "--name", "Web site");
        await StepAsync("clients", "archive", "Acme");
        var written = steps.Sum(s => s.Requests.Count) - sync;

        var from = TimeInput.LocalDate(monday, Zone).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var to = TimeInput.LocalDate(monday, Zone).AddDays(4).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
        var listsFrom = steps.Count;
        await StepAsync("projects", "list");
        await StepAsync("tasks", "list");
        await StepAsync("tags", "list");
        await StepAsync("clients", "list");
        await StepAsync("list", "--from", from, "--to", to);
        await StepAsync("workspaces", "list");
        await StepAsync("me");
        var listed = steps.Skip(listsFrom).Sum(s => s.Requests.Count);

        foreach (var (step, requests) in steps)
        {
            output.WriteLine($"{requests.Count}  {step}{(requests.Count > 0 ? "\n     " + string.Join("\n     ", requests) : "")}");
        }

        output.WriteLine($"set up a week through the tool: {sync + written + listed} requests (cold sync {sync}, writes {written}, lists {listed}); theoretical minimum {Writes}");

        Assert.Equal(Writes, written);
        Assert.Equal(0, listed);
        var entries = (await RunOkAsync("list", "--from", from, "--to", to, "--output", "json")).Json;
        Assert.Equal(10, entries.GetArrayLength());
        Assert.All(entries.EnumerateArray(), e => Assert.NotEqual(System.Text.Json.JsonValueKind.Null, e.GetProperty("project_id").ValueKind));
        var projects = (await RunOkAsync("projects", "list", "--output", "json")).Json;
        Assert.Equal(["Backend", "Web site"], projects.EnumerateArray().Select(p => p.GetProperty("name").GetString()).Order().ToList());
        Assert.All(projects.EnumerateArray(), p => Assert.False(p.GetProperty("active").GetBoolean()));
        Assert.True(Assert.Single((await RunOkAsync("clients", "list", "--output", "json")).Json.EnumerateArray()).GetProperty("archived").GetBoolean());
    }
}
