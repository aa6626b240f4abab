namespace Toggl.Sandbox;

/// <summary>
/// How the sandbox is set up: identity, clock, limits and the answers to the points that
/// docs/toggl-api.md §10 leaves open. Every uncertain point defaults to the recorded behaviour.
/// </summary>
public sealed class SandboxOptions
{
    /// <summary>The clock every timestamp, window and quota uses (pass a FakeTimeProvider in tests).</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>TCP port on 127.0.0.1; 0 (the default) picks a free ephemeral port.</summary>
    public int Port { get; init; }

    /// <summary>The API token of the sandbox user; null generates a random 32-hex-digit token.</summary>
    public string? ApiToken { get; init; }

    /// <summary>
    /// The token of the admin route <c>/_sandbox/…</c> (network, quota, clock controls; sent as
    /// <c>Authorization: Bearer TOKEN</c>); null generates a random one. It must differ from the API token.
    /// </summary>
    public string? AdminToken { get; init; }

    /// <summary>The e-mail of the sandbox user (the user name of email:password Basic auth).</summary>
    public string Email { get; init; } = "sandbox@example.com";

    /// <summary>The password of the sandbox user; null generates a random one.</summary>
    public string? Password { get; init; }

    /// <summary>The full name shown by <c>GET /me</c> and in <c>user_name</c> of meta fields.</summary>
    public string FullName { get; init; } = "Sandbox User";

    /// <summary>The user's IANA time zone (<c>GET /me</c> <c>timezone</c>); date-only list bounds use it.</summary>
    public string Timezone { get; init; } = "UTC";

    /// <summary>Id of the sandbox user (Toggl user ids are 64-bit; real ones were ~2.2e6 in 2024).</summary>
    public long UserId { get; init; } = 2_166_261;

    /// <summary>Id of the sandbox user's only workspace.</summary>
    public long WorkspaceId { get; init; } = 2_230_580;

    /// <summary>Id of the organization owning the workspace.</summary>
    public long OrganizationId { get; init; } = 2_208_135;

    /// <summary>First time entry id; real ids were ~3.73e9 in Dec 2024, beyond Int32 on purpose (docs/toggl-api.md §5).</summary>
    public long FirstTimeEntryId { get; init; } = 3_730_000_000;

    /// <summary>SQLite file that keeps the data across restarts (created with mode 0600); null keeps it in memory.</summary>
    public string? DataFile { get; init; }

    /// <summary>The plan whose hourly quota applies to workspace-scoped requests (docs/toggl-api.md §4.2).</summary>
    public SandboxPlan Plan { get; init; } = SandboxPlan.Free;

    /// <summary>Enforce Toggl's leaky bucket (429 when exceeded, docs/toggl-api.md §4.1). Off by default in-process.</summary>
    public bool LeakyBucket { get; init; }

    /// <summary>Requests per second the leaky bucket drains (Toggl's "safe window": 1/s).</summary>
    public double LeakyBucketRatePerSecond { get; init; } = 1.0;

    /// <summary>How many requests the bucket holds before it overflows (the small burst Toggl tolerates).</summary>
    public int LeakyBucketBurst { get; init; } = 3;

    /// <summary>Seconds sent in <c>Retry-After</c> on 429; null sends no header, as recorded (docs/toggl-api.md §4.1, §10.7).</summary>
    public int? RetryAfterSeconds { get; init; }

    /// <summary>Enforce the hourly quota (402 when exhausted, docs/toggl-api.md §4.2). Off by default in-process.</summary>
    public bool HourlyQuota { get; init; }

    /// <summary>Hourly quota of user-scoped requests (<c>/me</c> and friends): 30 on every plan (docs/toggl-api.md §4.2).</summary>
    public int UserScopedQuotaPerHour { get; init; } = 30;

    /// <summary>
    /// The total reported in quota headers while the hourly quota is not enforced: the count still
    /// runs (so headers move like Toggl's) but against this large figure, so that clients which
    /// pace themselves on the headers are not slowed down in tests.
    /// </summary>
    public int UnenforcedQuotaTotal { get; init; } = 1_000_000;

    /// <summary>Which quota bucket <c>/me/time_entries*</c> counts against (docs/toggl-api.md §10.8: undocumented).</summary>
    public QuotaScope MeTimeEntriesScope { get; init; } = QuotaScope.Organization;

    /// <summary>Status for malformed or unknown credentials: 403 as documented (docs/toggl-api.md §2, §10.3), or 401.</summary>
    public int BadCredentialsStatus { get; init; } = 403;

    /// <summary>What <c>GET /me/time_entries/current</c> answers when nothing runs (docs/toggl-api.md §6.2, §10.1).</summary>
    public IdleCurrentAnswer IdleCurrent { get; init; } = IdleCurrentAnswer.Null200;

    /// <summary>Whether POST/PUT of a tag answers one object (observed) or a one-element array (swagger) (docs/toggl-api.md §8.5, §10.4).</summary>
    public bool TagWriteReturnsArray { get; init; }

    /// <summary>
    /// What <c>tag_ids</c> a create/update answer holds when the body named tags by name (docs/toggl-api.md §5, §7.4: not
    /// recorded; one create with <c>tags: []</c> answered <c>tag_ids: null</c>, which both settings keep).
    /// </summary>
    public TagIdsInWriteAnswers TagIdsInWriteAnswers { get; init; } = TagIdsInWriteAnswers.Filled;

    /// <summary>
    /// What <c>GET /organizations/{id}</c> answers for an organization the user is not in (docs/toggl-api.md §8.7: not
    /// recorded; the Python library tolerates 403 and 404). Default: 403, the answer of Toggl's other foreign resources.
    /// </summary>
    public ForeignOrganizationAnswer ForeignOrganizationGet { get; init; } = ForeignOrganizationAnswer.Forbidden;

    /// <summary>
    /// What a successful <c>PUT /organizations/{id}</c> answers (docs/toggl-api.md §8.7: not recorded; the Python library
    /// ignores the answer). Default: the renamed organization.
    /// </summary>
    public OrganizationPutAnswer OrganizationPutAnswer { get; init; } = OrganizationPutAnswer.Organization;

    /// <summary>Whether a DELETE answers an empty body (default) or the literal <c>null</c> (docs/toggl-api.md §6.8, §10.10).</summary>
    public bool DeleteAnswersNull { get; init; }

    /// <summary>Whether <c>end_date</c> includes entries starting on that day/instant (docs/toggl-api.md §6.1, §10.6). Default: exclusive.</summary>
    public bool EndDateInclusive { get; init; }

    /// <summary>
    /// The report kinds the workspace's plan does not include: they answer 402 "Workspace needs to have this feature
    /// enabled" (docs/toggl-api.md §9). Default none: which reports a free plan may use through the API is not recorded.
    /// </summary>
    public SandboxReports PaidReports { get; init; }

    /// <summary>IANA zone for date-only <c>start_date</c>/<c>end_date</c>/<c>before</c>; null uses <see cref="Timezone"/>.</summary>
    public string? DateOnlyTimeZone { get; init; }

    /// <summary>
    /// What <c>GET /me/time_entries</c> without parameters lists: entries started within this window
    /// before now (v8's 9 days, docs/toggl-api.md §6.1); null lists everything.
    /// </summary>
    public TimeSpan? DefaultListWindow { get; init; } = TimeSpan.FromDays(9);

    /// <summary>Whether POST without <c>created_with</c> is refused (docs) or accepted (recorded leniency) (docs/toggl-api.md §6.4, §10.5).</summary>
    public bool RequireCreatedWith { get; init; }

    /// <summary>How many calendar months back <c>start_date</c> may reach (3, docs/toggl-api.md §6.1).</summary>
    public int StartDateFloorMonths { get; init; } = 3;

    /// <summary>How many requests the request log keeps (oldest dropped first).</summary>
    public int RequestLogCapacity { get; init; } = 100_000;

    /// <summary>Seed of the random numbers behind probabilistic faults; null seeds from the system.</summary>
    public int? RandomSeed { get; init; }

    /// <summary>Refuses options the sandbox cannot honour, naming the option.</summary>
    internal void Validate()
    {
        ArgumentNullException.ThrowIfNull(TimeProvider, nameof(TimeProvider));
        Check(Port is >= 0 and <= 65535, nameof(Port), "must be a TCP port (0 for any free port)");
        Check(ApiToken is null || (ApiToken.Length > 0 && !ApiToken.Contains(':')), nameof(ApiToken), "must be non-empty and contain no ':'");
        Check(AdminToken is null || (AdminToken.Length is > 0 and <= 128 && !AdminToken.Any(char.IsWhiteSpace)), nameof(AdminToken), "must be 1 to 128 characters without spaces");
        Check(AdminToken is null || AdminToken != ApiToken, nameof(AdminToken), "must differ from the API token");
        Check(!string.IsNullOrWhiteSpace(Email) && !Email.Contains(':'), nameof(Email), "must be non-empty and contain no ':'");
        Check(Password is null || Password.Length > 0, nameof(Password), "must be non-empty");
        Check(IsZone(Timezone), nameof(Timezone), $"'{Timezone}' is not a known IANA time zone");
        Check(DateOnlyTimeZone is null || IsZone(DateOnlyTimeZone), nameof(DateOnlyTimeZone), $"'{DateOnlyTimeZone}' is not a known IANA time zone");
        Check(BadCredentialsStatus is 401 or 403, nameof(BadCredentialsStatus), "must be 401 or 403");
        Check(LeakyBucketRatePerSecond > 0 && double.IsFinite(LeakyBucketRatePerSecond), nameof(LeakyBucketRatePerSecond), "must be positive");
        Check(LeakyBucketBurst >= 1, nameof(LeakyBucketBurst), "must be at least 1");
        Check(RetryAfterSeconds is null or >= 0, nameof(RetryAfterSeconds), "must not be negative");
        Check(UserScopedQuotaPerHour >= 1, nameof(UserScopedQuotaPerHour), "must be at least 1");
        Check(UnenforcedQuotaTotal >= 1, nameof(UnenforcedQuotaTotal), "must be at least 1");
        Check(DefaultListWindow is null || DefaultListWindow > TimeSpan.Zero, nameof(DefaultListWindow), "must be positive or null");
        Check(StartDateFloorMonths is >= 0 and <= 1200, nameof(StartDateFloorMonths), "must be between 0 and 1200");
        Check(Enum.IsDefined(TagIdsInWriteAnswers), nameof(TagIdsInWriteAnswers), "must be Filled or Null");
        Check(Enum.IsDefined(ForeignOrganizationGet), nameof(ForeignOrganizationGet), "must be Forbidden or NotFound");
        Check(Enum.IsDefined(OrganizationPutAnswer), nameof(OrganizationPutAnswer), "must be Organization or Null");
        Check(RequestLogCapacity >= 1, nameof(RequestLogCapacity), "must be at least 1");
    }

    private static void Check(bool ok, string option, string problem)
    {
        if (!ok)
        {
            throw new ArgumentException($"SandboxOptions.{option} {problem}.", option);
        }
    }

    private static bool IsZone(string id) => TimeZoneInfo.TryFindSystemTimeZoneById(id, out _);
}

/// <summary>Toggl plans and their workspace-scoped hourly quota (docs/toggl-api.md §4.2).</summary>
public enum SandboxPlan
{
    /// <summary>30 requests per hour.</summary>
    Free,

    /// <summary>240 requests per hour.</summary>
    Starter,

    /// <summary>600 requests per hour.</summary>
    Premium,

    /// <summary>No practical limit (Enterprise's custom quota, modelled as the unenforced total).</summary>
    Unlimited,
}

/// <summary>The quota buckets of docs/toggl-api.md §4.2.</summary>
public enum QuotaScope
{
    /// <summary>Per user per organization, sized by the plan.</summary>
    Organization,

    /// <summary>Per user, 30 per hour whatever the plan.</summary>
    User,
}

/// <summary>The candidate answers of <c>GET /me/time_entries/current</c> when idle (docs/toggl-api.md §10.1).</summary>
public enum IdleCurrentAnswer
{
    /// <summary>200 with body <c>null</c> (recorded; the default).</summary>
    Null200,

    /// <summary>404 "Resource can not be found" (swagger).</summary>
    NotFound404,

    /// <summary>405 with an empty body (what one third-party client assumed).</summary>
    MethodNotAllowed405,
}

/// <summary>
/// The candidate <c>tag_ids</c> of a create/update answer whose body named tags by name (not recorded,
/// see <see cref="SandboxOptions.TagIdsInWriteAnswers"/>).
/// </summary>
public enum TagIdsInWriteAnswers
{
    /// <summary>The ids of the entry's tags, those named by name included (created as needed), as reads show them (the default).</summary>
    Filled,

    /// <summary><c>tag_ids: null</c>, as the one recorded create with <c>tags: []</c> answered.</summary>
    Null,
}

/// <summary>The candidate answers of <c>GET /organizations/{id}</c> for an organization the user is not in (see <see cref="SandboxOptions.ForeignOrganizationGet"/>).</summary>
public enum ForeignOrganizationAnswer
{
    /// <summary>403 "User does not have access to this resource", as the other organization routes answer (the default).</summary>
    Forbidden,

    /// <summary>404 "Resource can not be found".</summary>
    NotFound,
}

/// <summary>The candidate answers of a successful <c>PUT /organizations/{id}</c> (see <see cref="SandboxOptions.OrganizationPutAnswer"/>).</summary>
public enum OrganizationPutAnswer
{
    /// <summary>The renamed organization, as <c>GET /organizations/{id}</c> shows it (the default).</summary>
    Organization,

    /// <summary>A JSON <c>null</c>.</summary>
    Null,
}
