using System.CommandLine;

// 40 commands, each with a description argument, a text option, a number and a flag.
var root = new RootCommand("bench");
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd01", "Command number 1") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd01 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd02", "Command number 2") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd02 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd03", "Command number 3") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd03 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd04", "Command number 4") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd04 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd05", "Command number 5") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd05 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd06", "Command number 6") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd06 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd07", "Command number 7") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd07 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd08", "Command number 8") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd08 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd09", "Command number 9") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd09 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd10", "Command number 10") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd10 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd11", "Command number 11") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd11 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd12", "Command number 12") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd12 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd13", "Command number 13") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd13 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd14", "Command number 14") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd14 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd15", "Command number 15") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd15 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd16", "Command number 16") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd16 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd17", "Command number 17") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd17 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd18", "Command number 18") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd18 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd19", "Command number 19") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd19 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd20", "Command number 20") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd20 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd21", "Command number 21") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd21 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd22", "Command number 22") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd22 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd23", "Command number 23") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd23 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd24", "Command number 24") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd24 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd25", "Command number 25") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd25 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd26", "Command number 26") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd26 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd27", "Command number 27") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd27 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd28", "Command number 28") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd28 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd29", "Command number 29") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd29 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd30", "Command number 30") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd30 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd31", "Command number 31") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd31 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd32", "Command number 32") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd32 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd33", "Command number 33") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd33 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd34", "Command number 34") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd34 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd35", "Command number 35") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd35 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd36", "Command number 36") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd36 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd37", "Command number 37") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd37 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd38", "Command number 38") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd38 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd39", "Command number 39") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd39 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
{
    var description = new Argument<string?>("description") { Description = "What it is about", Arity = ArgumentArity.ZeroOrOne };
    var project = new Option<string?>("--project") { Description = "The project" };
    var count = new Option<int>("--count") { Description = "How many", DefaultValueFactory = _ => 1 };
    var verbose = new Option<bool>("--verbose") { Description = "Say more" };
    var command = new Command("cmd40", "Command number 40") { description, project, count, verbose };
    command.SetAction(result => Console.WriteLine($"cmd40 {result.GetValue(description)} {result.GetValue(project)} {result.GetValue(count)} {result.GetValue(verbose)}"));
    root.Subcommands.Add(command);
}
return root.Parse(args).Invoke();
