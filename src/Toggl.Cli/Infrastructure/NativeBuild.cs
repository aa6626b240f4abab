using Spectre.Console;

namespace Toggl.Cli.Infrastructure;

/// <summary>
/// What the native (NativeAOT) build of the tool says for the commands only the JIT build has: the sandbox is an
/// ASP.NET Core server, which the native tool does not carry (it would be loaded on every start, and it is not AOT-safe).
/// </summary>
internal static class NativeBuild
{
    /// <summary>The message and exit code for <c>toggl demo</c> / <c>toggl sandbox</c> in the native tool.</summary>
    public static int SandboxCommandUnavailable(CliContext context, string command)
    {
        var instead = command == "sandbox"
            ? "dotnet run --project src/Toggl.Sandbox.Host -- --port 9555 --seed demo"
            : "dotnet run --project src/Toggl.Cli -- " + command;
        context.Error.WriteLine(
            $"toggl {command}: the native build of toggl has no sandbox; from a clone of the repository run: {instead}");
        return ExitCodes.BadArguments;
    }
}
