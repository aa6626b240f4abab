using System.Globalization;
using System.Text.Json;
using Microsoft.Data.Sqlite;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox.Persistence;

/// <summary>
/// The <c>--data FILE</c> persistence: every change is written through to SQLite (under the store
/// lock, on one connection), so data survives restarts. The file holds personal data and the API
/// token, so it is created readable by its owner only (mode 0600). All SQL is parameterised.
/// </summary>
internal sealed class SqliteStore : ISandboxPersistence, IDisposable
{
    private static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    /// <summary>Identity key marking a file whose organizations and workspaces are stored.</summary>
    private const string OrganizationsStoredKey = "organizations_stored";
    private readonly SqliteConnection connection;

    private SqliteStore(SqliteConnection connection) => this.connection = connection;

    public static SqliteStore Open(string path)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        if (!File.Exists(full))
        {
            var create = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
            if (!OperatingSystem.IsWindows())
            {
                create.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
            }

            using (new FileStream(full, create))
            {
            }
        }

        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(full, UnixFileMode.UserRead | UnixFileMode.UserWrite);
        }

        var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = full, Pooling = false }.ToString());
        connection.Open();
        var store = new SqliteStore(connection);
        store.Execute("PRAGMA journal_mode=WAL;");
        store.Execute("PRAGMA synchronous=NORMAL;");
        store.Execute("CREATE TABLE IF NOT EXISTS identity (key TEXT PRIMARY KEY, value TEXT NOT NULL);");
        store.Execute("CREATE TABLE IF NOT EXISTS entities (kind TEXT NOT NULL, id INTEGER NOT NULL, body TEXT NOT NULL, PRIMARY KEY (kind, id));");
        return store;
    }

    /// <summary>The stored identity, or <paramref name="fresh"/> saved as the identity of a new file.</summary>
    public SandboxIdentity LoadOrSaveIdentity(SandboxIdentity fresh, string? tokenOverride)
    {
        var stored = ReadIdentityKeys();
        var identity = fresh;
        if (stored.ContainsKey("api_token"))
        {
            var inv = CultureInfo.InvariantCulture;
            identity = new SandboxIdentity(
                stored["api_token"],
                stored["email"],
                stored["password"],
                stored["full_name"],
                stored["timezone"],
                long.Parse(stored["user_id"], inv),
                long.Parse(stored["workspace_id"], inv),
                long.Parse(stored["organization_id"], inv),
                DateTimeOffset.Parse(stored["created_at"], inv),
                // Files written before PUT /me was stored lack these two: the defaults hold.
                stored.TryGetValue("beginning_of_week", out var week) ? int.Parse(week, inv) : 1,
                stored.TryGetValue("default_workspace_id", out var dwid) && dwid.Length > 0 ? long.Parse(dwid, inv) : null);
        }

        if (tokenOverride is not null)
        {
            identity = identity with { ApiToken = tokenOverride };
        }

        Save(identity);
        return identity;
    }

    /// <summary>Reads every stored record into the store.</summary>
    public void LoadInto(SandboxStore store)
    {
        // Organizations and workspaces are stored since they could be changed; a file from before holds
        // none, and then the seeded ones stay and are written now, so a later leave is remembered.
        var known = ReadIdentityKeys().ContainsKey(OrganizationsStoredKey);
        store.Load(
            ReadAll<SandboxTimeEntry>("time_entry"),
            ReadAll<SandboxProject>("project"),
            ReadAll<SandboxTag>("tag"),
            ReadAll<SandboxClient>("client"),
            known ? ReadAll<SandboxOrganization>("organization") : null,
            known ? ReadAll<SandboxWorkspace>("workspace") : null,
            ReadAll<SandboxTask>("task"));
        if (!known)
        {
            foreach (var o in store.Organizations)
            {
                Save(o);
            }

            foreach (var w in store.Workspaces)
            {
                Save(w);
            }

            WriteIdentityKey(OrganizationsStoredKey, "1");
        }
    }

    public void Save(SandboxTimeEntry entry) => Upsert("time_entry", entry.Id, entry);

    public void Save(SandboxProject project) => Upsert("project", project.Id, project);

    public void Save(SandboxTag tag) => Upsert("tag", tag.Id, tag);

    public void Save(SandboxClient client) => Upsert("client", client.Id, client);

    public void Save(SandboxOrganization organization) => Upsert("organization", organization.Id, organization);

    public void Save(SandboxWorkspace workspace) => Upsert("workspace", workspace.Id, workspace);

    public void Save(SandboxTask task) => Upsert("task", task.Id, task);

    public void Save(SandboxIdentity identity)
    {
        var inv = CultureInfo.InvariantCulture;
        var values = new Dictionary<string, string>
        {
            ["api_token"] = identity.ApiToken,
            ["email"] = identity.Email,
            ["password"] = identity.Password,
            ["full_name"] = identity.FullName,
            ["timezone"] = identity.Timezone,
            ["user_id"] = identity.UserId.ToString(inv),
            ["workspace_id"] = identity.WorkspaceId.ToString(inv),
            ["organization_id"] = identity.OrganizationId.ToString(inv),
            ["created_at"] = identity.CreatedAt.ToString("O", inv),
            ["beginning_of_week"] = identity.BeginningOfWeek.ToString(inv),
            ["default_workspace_id"] = identity.DefaultWorkspaceId?.ToString(inv) ?? string.Empty,
        };
        foreach (var (key, value) in values)
        {
            WriteIdentityKey(key, value);
        }
    }

    public void Remove(string kind, long id)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "DELETE FROM entities WHERE kind = $kind AND id = $id;";
        cmd.Parameters.AddWithValue("$kind", kind);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.ExecuteNonQuery();
    }

    public void Dispose() => connection.Dispose();

    private Dictionary<string, string> ReadIdentityKeys()
    {
        var stored = new Dictionary<string, string>(StringComparer.Ordinal);
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT key, value FROM identity;";
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            stored[reader.GetString(0)] = reader.GetString(1);
        }

        return stored;
    }

    private void WriteIdentityKey(string key, string value)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO identity (key, value) VALUES ($key, $value) ON CONFLICT(key) DO UPDATE SET value = excluded.value;";
        cmd.Parameters.AddWithValue("$key", key);
        cmd.Parameters.AddWithValue("$value", value);
        cmd.ExecuteNonQuery();
    }

    private void Upsert<T>(string kind, long id, T record)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "INSERT INTO entities (kind, id, body) VALUES ($kind, $id, $body) ON CONFLICT(kind, id) DO UPDATE SET body = excluded.body;";
        cmd.Parameters.AddWithValue("$kind", kind);
        cmd.Parameters.AddWithValue("$id", id);
        cmd.Parameters.AddWithValue("$body", JsonSerializer.Serialize(record, Json));
        cmd.ExecuteNonQuery();
    }

    private List<T> ReadAll<T>(string kind)
    {
        var list = new List<T>();
        using var cmd = connection.CreateCommand();
        cmd.CommandText = "SELECT body FROM entities WHERE kind = $kind ORDER BY id;";
        cmd.Parameters.AddWithValue("$kind", kind);
        using var reader = cmd.ExecuteReader();
        while (reader.Read())
        {
            if (JsonSerializer.Deserialize<T>(reader.GetString(0), Json) is { } record)
            {
                list.Add(record);
            }
        }

        return list;
    }

    private void Execute(string sql)
    {
        using var cmd = connection.CreateCommand();
        cmd.CommandText = sql;
        cmd.ExecuteNonQuery();
    }
}
