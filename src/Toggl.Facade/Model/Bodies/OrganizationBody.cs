namespace Toggl;

/// <summary>What to send when renaming an organization (<c>PUT organizations/{id}</c>).</summary>
public sealed record OrganizationBody
{
    /// <summary>The name.</summary>
    public string? Name { get; init; }
}
