using System.ComponentModel;
using Spectre.Console.Cli;

// 40 commands, each with its own settings: a description argument, a text option, a number and a flag.
var app = new CommandApp();
app.Configure(config =>
{
    config.SetApplicationName("bench");
    config.AddCommand<Command01>("cmd01").WithDescription("Command number 1");
    config.AddCommand<Command02>("cmd02").WithDescription("Command number 2");
    config.AddCommand<Command03>("cmd03").WithDescription("Command number 3");
    config.AddCommand<Command04>("cmd04").WithDescription("Command number 4");
    config.AddCommand<Command05>("cmd05").WithDescription("Command number 5");
    config.AddCommand<Command06>("cmd06").WithDescription("Command number 6");
    config.AddCommand<Command07>("cmd07").WithDescription("Command number 7");
    config.AddCommand<Command08>("cmd08").WithDescription("Command number 8");
    config.AddCommand<Command09>("cmd09").WithDescription("Command number 9");
    config.AddCommand<Command10>("cmd10").WithDescription("Command number 10");
    config.AddCommand<Command11>("cmd11").WithDescription("Command number 11");
    config.AddCommand<Command12>("cmd12").WithDescription("Command number 12");
    config.AddCommand<Command13>("cmd13").WithDescription("Command number 13");
    config.AddCommand<Command14>("cmd14").WithDescription("Command number 14");
    config.AddCommand<Command15>("cmd15").WithDescription("Command number 15");
    config.AddCommand<Command16>("cmd16").WithDescription("Command number 16");
    config.AddCommand<Command17>("cmd17").WithDescription("Command number 17");
    config.AddCommand<Command18>("cmd18").WithDescription("Command number 18");
    config.AddCommand<Command19>("cmd19").WithDescription("Command number 19");
    config.AddCommand<Command20>("cmd20").WithDescription("Command number 20");
    config.AddCommand<Command21>("cmd21").WithDescription("Command number 21");
    config.AddCommand<Command22>("cmd22").WithDescription("Command number 22");
    config.AddCommand<Command23>("cmd23").WithDescription("Command number 23");
    config.AddCommand<Command24>("cmd24").WithDescription("Command number 24");
    config.AddCommand<Command25>("cmd25").WithDescription("Command number 25");
    config.AddCommand<Command26>("cmd26").WithDescription("Command number 26");
    config.AddCommand<Command27>("cmd27").WithDescription("Command number 27");
    config.AddCommand<Command28>("cmd28").WithDescription("Command number 28");
    config.AddCommand<Command29>("cmd29").WithDescription("Command number 29");
    config.AddCommand<Command30>("cmd30").WithDescription("Command number 30");
    config.AddCommand<Command31>("cmd31").WithDescription("Command number 31");
    config.AddCommand<Command32>("cmd32").WithDescription("Command number 32");
    config.AddCommand<Command33>("cmd33").WithDescription("Command number 33");
    config.AddCommand<Command34>("cmd34").WithDescription("Command number 34");
    config.AddCommand<Command35>("cmd35").WithDescription("Command number 35");
    config.AddCommand<Command36>("cmd36").WithDescription("Command number 36");
    config.AddCommand<Command37>("cmd37").WithDescription("Command number 37");
    config.AddCommand<Command38>("cmd38").WithDescription("Command number 38");
    config.AddCommand<Command39>("cmd39").WithDescription("Command number 39");
    config.AddCommand<Command40>("cmd40").WithDescription("Command number 40");
});
return app.Run(args);

sealed class Settings01 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command01 : Command<Settings01>
{
    protected override int Execute(CommandContext context, Settings01 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd01 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings02 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command02 : Command<Settings02>
{
    protected override int Execute(CommandContext context, Settings02 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd02 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings03 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command03 : Command<Settings03>
{
    protected override int Execute(CommandContext context, Settings03 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd03 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings04 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command04 : Command<Settings04>
{
    protected override int Execute(CommandContext context, Settings04 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd04 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings05 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command05 : Command<Settings05>
{
    protected override int Execute(CommandContext context, Settings05 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd05 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings06 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command06 : Command<Settings06>
{
    protected override int Execute(CommandContext context, Settings06 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd06 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings07 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command07 : Command<Settings07>
{
    protected override int Execute(CommandContext context, Settings07 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd07 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings08 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command08 : Command<Settings08>
{
    protected override int Execute(CommandContext context, Settings08 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd08 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings09 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command09 : Command<Settings09>
{
    protected override int Execute(CommandContext context, Settings09 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd09 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings10 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command10 : Command<Settings10>
{
    protected override int Execute(CommandContext context, Settings10 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd10 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings11 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command11 : Command<Settings11>
{
    protected override int Execute(CommandContext context, Settings11 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd11 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings12 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command12 : Command<Settings12>
{
    protected override int Execute(CommandContext context, Settings12 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd12 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings13 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command13 : Command<Settings13>
{
    protected override int Execute(CommandContext context, Settings13 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd13 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings14 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command14 : Command<Settings14>
{
    protected override int Execute(CommandContext context, Settings14 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd14 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings15 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command15 : Command<Settings15>
{
    protected override int Execute(CommandContext context, Settings15 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd15 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings16 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command16 : Command<Settings16>
{
    protected override int Execute(CommandContext context, Settings16 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd16 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings17 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command17 : Command<Settings17>
{
    protected override int Execute(CommandContext context, Settings17 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd17 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings18 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command18 : Command<Settings18>
{
    protected override int Execute(CommandContext context, Settings18 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd18 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings19 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command19 : Command<Settings19>
{
    protected override int Execute(CommandContext context, Settings19 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd19 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings20 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command20 : Command<Settings20>
{
    protected override int Execute(CommandContext context, Settings20 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd20 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings21 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command21 : Command<Settings21>
{
    protected override int Execute(CommandContext context, Settings21 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd21 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings22 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command22 : Command<Settings22>
{
    protected override int Execute(CommandContext context, Settings22 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd22 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings23 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command23 : Command<Settings23>
{
    protected override int Execute(CommandContext context, Settings23 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd23 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings24 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command24 : Command<Settings24>
{
    protected override int Execute(CommandContext context, Settings24 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd24 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings25 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command25 : Command<Settings25>
{
    protected override int Execute(CommandContext context, Settings25 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd25 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings26 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command26 : Command<Settings26>
{
    protected override int Execute(CommandContext context, Settings26 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd26 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings27 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command27 : Command<Settings27>
{
    protected override int Execute(CommandContext context, Settings27 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd27 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings28 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command28 : Command<Settings28>
{
    protected override int Execute(CommandContext context, Settings28 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd28 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings29 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command29 : Command<Settings29>
{
    protected override int Execute(CommandContext context, Settings29 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd29 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings30 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command30 : Command<Settings30>
{
    protected override int Execute(CommandContext context, Settings30 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd30 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings31 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command31 : Command<Settings31>
{
    protected override int Execute(CommandContext context, Settings31 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd31 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings32 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command32 : Command<Settings32>
{
    protected override int Execute(CommandContext context, Settings32 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd32 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings33 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command33 : Command<Settings33>
{
    protected override int Execute(CommandContext context, Settings33 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd33 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings34 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command34 : Command<Settings34>
{
    protected override int Execute(CommandContext context, Settings34 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd34 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings35 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command35 : Command<Settings35>
{
    protected override int Execute(CommandContext context, Settings35 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd35 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings36 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command36 : Command<Settings36>
{
    protected override int Execute(CommandContext context, Settings36 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd36 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings37 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command37 : Command<Settings37>
{
    protected override int Execute(CommandContext context, Settings37 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd37 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings38 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command38 : Command<Settings38>
{
    protected override int Execute(CommandContext context, Settings38 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd38 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings39 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command39 : Command<Settings39>
{
    protected override int Execute(CommandContext context, Settings39 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd39 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
sealed class Settings40 : CommandSettings
{
    [CommandArgument(0, "[DESCRIPTION]")] [Description("What it is about")] public string? Description { get; init; }
    [CommandOption("--project <NAME>")] [Description("The project")] public string? Project { get; init; }
    [CommandOption("--count <N>")] [Description("How many")] public int Count { get; init; } = 1;
    [CommandOption("--verbose")] [Description("Say more")] public bool Verbose { get; init; }
}
sealed class Command40 : Command<Settings40>
{
    protected override int Execute(CommandContext context, Settings40 settings, CancellationToken cancellationToken)
    {
        Console.WriteLine($"cmd40 {settings.Description} {settings.Project} {settings.Count} {settings.Verbose}");
        return 0;
    }
}
