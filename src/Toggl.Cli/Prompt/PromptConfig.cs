using Toggl.Cli.Configuration;

namespace Toggl.Cli.Prompt;

/// <summary>The prompt's format as <c>toggl config set --prompt-format</c> stores it: <c>prompt_format</c> under <c>[options]</c> of config.ini.</summary>
internal static class PromptConfig
{
    /// <summary>The key in the <c>[options]</c> section.</summary>
    public const string Key = "prompt_format";

    /// <summary>The configured format, or null when none is (or the file cannot be read: the prompt stays quiet).</summary>
    public static string? Read(TogglPaths paths)
    {
        // Most prompts run without a config file: no file, nothing to parse.
        if (!File.Exists(paths.ConfigFile))
        {
            return null;
        }

        return TogglIniFile.Load(paths.ConfigFile)["options", Key];
    }
}
