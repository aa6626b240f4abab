using ConsoleAppFramework;

// 40 commands, each with a description argument, a text option, a number and a flag (source-generated parsing).
var app = ConsoleApp.Create();
app.Add("cmd01", Commands.Cmd01);
app.Add("cmd02", Commands.Cmd02);
app.Add("cmd03", Commands.Cmd03);
app.Add("cmd04", Commands.Cmd04);
app.Add("cmd05", Commands.Cmd05);
app.Add("cmd06", Commands.Cmd06);
app.Add("cmd07", Commands.Cmd07);
app.Add("cmd08", Commands.Cmd08);
app.Add("cmd09", Commands.Cmd09);
app.Add("cmd10", Commands.Cmd10);
app.Add("cmd11", Commands.Cmd11);
app.Add("cmd12", Commands.Cmd12);
app.Add("cmd13", Commands.Cmd13);
app.Add("cmd14", Commands.Cmd14);
app.Add("cmd15", Commands.Cmd15);
app.Add("cmd16", Commands.Cmd16);
app.Add("cmd17", Commands.Cmd17);
app.Add("cmd18", Commands.Cmd18);
app.Add("cmd19", Commands.Cmd19);
app.Add("cmd20", Commands.Cmd20);
app.Add("cmd21", Commands.Cmd21);
app.Add("cmd22", Commands.Cmd22);
app.Add("cmd23", Commands.Cmd23);
app.Add("cmd24", Commands.Cmd24);
app.Add("cmd25", Commands.Cmd25);
app.Add("cmd26", Commands.Cmd26);
app.Add("cmd27", Commands.Cmd27);
app.Add("cmd28", Commands.Cmd28);
app.Add("cmd29", Commands.Cmd29);
app.Add("cmd30", Commands.Cmd30);
app.Add("cmd31", Commands.Cmd31);
app.Add("cmd32", Commands.Cmd32);
app.Add("cmd33", Commands.Cmd33);
app.Add("cmd34", Commands.Cmd34);
app.Add("cmd35", Commands.Cmd35);
app.Add("cmd36", Commands.Cmd36);
app.Add("cmd37", Commands.Cmd37);
app.Add("cmd38", Commands.Cmd38);
app.Add("cmd39", Commands.Cmd39);
app.Add("cmd40", Commands.Cmd40);
app.Run(args);

static class Commands
{
    /// <summary>Command number 1.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd01([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd01 {description} {project} {count} {verbose}");
    /// <summary>Command number 2.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd02([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd02 {description} {project} {count} {verbose}");
    /// <summary>Command number 3.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd03([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd03 {description} {project} {count} {verbose}");
    /// <summary>Command number 4.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd04([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd04 {description} {project} {count} {verbose}");
    /// <summary>Command number 5.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd05([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd05 {description} {project} {count} {verbose}");
    /// <summary>Command number 6.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd06([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd06 {description} {project} {count} {verbose}");
    /// <summary>Command number 7.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd07([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd07 {description} {project} {count} {verbose}");
    /// <summary>Command number 8.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd08([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd08 {description} {project} {count} {verbose}");
    /// <summary>Command number 9.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd09([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd09 {description} {project} {count} {verbose}");
    /// <summary>Command number 10.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd10([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd10 {description} {project} {count} {verbose}");
    /// <summary>Command number 11.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd11([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd11 {description} {project} {count} {verbose}");
    /// <summary>Command number 12.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd12([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd12 {description} {project} {count} {verbose}");
    /// <summary>Command number 13.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd13([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd13 {description} {project} {count} {verbose}");
    /// <summary>Command number 14.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd14([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd14 {description} {project} {count} {verbose}");
    /// <summary>Command number 15.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd15([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd15 {description} {project} {count} {verbose}");
    /// <summary>Command number 16.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd16([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd16 {description} {project} {count} {verbose}");
    /// <summary>Command number 17.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd17([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd17 {description} {project} {count} {verbose}");
    /// <summary>Command number 18.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd18([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd18 {description} {project} {count} {verbose}");
    /// <summary>Command number 19.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd19([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd19 {description} {project} {count} {verbose}");
    /// <summary>Command number 20.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd20([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd20 {description} {project} {count} {verbose}");
    /// <summary>Command number 21.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd21([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd21 {description} {project} {count} {verbose}");
    /// <summary>Command number 22.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd22([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd22 {description} {project} {count} {verbose}");
    /// <summary>Command number 23.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd23([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd23 {description} {project} {count} {verbose}");
    /// <summary>Command number 24.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd24([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd24 {description} {project} {count} {verbose}");
    /// <summary>Command number 25.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd25([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd25 {description} {project} {count} {verbose}");
    /// <summary>Command number 26.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd26([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd26 {description} {project} {count} {verbose}");
    /// <summary>Command number 27.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd27([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd27 {description} {project} {count} {verbose}");
    /// <summary>Command number 28.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd28([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd28 {description} {project} {count} {verbose}");
    /// <summary>Command number 29.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd29([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd29 {description} {project} {count} {verbose}");
    /// <summary>Command number 30.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd30([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd30 {description} {project} {count} {verbose}");
    /// <summary>Command number 31.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd31([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd31 {description} {project} {count} {verbose}");
    /// <summary>Command number 32.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd32([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd32 {description} {project} {count} {verbose}");
    /// <summary>Command number 33.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd33([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd33 {description} {project} {count} {verbose}");
    /// <summary>Command number 34.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd34([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd34 {description} {project} {count} {verbose}");
    /// <summary>Command number 35.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd35([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd35 {description} {project} {count} {verbose}");
    /// <summary>Command number 36.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd36([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd36 {description} {project} {count} {verbose}");
    /// <summary>Command number 37.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd37([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd37 {description} {project} {count} {verbose}");
    /// <summary>Command number 38.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd38([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd38 {description} {project} {count} {verbose}");
    /// <summary>Command number 39.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd39([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd39 {description} {project} {count} {verbose}");
    /// <summary>Command number 40.</summary>
    /// <param name="description">What it is about.</param>
    /// <param name="project">The project.</param>
    /// <param name="count">How many.</param>
    /// <param name="verbose">Say more.</param>
    public static void Cmd40([Argument] string? description = null, string? project = null, int count = 1, bool verbose = false) =>
        Console.WriteLine($"cmd40 {description} {project} {count} {verbose}");
}
