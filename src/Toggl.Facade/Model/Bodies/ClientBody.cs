namespace Toggl;

/// <summary>
/// What to send when creating or updating a client (docs/toggl-api.md §8.6): only what is set is sent; to clear
/// the notes on Toggl, name them in <see cref="Clear"/>.
/// </summary>
public sealed record ClientBody
{
    /// <summary>The name (required on create).</summary>
    public string? Name { get; init; }

    /// <summary>Notes.</summary>
    public string? Notes { get; init; }

    /// <summary>Fields to clear on Toggl. A field cannot be both set and cleared.</summary>
    public ClientBodyFields Clear { get; init; }
}

/// <summary>Fields of a <see cref="ClientBody"/> that can be cleared on Toggl.</summary>
[Flags]
public enum ClientBodyFields
{
    /// <summary>Nothing is cleared.</summary>
    None = 0,

    /// <summary>The notes.</summary>
    Notes = 1,
}
