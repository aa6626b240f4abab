namespace Toggl;

/// <summary>What creating an organization answers (docs/toggl-api.md §8.7): the organization and its first workspace.</summary>
/// <param name="Id">The new organization's id.</param>
/// <param name="Name">Its name.</param>
/// <param name="WorkspaceId">The workspace created with it.</param>
/// <param name="WorkspaceName">That workspace's name.</param>
public sealed record CreatedOrganization(long Id, string Name, long WorkspaceId, string WorkspaceName);
