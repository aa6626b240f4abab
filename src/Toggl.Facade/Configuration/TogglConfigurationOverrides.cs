namespace Toggl;

/// <summary>
/// Values the caller gives explicitly, e.g. command-line flags: they beat every other source of
/// <see cref="TogglConfiguration.Load(TogglConfigurationSources)"/>. They are text, read by the same rules as the
/// environment's, and each has the name an error gives it (a flag's name, say).
/// </summary>
/// <example>
/// <code>
/// var overrides = new TogglConfigurationOverrides { WorkspaceId = "123", WorkspaceIdSource = "--workspace" };
/// </code>
/// </example>
public sealed record TogglConfigurationOverrides
{
    /// <summary>No overrides.</summary>
    public static TogglConfigurationOverrides None { get; } = new();

    /// <summary>An API token; <see langword="null"/> or blank leaves the credentials to the other sources.</summary>
    public string? ApiToken { get; init; }

    /// <summary>A workspace id (a positive number); <see langword="null"/> or blank leaves it to the other sources.</summary>
    public string? WorkspaceId { get; init; }

    /// <summary>An API base address; <see langword="null"/> or blank leaves it to the other sources.</summary>
    public string? BaseAddress { get; init; }

    /// <summary>How an error names <see cref="ApiToken"/> (never its value).</summary>
    public string ApiTokenSource { get; init; } = "the ApiToken override";

    /// <summary>How an error names <see cref="WorkspaceId"/>.</summary>
    public string WorkspaceIdSource { get; init; } = "the WorkspaceId override";

    /// <summary>How an error names <see cref="BaseAddress"/>.</summary>
    public string BaseAddressSource { get; init; } = "the BaseAddress override";

    /// <summary>Names the values given, never the token.</summary>
    /// <returns>A description without secrets.</returns>
    public override string ToString() =>
        $"TogglConfigurationOverrides(ApiToken: {(ApiToken is null ? "none" : "hidden")}, WorkspaceId: {WorkspaceId ?? "none"}, BaseAddress: {BaseAddress ?? "none"})";
}
