namespace Toggl.Sandbox.Store;

/// <summary>Where the store writes every change through (SQLite with <c>--data</c>); called under the store lock.</summary>
internal interface ISandboxPersistence
{
    /// <summary>Inserts or replaces one record.</summary>
    void Save(SandboxTimeEntry entry);

    /// <summary>Inserts or replaces one record.</summary>
    void Save(SandboxProject project);

    /// <summary>Inserts or replaces one record.</summary>
    void Save(SandboxTag tag);

    /// <summary>Inserts or replaces one record.</summary>
    void Save(SandboxClient client);

    /// <summary>Removes a hard-deleted record ("project", "tag", "client").</summary>
    void Remove(string kind, long id);
}
