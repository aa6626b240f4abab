using Toggl.Cli.CommandLine;
using Toggl.Cli.Output;

namespace Toggl.Cli.Commands.Settings;

/// <summary>Options of commands that print entries: the output format.</summary>
internal class OutputSettings : TogglSettings, ISettings<OutputSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected OutputSettings(ParsedArgs args)
        : base(args) => Output = args.Choice("--output", OutputFormat.Table);

    /// <summary>table, json or csv.</summary>
    public OutputFormat Output { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        TogglSettings.Declare(command);
        command.AddValueOption("-o|--output", "FORMAT", "table, json or csv (JSON shapes: src/Toggl.Cli/README.md)", "table", ParsedArgs.ChoiceNames<OutputFormat>());
    }

    /// <inheritdoc />
    public static new OutputSettings Bind(ParsedArgs args) => new(args);
}

/// <summary>Options of commands that read: they answer from the synced cache unless told to refresh.</summary>
internal class ReadSettings : OutputSettings, ISettings<ReadSettings>
{
    /// <summary>Reads the options from the parsed line.</summary>
    protected ReadSettings(ParsedArgs args)
        : base(args) => Refresh = args.Flag("--refresh");

    /// <summary>Ask Toggl instead of the cache.</summary>
    public bool Refresh { get; }

    /// <inheritdoc />
    public static new void Declare(CliCommand command)
    {
        OutputSettings.Declare(command);
        command.AddFlag("--refresh", "Ask Toggl instead of answering from the synced cache");
    }

    /// <inheritdoc />
    public static new ReadSettings Bind(ParsedArgs args) => new(args);
}
