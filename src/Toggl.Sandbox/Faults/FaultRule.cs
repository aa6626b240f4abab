namespace Toggl.Sandbox;

/// <summary>
/// A fault armed for some requests: which (method and route, or all), how many (the next N, or
/// unlimited) and how often (a probability). Returned by <see cref="Faults"/> so a test can disarm it.
/// </summary>
public sealed class FaultRule
{
    private int remaining;

    internal FaultRule(Fault fault, string? method, string? route, int? count, double probability)
    {
        Fault = fault;
        Method = method?.ToUpperInvariant();
        Route = route;
        remaining = count ?? -1;
        Probability = probability;
        Segments = route is null ? null : Split(route);
    }

    /// <summary>The fault injected.</summary>
    public Fault Fault { get; }

    /// <summary>HTTP method the rule applies to, or null for any.</summary>
    public string? Method { get; }

    /// <summary>
    /// Route the rule applies to, relative to <c>/api/v9</c>, or null for all. Segments written as
    /// <c>{name}</c> or <c>*</c> match any value: <c>/workspaces/{workspace_id}/time_entries</c>.
    /// Reports API paths are matched in full: <c>/reports/api/v3/workspace/*/search/time_entries</c>.
    /// </summary>
    public string? Route { get; }

    /// <summary>Chance in [0, 1] that a matching request is hit.</summary>
    public double Probability { get; }

    /// <summary>Requests still to hit; -1 when unlimited.</summary>
    public int Remaining => Volatile.Read(ref remaining);

    /// <summary>How many requests this rule has hit.</summary>
    public int Hits { get; private set; }

    private string[]? Segments { get; }

    internal bool Matches(string method, string relativePath)
    {
        if (Method is not null && !string.Equals(Method, method, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (Segments is null)
        {
            return true;
        }

        var actual = Split(relativePath);
        if (actual.Length != Segments.Length)
        {
            return false;
        }

        for (var i = 0; i < actual.Length; i++)
        {
            var want = Segments[i];
            var wildcard = want == "*" || (want.StartsWith('{') && want.EndsWith('}'));
            if (!wildcard && !string.Equals(want, actual[i], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Takes one hit if any remain (caller holds the Faults lock).</summary>
    internal bool TryTake()
    {
        if (remaining == 0)
        {
            return false;
        }

        if (remaining > 0)
        {
            remaining--;
        }

        Hits++;
        return true;
    }

    internal bool Exhausted => remaining == 0;

    private static string[] Split(string path) => path.Split('/', StringSplitOptions.RemoveEmptyEntries);
}
