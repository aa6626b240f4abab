namespace Toggl;

/// <summary>What a workspace requires of every time entry (<c>GET workspaces/{wid}/time_entry_constraints</c>).</summary>
/// <param name="Enabled">Whether the constraints are enforced at all.</param>
/// <param name="DescriptionPresent">A description is required.</param>
/// <param name="ProjectPresent">A project is required.</param>
/// <param name="TagPresent">A tag is required.</param>
/// <param name="TaskPresent">A task is required.</param>
public sealed record TimeEntryConstraints(bool Enabled, bool DescriptionPresent, bool ProjectPresent, bool TagPresent, bool TaskPresent);
