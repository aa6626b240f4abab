using System.Diagnostics;
using Toggl.Cli.Tests.Commands;

namespace Toggl.Cli.Tests.Completion;

/// <summary>
/// Each completion script run in its shell (bash here; zsh, fish and pwsh where installed), asking the built tool
/// (<c>dotnet Toggl.Cli.dll</c>, standing in for <c>toggl</c>) for the candidates of a line against a synced cache.
/// </summary>
public sealed class ShellScriptTests : CliTest
{
    private static readonly string Tool = Path.Combine(AppContext.BaseDirectory, "Toggl.Cli.dll");

    /// <summary>A synced workspace with a project name that needs quoting; the script's file.</summary>
    private async Task<string> PrepareAsync(string shell)
    {
        Sandbox.AddProject("Website");
        Sandbox.AddProject("Web shop");
        Sandbox.AddTag("writing");
        Sandbox.AddTag("draft");
        await RunOkAsync("sync");
        Sandbox.ClearRequestLog();
        var script = Path.Combine(Home, "completion." + shell);
        await File.WriteAllTextAsync(script, (await RunOkAsync("completion", shell)).Out);
        return script;
    }

    /// <summary>Runs <paramref name="program"/> in <paramref name="shell"/> with the test's account and home; its output lines.</summary>
    private async Task<IReadOnlyList<string>> RunShellAsync(string shell, string[] arguments, string program)
    {
        var start = new ProcessStartInfo(Shells.Find(shell)!) { RedirectStandardOutput = true, RedirectStandardError = true, RedirectStandardInput = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        start.ArgumentList.Add(program);
        foreach (var (name, value) in Environment)
        {
            start.Environment[name] = value;
        }

        start.Environment["TOGGL_TOOL"] = Tool;
        using var process = Process.Start(start)!;
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        Assert.True(process.ExitCode == 0, $"{shell} exited {process.ExitCode}: {await error}\n{await output}");
        return (await output).Split('\n', StringSplitOptions.RemoveEmptyEntries);
    }

    [ShellFact("bash")]
    public async Task Bash_completes_commands_options_and_cached_names_quoted_for_the_shell()
    {
        var script = await PrepareAsync("bash");
        var program = $$"""
            toggl() { dotnet "$TOGGL_TOOL" "$@"; }
            source '{{script}}'
            show() { COMP_WORDS=("$@"); COMP_CWORD=$(( ${#COMP_WORDS[@]} - 1 )); _toggl_complete; printf '%s|' "${COMPREPLY[@]}"; echo; }
            show toggl proj
            show toggl start Writing --pro
            show toggl start Writing --project We
            show toggl start Writing --tags writing,d
            """;
        var lines = await RunShellAsync("bash", ["-c"], program);
        Assert.Equal(["projects|", "--project|", @"Web\ shop|Website|", "writing,draft|"], lines);
        Assert.Empty(Requests);
    }

    [ShellFact("zsh")]
    public async Task Zsh_completes_commands_options_and_cached_names()
    {
        var script = await PrepareAsync("zsh");
        // compadd works only inside a completion widget: a stand-in prints what the script hands it.
        var program = $$"""
            toggl() { dotnet "$TOGGL_TOOL" "$@"; }
            compadd() { [[ $1 == -- ]] && shift; print -r -- "${(j:|:)@}|"; }
            source '{{script}}'
            show() { words=("$@"); CURRENT=$#; _toggl; }
            show toggl proj
            show toggl start Writing --pro
            show toggl start Writing --project We
            show toggl start Writing --tags writing,d
            """;
        var lines = await RunShellAsync("zsh", ["-f", "-c"], program);
        Assert.Equal(["projects|", "--project|", "Web shop|Website|", "writing,draft|"], lines);
        Assert.Empty(Requests);
    }

    [ShellFact("fish")]
    public async Task Fish_completes_commands_options_and_cached_names()
    {
        var script = await PrepareAsync("fish");
        // complete -C asks fish's own completion machinery for a line, as a Tab would.
        var program = $$"""
            function toggl; dotnet $TOGGL_TOOL $argv; end
            source '{{script}}'
            for line in 'toggl proj' 'toggl start Writing --pro' 'toggl start Writing --project We' 'toggl start Writing --tags writing,d'
                echo (string join -- '|' (complete -C $line))'|'
            end
            """;
        var lines = await RunShellAsync("fish", ["--no-config", "-c"], program);
        Assert.Equal(["projects|", "--project|", "Web shop|Website|", "writing,draft|"], lines);
        Assert.Empty(Requests);
    }

    [ShellFact("pwsh")]
    public async Task PowerShell_completes_commands_options_and_cached_names()
    {
        var script = await PrepareAsync("pwsh");
        var shim = Path.Combine(Home, "toggl");
        await File.WriteAllTextAsync(shim, "#!/bin/sh\nexec dotnet \"$TOGGL_TOOL\" \"$@\"\n");
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(shim, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
        }
        var program = $$"""
            $env:PATH = '{{Home}}' + [IO.Path]::PathSeparator + $env:PATH
            . '{{script}}'
            foreach ($line in 'toggl proj', 'toggl start Writing --pro', 'toggl start Writing --project We', 'toggl start Writing --tags writing,d') {
                ((TabExpansion2 -inputScript $line -cursorColumn $line.Length).CompletionMatches | ForEach-Object { $_.CompletionText }) -join '|' | ForEach-Object { $_ + '|' }
            }
            """;
        var lines = await RunShellAsync("pwsh", ["-NoProfile", "-NonInteractive", "-Command"], program);
        Assert.Equal(["projects|", "--project|", "'Web shop'|Website|", "writing,draft|"], lines);
        Assert.Empty(Requests);
    }
}
