using System.Text;
using Spectre.Console;
using Toggl.Cli.Commands.Settings;
using Toggl.Cli.Configuration;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Commands;

/// <summary><c>toggl config set --api-token T --workspace ID [--base-url U]</c>: stores the account in config.ini (mode 0600).</summary>
internal sealed class ConfigSetCommand(CliContext context) : AsyncCommand<ConfigSetSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(ConfigSetSettings settings, CancellationToken cancellationToken)
    {
        var paths = TogglPaths.Resolve(settings.Home, context.Environment);
        // The file is rewritten whole: what the flags leave out is kept from it, read by the one INI reader.
        TogglIniFile current;
        try
        {
            current = TogglIniFile.Load(paths.ConfigFile);
        }
        catch (TogglConfigurationException e)
        {
            throw CliException.BadArguments($"{e.Message.TrimEnd('.')}; fix or delete the file, then run `toggl config set` again");
        }

        var token = settings.ApiToken ?? current["auth", "api_token"];
        var workspace = settings.Workspace ?? current["options", "default_wid"];
        var baseUrl = settings.BaseUrl ?? current["options", "base_url"];

        // Check each value given as it will be read back, before writing anything (what the file already holds
        // is checked when it is read, naming the file).
        AccountResolver.Check(new AccountFlags(settings.ApiToken, settings.Workspace, settings.BaseUrl));

        var text = new StringBuilder("# Written by `toggl config set`. Read after flags and the environment, before ~/.togglrc.\n");
        text.Append("[auth]\n");
        if (token is not null)
        {
            text.Append("api_token = ").Append(token).Append('\n');
        }

        text.Append("[options]\n");
        if (workspace is not null)
        {
            text.Append("default_wid = ").Append(workspace).Append('\n');
        }

        if (baseUrl is not null)
        {
            text.Append("base_url = ").Append(baseUrl).Append('\n');
        }

        OwnerOnlyFiles.EnsureFolder(paths.ConfigFolder);
        OwnerOnlyFiles.WriteAllText(paths.ConfigFile, text.ToString());
        context.Out.MarkupLine($"[green]Saved[/] {Markup.Escape(paths.ConfigFile)} (readable by you only).");
        return Task.FromResult(ExitCodes.Ok);
    }
}

/// <summary><c>toggl config show</c>: the account in use (the token hidden) and the tool's folders.</summary>
internal sealed class ConfigShowCommand(CliContext context) : AsyncCommand<TogglSettings>
{
    /// <inheritdoc />
    public override Task<int> ExecuteAsync(TogglSettings settings, CancellationToken cancellationToken)
    {
        var paths = TogglPaths.Resolve(settings.Home, context.Environment);
        var grid = new Grid().AddColumn(new GridColumn().NoWrap()).AddColumn();
        try
        {
            var account = AccountResolver.Resolve(settings.AccountFlags, context.Environment, paths);
            var credentials = account.Credentials.IsApiToken ? "API token (hidden)" : $"email {account.Credentials.Email} (password hidden)";
            grid.AddRow(new Text("Credentials"), new Text(Output.TerminalText.Visible(credentials)));
            grid.AddRow(new Text("Workspace"), new Text(WorkspaceLine(account, paths)));
            grid.AddRow(new Text("API"), new Text(account.BaseAddress.AbsoluteUri));
        }
        catch (CliException e) when (e.ExitCode == ExitCodes.NotConfigured)
        {
            grid.AddRow(new Text("Account"), new Text("not configured"));
        }

        grid.AddRow(new Text("Config"), new Text(paths.ConfigFile));
        grid.AddRow(new Text("~/.togglrc"), new Text(paths.Togglrc));
        grid.AddRow(new Text("Cache"), new Text(paths.CacheFolder));
        context.Out.Write(grid);
        return Task.FromResult(ExitCodes.Ok);
    }

    /// <summary>The workspace in use and where it came from: configured, or the user's default as asked of Toggl and remembered.</summary>
    private string WorkspaceLine(TogglAccount account, TogglPaths paths)
    {
        if (account.WorkspaceId is { } configured)
        {
            return configured.ToString(System.Globalization.CultureInfo.InvariantCulture) + " (configured)";
        }

        return DefaultWorkspace.Load(paths, account) is { } remembered
            ? $"{remembered.WorkspaceId.ToString(System.Globalization.CultureInfo.InvariantCulture)} (your default workspace, asked of Toggl (GET me) at "
                + $"{Time.Display.LocalTime(remembered.AskedAt, context.TimeZone)}; remembered in {paths.DefaultWorkspaceFile})"
            : "not configured: your default workspace is asked of Toggl (GET me) at the next command, once";
    }
}
