using System.Text.Json;
using Toggl.Cli.Infrastructure;

namespace Toggl.Cli.Configuration;

/// <summary>
/// The user's default workspace, for an account with no workspace configured: asked of Toggl once (<c>GET me</c>,
/// the façade's <see cref="TogglClient.DefaultWorkspaceIdAsync"/>) and remembered in the cache folder
/// (<see cref="TogglPaths.DefaultWorkspaceFile"/>), one per API address and login, so later commands send no request
/// for it. A configured workspace (flag, environment, config.ini, ~/.togglrc) always wins.
/// </summary>
internal static class DefaultWorkspace
{
    /// <summary>The remembered workspace of <paramref name="account"/>, or null when none is (or the file cannot be read).</summary>
    public static RememberedWorkspace? Load(TogglPaths paths, TogglAccount account)
    {
        var all = ReadAll(paths.DefaultWorkspaceFile);
        return all.FirstOrDefault(r => r.Api == account.BaseAddress.AbsoluteUri && r.Login == Login(account));
    }

    /// <summary>Remembers <paramref name="workspaceId"/> for <paramref name="account"/> (owner-only, atomically).</summary>
    public static RememberedWorkspace Remember(TogglPaths paths, TogglAccount account, long workspaceId, DateTimeOffset now)
    {
        var remembered = new RememberedWorkspace { Api = account.BaseAddress.AbsoluteUri, Login = Login(account), WorkspaceId = workspaceId, AskedAt = now };
        var all = ReadAll(paths.DefaultWorkspaceFile).Where(r => !(r.Api == remembered.Api && r.Login == remembered.Login)).Append(remembered).ToList();
        OwnerOnlyFiles.EnsureFolder(paths.CacheFolder);
        OwnerOnlyFiles.WriteAllText(paths.DefaultWorkspaceFile, JsonSerializer.Serialize(all, CliStateJson.Default.ListRememberedWorkspace));
        return remembered;
    }

    /// <summary>
    /// Which login the memory belongs to, without its secret: the e-mail for e-mail and password, "API token"
    /// otherwise (the token itself is never written; a different token on the same address is told apart by
    /// Toggl's refusal, and <c>toggl config set --workspace</c> sets one explicitly).
    /// </summary>
    private static string Login(TogglAccount account) => account.Credentials.Email ?? "API token";

    private static List<RememberedWorkspace> ReadAll(string path)
    {
        try
        {
            return File.Exists(path)
                ? JsonSerializer.Deserialize(File.ReadAllText(path), CliStateJson.Default.ListRememberedWorkspace) ?? []
                : [];
        }
        catch (Exception e) when (e is JsonException or IOException or UnauthorizedAccessException)
        {
            // Only a memory: an unreadable one is asked again.
            return [];
        }
    }
}

/// <summary>A default workspace asked of Toggl, as the tool remembers it.</summary>
internal sealed class RememberedWorkspace
{
    /// <summary>The API address it was asked of.</summary>
    public string Api { get; set; } = "";

    /// <summary>The login it was asked with (never a secret).</summary>
    public string Login { get; set; } = "";

    /// <summary>The user's default workspace.</summary>
    public long WorkspaceId { get; set; }

    /// <summary>When Toggl was asked.</summary>
    public DateTimeOffset AskedAt { get; set; }
}
