namespace Toggl;

/// <summary>A workspace's statistics (<c>GET workspaces/{wid}/statistics</c>).</summary>
/// <param name="Admins">How many admins it has.</param>
/// <param name="Groups">How many groups it has.</param>
/// <param name="Members">How many members it has.</param>
public sealed record WorkspaceStatistics(int Admins, int Groups, int Members);
