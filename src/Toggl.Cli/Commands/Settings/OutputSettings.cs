using System.ComponentModel;
using Spectre.Console.Cli;
using Toggl.Cli.Output;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of commands that print entries: the output format.</summary>
internal class OutputSettings : TogglSettings
{
    /// <summary>table, json or csv.</summary>
    [CommandOption("-o|--output <FORMAT>")]
    [Description("table, json or csv (JSON shapes: src/Toggl.Cli/README.md)")]
    [DefaultValue(OutputFormat.Table)]
    public OutputFormat Output { get; init; } = OutputFormat.Table;
}

/// <summary>Options of commands that read: they answer from the synced cache unless told to refresh.</summary>
internal class ReadSettings : OutputSettings
{
    /// <summary>Ask Toggl instead of the cache.</summary>
    [CommandOption("--refresh")]
    [Description("Ask Toggl instead of answering from the synced cache")]
    public bool Refresh { get; init; }
}
