namespace Toggl.Cli.Completion;

/// <summary>
/// The completion scripts <c>toggl completion SHELL</c> prints. Each asks the tool itself for the candidates
/// (<c>toggl __complete INDEX WORD...</c>, see <see cref="CompletionEngine"/>) with the words before the cursor,
/// so the shell knows nothing of the commands: they cannot drift from the parser.
/// </summary>
internal static class ShellScripts
{
    /// <summary>The shells with a script, as <c>toggl completion</c> takes them.</summary>
    public static readonly IReadOnlyList<string> Shells = ["bash", "zsh", "fish", "pwsh"];

    /// <summary>The script for <paramref name="shell"/> (one of <see cref="Shells"/>).</summary>
    public static string For(string shell) => shell switch
    {
        "bash" => Bash,
        "zsh" => Zsh,
        "fish" => Fish,
        _ => Pwsh,
    };

    // COMP_WORDS[0] is the tool as typed (toggl, ./toggl, a function): the same one is asked. Candidates come one a
    // line; one with characters the shell would read (a space in "Web shop") is quoted (printf %q), unless the user
    // opened a quote already.
    private const string Bash = """
        # bash completion for toggl. Install: toggl completion bash > ~/.local/share/bash-completion/completions/toggl
        # (or add `source <(toggl completion bash)` to ~/.bashrc).
        _toggl_complete() {
            local cur="${COMP_WORDS[COMP_CWORD]}" line candidate
            local -a candidates=()
            while IFS= read -r line; do
                [[ -n $line ]] && candidates+=("$line")
            done < <("${COMP_WORDS[0]}" __complete "$((COMP_CWORD - 1))" "${COMP_WORDS[@]:1:COMP_CWORD}" 2>/dev/null)
            COMPREPLY=()
            for candidate in "${candidates[@]}"; do
                if [[ $cur == [\"\']* || $candidate != *[!A-Za-z0-9,._+:@%/=-]* ]]; then
                    COMPREPLY+=("$candidate")
                else
                    COMPREPLY+=("$(printf '%q' "$candidate")")
                fi
            done
        }
        complete -F _toggl_complete toggl

        """;

    // words[1] is the tool as typed; CURRENT is the 1-based index of the word under the cursor. compadd quotes.
    private const string Zsh = """
        #compdef toggl
        # zsh completion for toggl. Install: toggl completion zsh > "${fpath[1]}/_toggl" (then restart zsh),
        # or add `source <(toggl completion zsh)` to ~/.zshrc after compinit.
        _toggl() {
            local -a candidates
            candidates=("${(@f)$("${words[1]}" __complete "$((CURRENT - 2))" "${(@)words[2,CURRENT]}" 2>/dev/null)}")
            candidates=(${candidates:#})
            compadd -- "${candidates[@]}"
        }
        if (( $+functions[compdef] )); then
            compdef _toggl toggl
        fi

        """;

    // commandline -opc: the words before the cursor (the tool first); -ct: the word under it.
    private const string Fish = """
        # fish completion for toggl. Install: toggl completion fish > ~/.config/fish/completions/toggl.fish
        function __toggl_complete
            set -l words (commandline -opc)
            set -l current (commandline -ct)
            $words[1] __complete (math (count $words) - 1) $words[2..-1] $current 2>/dev/null
        end
        complete -c toggl -f -a '(__toggl_complete)'

        """;

    // The elements before the cursor, as PowerShell parsed them (quotes removed); the word under the cursor last.
    private const string Pwsh = """
        # PowerShell completion for toggl. Install: add `toggl completion pwsh | Out-String | Invoke-Expression`
        # to your profile ($PROFILE).
        Register-ArgumentCompleter -Native -CommandName toggl -ScriptBlock {
            param($wordToComplete, $commandAst, $cursorPosition)
            $elements = @($commandAst.CommandElements | Where-Object { $_.Extent.StartOffset -lt $cursorPosition })
            $words = @($elements | ForEach-Object { if ($_ -is [System.Management.Automation.Language.StringConstantExpressionAst]) { $_.Value } else { $_.Extent.Text } })
            if ($wordToComplete -ne '' -and $words.Count -gt 1) { $words = $words[0..($words.Count - 2)] }
            $before = if ($words.Count -gt 1) { @($words[1..($words.Count - 1)]) } else { @() }
            & $words[0] __complete $before.Count @before $wordToComplete 2>$null | ForEach-Object {
                $text = if ($_ -match "[\s'`"$]") { "'" + ($_ -replace "'", "''") + "'" } else { $_ }
                [System.Management.Automation.CompletionResult]::new($text, $_, 'ParameterValue', $_)
            }
        }

        """;
}
