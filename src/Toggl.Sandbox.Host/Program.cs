using System.Text.Json;
using Microsoft.AspNetCore.Connections;
using Toggl.Sandbox.Host.Standalone;

namespace Toggl.Sandbox.Host;

/// <summary>The standalone server: <c>dotnet run --project src/Toggl.Sandbox.Host -- --port 9555</c>.</summary>
internal static class Program
{
    private static async Task<int> Main(string[] args)
    {
        var line = CommandLine.Parse(args, out var error);
        if (error is not null)
        {
            await Console.Error.WriteLineAsync(error + Environment.NewLine + Environment.NewLine + CommandLine.Usage).ConfigureAwait(false);
            return 2;
        }

        if (line.Help)
        {
            Console.WriteLine(CommandLine.Usage);
            return 0;
        }

        TogglSandbox started;
        try
        {
            started = await TogglSandbox.StartAsync(line.Options, standalone: true, CancellationToken.None).ConfigureAwait(false);
        }
        catch (IOException e) when (e.InnerException is AddressInUseException)
        {
            // Kestrel's "Failed to bind" is an IOException around AddressInUseException: one line, no stack trace.
            await Console.Error.WriteLineAsync($"toggl-sandbox: port {line.Options.Port} is in use").ConfigureAwait(false);
            return 1;
        }

        await using var sandbox = started;
        if (line.SeedDemo)
        {
            sandbox.SeedDemo();
        }

        // The first stdout line is machine-readable, so scripts can start the server and read where it is.
        using (var stdout = Console.OpenStandardOutput())
        using (var json = new Utf8JsonWriter(stdout))
        {
            json.WriteStartObject();
            json.WriteString("baseUrl", sandbox.BaseAddress.ToString());
            json.WriteString("apiToken", sandbox.ApiToken);
            json.WriteNumber("userId", sandbox.UserId);
            json.WriteNumber("workspaceId", sandbox.WorkspaceId);
            json.WriteString("adminUrl", sandbox.AdminAddress.ToString());
            json.WriteString("adminToken", sandbox.AdminToken);
            json.WriteEndObject();
            json.Flush();
            stdout.Write("\n"u8);
            stdout.Flush();
        }

        await Console.Error.WriteLineAsync($"Toggl sandbox listening on {sandbox.BaseAddress} (Ctrl+C to stop)").ConfigureAwait(false);
        await sandbox.WaitForShutdownAsync().ConfigureAwait(false);
        return 0;
    }
}
