using System.Security.Cryptography;
using System.Text;

namespace Toggl.Sandbox.Control;

/// <summary>
/// What a test (or the admin route of the standalone server) can change while the sandbox runs:
/// its clock, whether the network is on, and the admin token that guards the admin route.
/// </summary>
internal sealed class SandboxControls(TimeProvider configured, string adminToken)
{
    private readonly byte[] adminTokenBytes = Encoding.UTF8.GetBytes(adminToken);
    private volatile bool networkOn = true;

    /// <summary>The sandbox clock: the configured one plus what was advanced.</summary>
    public SandboxClock Clock { get; } = new(configured);

    /// <summary>The token of the admin route (Bearer), never the user's API token.</summary>
    public string AdminToken => adminToken;

    /// <summary>False while the network is "off": every API request's connection is aborted unanswered.</summary>
    public bool NetworkOn
    {
        get => networkOn;
        set => networkOn = value;
    }

    /// <summary>Whether <paramref name="presented"/> is the admin token (compared in constant time).</summary>
    public bool IsAdminToken(ReadOnlySpan<char> presented)
    {
        Span<byte> bytes = stackalloc byte[256];
        if (presented.Length == 0 || presented.Length > 128)
        {
            return false;
        }

        var written = Encoding.UTF8.GetBytes(presented, bytes);
        return CryptographicOperations.FixedTimeEquals(bytes[..written], adminTokenBytes);
    }
}
