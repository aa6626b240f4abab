namespace Toggl;

/// <summary>Values the caller gave explicitly.</summary>
internal sealed class OverridesSource(TogglConfigurationOverrides overrides) : ConfigurationSource
{
    public override BasicAuth? Credentials() =>
        Blank(overrides.ApiToken) is { } token ? Make(() => BasicAuth.FromApiToken(token), overrides.ApiTokenSource) : null;

    public override (string Text, string Where)? WorkspaceId() => Found(overrides.WorkspaceId, overrides.WorkspaceIdSource);

    public override (string Text, string Where)? BaseAddress() => Found(overrides.BaseAddress, overrides.BaseAddressSource);
}
