namespace Toggl;

/// <summary>What to send when creating or renaming a tag: <c>{"name": …}</c> (docs/toggl-api.md §8.5).</summary>
public sealed record TagBody
{
    /// <summary>The name (required).</summary>
    public string? Name { get; init; }
}
