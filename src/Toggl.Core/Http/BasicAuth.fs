namespace Toggl.Core

open System
open System.Text

/// Toggl's HTTP Basic credentials (docs/toggl-api.md §2): an API token, sent as `<token>:api_token`, or an
/// email and password. The secret never appears in `ToString()`, `%A` or any message: only the kind of
/// credentials is shown.
[<Sealed; StructuredFormatDisplay("{Display}")>]
type BasicAuth private (userName: string, password: string, display: string) =

    /// What is shown instead of the credentials.
    member _.Display = display

    /// The value of the `Authorization` header: `Basic base64(user:password)` in UTF-8 (RFC 7617). Promised to
    /// callers, for an `ISend` of their own; it holds the secret, so it is never logged or shown.
    member _.HeaderValue =
        "Basic "
        + Convert.ToBase64String(Encoding.UTF8.GetBytes(userName + ":" + password))

    /// Never the secret.
    override _.ToString() = display

    /// Credentials for an API token (Toggl's profile page), sent as user name with the password `api_token`.
    static member ApiToken(token: string) : Result<BasicAuth, TogglError> =
        let invalid reason =
            Error(TogglError.Validation(ValidationError.InvalidArgument("api_token", reason)))

        if String.IsNullOrWhiteSpace token then
            invalid "must not be empty"
        elif
            token
            |> Seq.exists (fun c -> c = ':' || Char.IsWhiteSpace c || Char.IsControl c)
        then
            // A colon would split the Basic credentials in the wrong place (RFC 7617 §2).
            invalid "must not contain a colon, white space or control characters"
        else
            Ok(BasicAuth(token, "api_token", "BasicAuth(api token, hidden)"))

    /// Credentials for an email and password.
    static member EmailPassword(email: string, password: string) : Result<BasicAuth, TogglError> =
        let invalid name reason =
            Error(TogglError.Validation(ValidationError.InvalidArgument(name, reason)))

        if String.IsNullOrWhiteSpace email then
            invalid "email" "must not be empty"
        elif email |> Seq.exists (fun c -> c = ':' || Char.IsControl c) then
            // RFC 7617 §2: the user-id of Basic credentials cannot contain a colon.
            invalid "email" "must not contain a colon or control characters"
        elif String.IsNullOrEmpty password then
            invalid "password" "must not be empty"
        elif password |> Seq.exists Char.IsControl then
            invalid "password" "must not contain control characters"
        else
            Ok(BasicAuth(email, password, "BasicAuth(email and password, hidden)"))

/// Functions on Basic credentials.
[<RequireQualifiedAccess>]
module BasicAuth =

    /// Credentials for an API token: `<token>:api_token`.
    let apiToken (token: string) = BasicAuth.ApiToken token

    /// Credentials for an email and a password.
    let emailPassword (email: string) (password: string) =
        BasicAuth.EmailPassword(email, password)

    /// The `Authorization` header value, `Basic …`.
    let headerValue (auth: BasicAuth) = auth.HeaderValue
