namespace Toggl.Core

open System
open System.Net.Http
open System.Reflection
open Microsoft.Extensions.Logging
open Microsoft.Extensions.Logging.Abstractions

/// How the HTTP interpreter talks to Toggl. Build one with `HttpSettings.create` and change what you need.
[<NoEquality; NoComparison>]
type HttpSettings =
    {
        /// The Basic credentials sent with every request.
        Credentials: BasicAuth
        /// The API base; request paths are relative to it. `http://` only to a loopback host.
        BaseAddress: Uri
        /// How long one attempt may take, body included (10 ms to 1 day).
        Timeout: TimeSpan
        /// How long a read (GET) may take in all, every attempt and wait between them included (10 ms to 1 day);
        /// `None` bounds only each attempt.
        ReadDeadline: TimeSpan option
        /// Retries after the first attempt (0 to 10); see `Resilience.decide` for which failures are retried.
        Retries: int
        /// The first backoff delay; later ones double.
        BaseDelay: TimeSpan
        /// The longest backoff, and the longest `Retry-After` waited for.
        MaxDelay: TimeSpan
        /// The `User-Agent` header.
        UserAgent: string
        /// The clock for timeouts, backoff, pacing and quota timestamps.
        TimeProvider: TimeProvider
        /// Where retries are logged (never with credentials).
        Logger: ILogger
        /// A client to share (not disposed by the interpreter); `None` makes the interpreter own one.
        HttpClient: HttpClient option
        /// Client-side pacing for Toggl's 1 request/second bucket (docs/toggl-api.md §4.1); `None` sends at once.
        Pacer: Pacer option
        /// After a 402 that says when the quota resets, fail every call at once until then, sending nothing
        /// (docs/toggl-api.md §4.2: they would all be refused); `false` sends them anyway.
        FailFastOnExhaustedQuota: bool
        /// Where a spent quota is remembered; share one between interpreters using the same credentials.
        /// `None` makes the interpreter keep its own.
        QuotaGate: QuotaGate option
    }

/// Functions on HTTP settings.
[<RequireQualifiedAccess>]
module HttpSettings =

    /// Toggl's Track API v9 base (docs/toggl-api.md §1), with the trailing slash relative paths need.
    let defaultBaseAddress = Uri "https://api.track.toggl.com/api/v9/"

    /// `TogglFun/<informational version>`: Toggl can tell which client is calling.
    let defaultUserAgent =
        let assembly = typeof<HttpSettings>.Assembly

        let version =
            match assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>() with
            | null -> string (assembly.GetName().Version)
            | attribute -> attribute.InformationalVersion

        "TogglFun/" + version

    /// A read's deadline across all its attempts: long enough for a retry after a slow first attempt, short
    /// enough that a person at a terminal is not left waiting for every attempt's timeout.
    let defaultReadDeadline = TimeSpan.FromSeconds 15.

    /// Toggl's base address, a 10 s timeout per attempt and 15 s per read in all, 3 retries from 1 s (at most
    /// 60 s apart), the system clock, no logging, an owned HttpClient, no pacing, failing fast on a spent quota.
    let create (credentials: BasicAuth) : HttpSettings =
        {
            Credentials = credentials
            BaseAddress = defaultBaseAddress
            Timeout = TimeSpan.FromSeconds 10.
            ReadDeadline = Some defaultReadDeadline
            Retries = RetryPolicy.standard.Retries
            BaseDelay = RetryPolicy.standard.BaseDelay
            MaxDelay = RetryPolicy.standard.MaxDelay
            UserAgent = defaultUserAgent
            TimeProvider = TimeProvider.System
            Logger = NullLogger.Instance
            HttpClient = None
            Pacer = None
            FailFastOnExhaustedQuota = true
            QuotaGate = None
        }

    /// The retry part of the settings.
    let internal retryPolicy (settings: HttpSettings) : RetryPolicy =
        {
            Retries = settings.Retries
            BaseDelay = settings.BaseDelay
            MaxDelay = settings.MaxDelay
        }
