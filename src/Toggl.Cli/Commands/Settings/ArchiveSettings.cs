using System.ComponentModel;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of <c>toggl archive fetch</c>: the months to fetch again.</summary>
internal sealed class ArchiveFetchSettings : OutputSettings
{
    /// <summary>The first month (YYYY-MM or any day of it).</summary>
    [CommandOption("--from <MONTH>")]
    [Description("First month: YYYY-MM or a day of it (YYYY-MM-DD)")]
    public string? From { get; init; }

    /// <summary>The last month, included.</summary>
    [CommandOption("--to <MONTH>")]
    [Description("Last month, included: YYYY-MM or a day of it")]
    public string? To { get; init; }

    /// <inheritdoc />
    public override ValidationResult Validate() =>
        From is null || To is null
            ? ValidationResult.Error("give the months to fetch with --from and --to (YYYY-MM)")
            : base.Validate();
}

/// <summary>Options of <c>toggl archive status</c>.</summary>
internal sealed class ArchiveStatusSettings : OutputSettings
{
}
