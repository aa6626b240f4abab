namespace Toggl.Core

open System

/// The one rule for an API base address, used by the HTTP interpreter, the façade and the CLI alike.
/// Toggl's own address is `HttpSettings.defaultBaseAddress`.
[<RequireQualifiedAccess>]
module BaseAddress =

    let private invalid reason =
        Error(TogglError.Validation(ValidationError.InvalidArgument("base_address", reason)))

    /// The address with the trailing slash relative paths need (RFC 3986 §5.2), or why it cannot be used:
    /// it must be absolute, `https://` (or `http://` to a loopback host: Basic credentials are readable by anyone
    /// on the path), without user info, query or fragment. Messages never echo the address: its user info may be
    /// a secret.
    let check (address: Uri) : Result<Uri, TogglError> =
        if isNull (box address) then
            invalid "must not be null"
        elif not address.IsAbsoluteUri then
            invalid "must be an absolute http:// or https:// address"
        elif address.Scheme <> Uri.UriSchemeHttps && address.Scheme <> Uri.UriSchemeHttp then
            invalid $"must use https:// (or http:// to a loopback host), not {address.Scheme}://"
        elif not (String.IsNullOrEmpty address.UserInfo) then
            invalid "must not contain user info: credentials belong in BasicAuth"
        elif address.Scheme = Uri.UriSchemeHttp && not address.IsLoopback then
            invalid
                $"http://{address.Host} is not a loopback host: credentials are only sent over https:// (or http:// to 127.0.0.0/8, ::1 or localhost)"
        elif not (String.IsNullOrEmpty address.Query && String.IsNullOrEmpty address.Fragment) then
            invalid "must not have a query string or a fragment"
        elif address.AbsolutePath.EndsWith "/" then
            Ok address
        else
            Ok(Uri(address.AbsoluteUri + "/"))

    /// `check` for an address given as text (an environment variable, a flag, a configuration file); surrounding
    /// white space is ignored.
    let parse (text: string | null) : Result<Uri, TogglError> =
        let trimmed =
            match text with
            | null -> ""
            | text -> text.Trim()

        match Uri.TryCreate(trimmed, UriKind.Absolute) with
        | true, NonNull uri -> check uri
        | _ -> invalid "must be an absolute http:// or https:// address"

    /// The Reports API v3 base (docs/toggl-api.md §9) of a checked Track API base: the same scheme, host and port,
    /// with `api/v9/` at the end of the path replaced by `reports/api/v3/` (`https://api.track.toggl.com/reports/api/v3/`;
    /// the sandbox's on loopback; a proxy's prefix is kept); a base not ending in `api/v9/` gets `/reports/api/v3/`.
    let reports (trackBase: Uri) : Uri =
        let authority = trackBase.GetLeftPart UriPartial.Authority
        let path = trackBase.AbsolutePath

        if path.EndsWith("/api/v9/", StringComparison.OrdinalIgnoreCase) then
            Uri(
                authority
                + path.Substring(0, path.Length - "api/v9/".Length)
                + "reports/api/v3/"
            )
        else
            Uri(authority + "/reports/api/v3/")
