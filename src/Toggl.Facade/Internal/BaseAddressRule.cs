using Microsoft.FSharp.Core;
using Core = Toggl.Core;

namespace Toggl;

/// <summary>
/// The core's one base-address rule (<c>Toggl.Core.BaseAddress</c>: absolute https, or http to a loopback host, no
/// user info, a trailing slash added), its refusals turned into the façade's exceptions. Never a rule of its own.
/// </summary>
internal static class BaseAddressRule
{
    /// <summary>An address passed in code (options, an HttpClient): a bad one is an <see cref="ArgumentException"/>.</summary>
    public static Uri Check(Uri address) =>
        Unwrap(Core.BaseAddress.check(address), reason => new ArgumentException($"The base address {reason}.", "options"));

    /// <summary>An address read from configuration: a bad one is a <see cref="TogglConfigurationException"/> naming <paramref name="where"/>.</summary>
    public static Uri Parse(string text, string where) =>
        Unwrap(Core.BaseAddress.parse(text), reason => new TogglConfigurationException($"{where}: the base address {reason}."));

    // The core's reasons never echo the address: its user info may be a secret.
    private static Uri Unwrap(FSharpResult<Uri, Core.TogglError> result, Func<string, Exception> refuse) =>
        result.IsOk
            ? result.ResultValue
            : throw refuse(result.ErrorValue is Core.TogglError.Validation { Item: Core.ValidationError.InvalidArgument invalid }
                ? invalid.reason
                : Core.TogglErrorModule.message(result.ErrorValue));
}
