using System.Net.Http.Headers;
using System.Security.Cryptography;
using Toggl.Sandbox.Control;
using Toggl.Sandbox.Endpoints;
using Toggl.Sandbox.Store;

namespace Toggl.Sandbox;

/// <summary>
/// Controls for driving offline work end to end: the network off and on, the hourly quota spent or
/// reset, the sandbox clock advanced. The standalone server offers the same through its admin route
/// <c>/_sandbox/…</c> (<see cref="AdminAddress"/>, <see cref="AdminToken"/>).
/// </summary>
public sealed partial class TogglSandbox
{
    /// <summary>The admin route's token (<c>Authorization: Bearer …</c>); never accepted on the API.</summary>
    public string AdminToken => state.Controls.AdminToken;

    /// <summary>The admin route's root, ending in <c>/_sandbox/</c>: <c>state</c>, <c>network/off</c>, <c>quota/exhaust</c>, <c>clock/advance?seconds=N</c>…</summary>
    public Uri AdminAddress => new(BaseAddress, AdminEndpoints.Prefix + "/");

    /// <summary>An HttpClient aimed at <see cref="AdminAddress"/> with the admin token; the caller disposes it.</summary>
    public HttpClient CreateAdminClient()
    {
        var client = new HttpClient { BaseAddress = AdminAddress };
        client.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", AdminToken);
        return client;
    }

    /// <summary>False while the network is off (<see cref="TurnNetworkOff"/>).</summary>
    public bool IsNetworkOn => state.Controls.NetworkOn;

    /// <summary>
    /// Turns the network off: every API request from now on has its connection aborted before any
    /// answer (logged with status 0 and fault <c>NetworkOff</c>), until <see cref="TurnNetworkOn"/>.
    /// </summary>
    public void TurnNetworkOff() => SandboxAdmin.NetworkOff(state);

    /// <summary>Turns the network back on.</summary>
    public void TurnNetworkOn() => SandboxAdmin.NetworkOn(state);

    /// <summary>
    /// Spends the user's hourly quota now (the organization's bucket and the user-scoped one): the
    /// next request answers 402 with Toggl's reset headers until the window resets, even when
    /// <see cref="SandboxOptions.HourlyQuota"/> is off. A window already open keeps its reset time.
    /// </summary>
    public void ExhaustQuota() => SandboxAdmin.ExhaustQuota(state);

    /// <summary>Gives the whole hourly quota back now (every window forgotten).</summary>
    public void ResetQuota() => SandboxAdmin.ResetQuota(state);

    /// <summary>
    /// Moves the sandbox clock forward (timestamps, quota windows, the Date header); the clock given in
    /// <see cref="SandboxOptions.TimeProvider"/> is not touched, and timers waiting on it do not fire.
    /// </summary>
    /// <param name="by">How far; not negative.</param>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="by"/> is negative.</exception>
    public void AdvanceClock(TimeSpan by) => SandboxAdmin.AdvanceClock(state, by);

    /// <summary>Advances the sandbox clock to the moment the spent quota windows reset; returns by how much (zero when none is open).</summary>
    public TimeSpan AdvanceClockToQuotaReset() => SandboxAdmin.AdvanceToQuotaReset(state);

    /// <summary>Time until the organization's quota window resets (an hour when none is open).</summary>
    public TimeSpan QuotaResetsIn => TimeSpan.FromSeconds(SandboxAdmin.QuotaReadings(state)[0].ResetsInSeconds);

    /// <summary>The option's admin token, or a fresh random one (hex, as long as a Toggl API token).</summary>
    private static string AdminTokenFor(SandboxOptions options, SandboxIdentity identity)
    {
        var token = options.AdminToken ?? Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(16));
        if (token == identity.ApiToken)
        {
            // Reachable only when the data file holds a token equal to the given admin token.
            throw new ArgumentException("SandboxOptions.AdminToken must differ from the API token.", nameof(options));
        }

        return token;
    }
}
