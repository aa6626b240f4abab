using Toggl.Cli.Tests.Commands;
using Xunit.Abstractions;

namespace Toggl.Cli.Tests.Objects;

public sealed class SmokeTests(ITestOutputHelper output) : CliTest
{
    [Fact]
    public async Task Smoke()
    {
        foreach (var args in new[]
        {
            new[] { "clients", "add", "Acme", "--notes", "big" },
            ["projects", "add", "Website", "--client", "Acme", "--color", "teal", "--billable"],
            ["projects", "list"],
            ["projects", "list"],
            ["projects", "list", "--output", "json"],
            ["tasks", "add", "Design", "--project", "Website", "--estimate", "2h"],
            ["tasks", "list", "--output", "csv"],
            ["tags", "add", "review"],
            ["tags", "list"],
            ["start", "Work", "--project", "Webiste"],
            ["start", "Work", "--project", "Blog", "--create-project", "--dry-run"],
            ["start", "Work", "--project", "Blog", "--create-project"],
            ["clients", "archive", "Acme"],
            ["workspaces", "list"],
            ["workspaces", "show", "--output", "json"],
            ["orgs", "list"],
            ["me"],
            ["me", "--output", "json"],
            ["sync"],
            ["sync", "--output", "json"],
            ["projects", "delete", "Website", "--dry-run"],
            ["tags", "delete", "revew"],
        })
        {
            Sandbox.ClearRequestLog();
            var run = await RunAsync(args);
            output.WriteLine($"$ toggl {string.Join(' ', args)}\n{run}\nrequests: {string.Join("; ", Requests.Select(r => r.Method + " " + r.Path + r.Query))}\n");
        }
    }
}
