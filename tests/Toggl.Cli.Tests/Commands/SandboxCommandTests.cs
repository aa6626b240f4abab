using System.Net.Http.Headers;
using System.Text;
using System.Text.RegularExpressions;
using Spectre.Console;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Tests.Commands;

/// <summary><c>toggl sandbox</c>: serves until cancelled and prints how to use it.</summary>
public sealed class SandboxCommandTests
{
    /// <summary>Captures output and completes <see cref="Ready"/> once the export lines are printed.</summary>
    private sealed class WatchingWriter : StringWriter
    {
        public TaskCompletionSource Ready { get; } = new(TaskCreationOptions.RunContinuationsAsynchronously);

        public override void Write(string? value)
        {
            base.Write(value);
            if (ToString().Contains("export TOGGL_WORKSPACE_ID=", StringComparison.Ordinal) && ToString().Contains("toggl list", StringComparison.Ordinal))
            {
                Ready.TrySetResult();
            }
        }

        public override void Write(char value)
        {
            base.Write(value);
            if (value == '\n')
            {
                Write("");
            }
        }
    }

    private static IAnsiConsole Console(TextWriter writer) => AnsiConsole.Create(new AnsiConsoleSettings
    {
        Out = new AnsiConsoleOutput(writer),
        Ansi = AnsiSupport.No,
        ColorSystem = ColorSystemSupport.NoColors,
        Interactive = InteractionSupport.No,
    });

    [Fact]
    public async Task The_sandbox_serves_the_demo_month_with_the_printed_credentials_until_cancelled()
    {
        var output = new WatchingWriter();
        var context = new CliContext { Out = Console(output), Error = Console(new StringWriter()), Environment = _ => null, IsTerminal = false };
        using var stop = new CancellationTokenSource();
        var running = TogglCli.RunAsync(["sandbox", "--port", "0"], context, stop.Token);
        await output.Ready.Task.WaitAsync(TimeSpan.FromSeconds(60));

        var text = output.ToString();
        var url = Regex.Match(text, @"TOGGL_BASE_URL=(\S+)").Groups[1].Value;
        var token = Regex.Match(text, @"TOGGL_API_TOKEN=(\S+)").Groups[1].Value;
        using var client = new HttpClient { BaseAddress = new Uri(url) };
        client.DefaultRequestHeaders.Authorization =
            new AuthenticationHeaderValue("Basic", Convert.ToBase64String(Encoding.UTF8.GetBytes(token + ":api_token")));
        using var response = await client.GetAsync("me/time_entries?start_date=" + DateTime.UtcNow.AddDays(-20).ToString("yyyy-MM-dd") + "&end_date=" + DateTime.UtcNow.AddDays(1).ToString("yyyy-MM-dd"));
        Assert.True(response.IsSuccessStatusCode);
        Assert.StartsWith("[{", await response.Content.ReadAsStringAsync(), StringComparison.Ordinal);

        stop.Cancel();
        Assert.Equal(ExitCodes.Ok, await running);
        Assert.Contains("Sandbox stopped", output.ToString());
    }
}
