namespace Toggl.Sandbox.Store;

/// <summary>
/// The one user, workspace and organization the sandbox serves. <see cref="BeginningOfWeek"/> and
/// <see cref="DefaultWorkspaceId"/> (null: the seeded workspace) change only by <c>PUT /me</c>.
/// </summary>
internal sealed record SandboxIdentity(
    string ApiToken,
    string Email,
    string Password,
    string FullName,
    string Timezone,
    long UserId,
    long WorkspaceId,
    long OrganizationId,
    DateTimeOffset CreatedAt,
    int BeginningOfWeek = 1,
    long? DefaultWorkspaceId = null)
{
    /// <summary>Never shows the token or password (they must not reach logs).</summary>
    public override string ToString() => $"user {UserId} <{Email}>, workspace {WorkspaceId}";
}
