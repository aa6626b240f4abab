namespace Toggl.Sandbox.Host.Standalone;

/// <summary>
/// The standalone server's <c>--answer NAME=VALUE</c>: how the sandbox answers where Toggl's behaviour is not recorded
/// (docs/toggl-api.md §10), so a client can be tried against either answer without writing code. A fixed table, one
/// row per uncertain setting of <see cref="SandboxOptions"/>; an unset row keeps the option's default.
/// </summary>
internal sealed class UncertainAnswers
{
    private readonly Dictionary<string, string> _chosen = new(StringComparer.Ordinal);

    /// <summary>Each setting's name on the command line and the values it takes, the first being the default.</summary>
    public static IReadOnlyList<(string Name, string[] Values)> Table { get; } =
    [
        ("me-time-entries-scope", ["organization", "user"]),
        ("bad-credentials", ["403", "401"]),
        ("idle-current", ["null", "404", "405"]),
        ("tag-write", ["object", "array"]),
        ("tag-ids-in-write-answers", ["filled", "null"]),
        ("foreign-organization-get", ["403", "404"]),
        ("organization-put", ["organization", "null"]),
        ("delete-body", ["empty", "null"]),
        ("end-date", ["exclusive", "inclusive"]),
        ("paid-reports", ["none", "all", "exports", "weekly"]),
    ];

    /// <summary>Reads one <c>NAME=VALUE</c>; the error names the setting or lists the values it takes.</summary>
    public bool TryRead(string nameValue, out string? error)
    {
        error = null;
        var equals = nameValue.IndexOf('=', StringComparison.Ordinal);
        var name = equals < 0 ? nameValue : nameValue[..equals];
        var row = Table.FirstOrDefault(r => r.Name == name);
        if (row.Name is null)
        {
            error = $"--answer {nameValue}: unknown setting; one of {string.Join(", ", Table.Select(r => r.Name))}";
            return false;
        }

        var value = equals < 0 ? "" : nameValue[(equals + 1)..];
        if (!row.Values.Contains(value, StringComparer.Ordinal))
        {
            error = $"--answer {nameValue}: {name} takes {string.Join("|", row.Values)}";
            return false;
        }

        _chosen[name] = value;
        return true;
    }

    /// <summary>The options with the chosen answers; settings not chosen keep <paramref name="options"/>' values.</summary>
    public SandboxOptions ApplyTo(SandboxOptions options) => new()
    {
        Port = options.Port,
        ApiToken = options.ApiToken,
        AdminToken = options.AdminToken,
        DataFile = options.DataFile,
        LeakyBucket = options.LeakyBucket,
        HourlyQuota = options.HourlyQuota,
        Plan = options.Plan,
        MeTimeEntriesScope = Pick("me-time-entries-scope", options.MeTimeEntriesScope, v => v == "user" ? QuotaScope.User : QuotaScope.Organization),
        BadCredentialsStatus = Pick("bad-credentials", options.BadCredentialsStatus, v => v == "401" ? 401 : 403),
        IdleCurrent = Pick("idle-current", options.IdleCurrent, v => v switch
        {
            "404" => IdleCurrentAnswer.NotFound404,
            "405" => IdleCurrentAnswer.MethodNotAllowed405,
            _ => IdleCurrentAnswer.Null200,
        }),
        TagWriteReturnsArray = Pick("tag-write", options.TagWriteReturnsArray, v => v == "array"),
        TagIdsInWriteAnswers = Pick("tag-ids-in-write-answers", options.TagIdsInWriteAnswers, v => v == "null" ? TagIdsInWriteAnswers.Null : TagIdsInWriteAnswers.Filled),
        ForeignOrganizationGet = Pick("foreign-organization-get", options.ForeignOrganizationGet, v => v == "404" ? ForeignOrganizationAnswer.NotFound : ForeignOrganizationAnswer.Forbidden),
        OrganizationPutAnswer = Pick("organization-put", options.OrganizationPutAnswer, v => v == "null" ? OrganizationPutAnswer.Null : OrganizationPutAnswer.Organization),
        DeleteAnswersNull = Pick("delete-body", options.DeleteAnswersNull, v => v == "null"),
        EndDateInclusive = Pick("end-date", options.EndDateInclusive, v => v == "inclusive"),
        PaidReports = Pick("paid-reports", options.PaidReports, v => v switch
        {
            "all" => SandboxReports.All,
            "exports" => SandboxReports.Exports,
            "weekly" => SandboxReports.Weekly,
            _ => SandboxReports.None,
        }),
    };

    private T Pick<T>(string name, T current, Func<string, T> read) =>
        _chosen.TryGetValue(name, out var value) ? read(value) : current;
}
