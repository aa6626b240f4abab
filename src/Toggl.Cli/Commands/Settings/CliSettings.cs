using Spectre.Console;
using Toggl.Cli.CommandLine;

namespace Toggl.Cli.Commands.Settings;

/// <summary>The options of a command, bound from its parsed command line and checked before it runs.</summary>
internal abstract class CliSettings
{
    /// <summary>Checks the options together (e.g. "give --active or --archived, not both"); an error is exit code 2.</summary>
    public virtual ValidationResult Validate() => ValidationResult.Success();
}

/// <summary>
/// A settings type the command tree can use: it declares its options on a command and binds them from the
/// parsed line, in one place each, without reflection (the tool is compiled ahead of time).
/// </summary>
/// <typeparam name="TSelf">The settings type itself.</typeparam>
internal interface ISettings<TSelf>
    where TSelf : CliSettings, ISettings<TSelf>
{
    /// <summary>Adds the type's options and arguments (its base's first) to <paramref name="command"/>.</summary>
    static abstract void Declare(CliCommand command);

    /// <summary>Reads the options from a parsed command line of a command they were declared on.</summary>
    static abstract TSelf Bind(ParsedArgs args);
}
