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

    /// <summary>Inserts or replaces one record.</summary>
    void Save(SandboxOrganization organization);

    /// <summary>Inserts or replaces one record (the workspace's settings included).</summary>
    void Save(SandboxWorkspace workspace);

    /// <summary>Inserts or replaces one record.</summary>
    void Save(SandboxTask task);

    /// <summary>Replaces the stored identity (after <c>PUT /me</c>).</summary>
    void Save(SandboxIdentity identity);

    /// <summary>Removes a hard-deleted record ("project", "tag", "client", "organization", "workspace", "task").</summary>
    void Remove(string kind, long id);
}
