namespace Toggl.Sandbox;

/// <summary>
/// The faults armed on a sandbox (docs/toggl-api.md §12.20): per route or global, for the next N
/// requests or with a probability. Rules are tried in the order they were added; the first that
/// matches and fires wins.
/// </summary>
public sealed class Faults
{
    private readonly Lock gate = new();
    private readonly List<FaultRule> rules = new();
    private readonly Random random;

    internal Faults(int? seed) => random = seed is { } s ? new Random(s) : new Random();

    /// <summary>Arms <paramref name="fault"/> for the next <paramref name="count"/> matching requests.</summary>
    /// <param name="count">How many requests to hit.</param>
    /// <param name="fault">The fault.</param>
    /// <param name="method">Only this HTTP method, or any.</param>
    /// <param name="route">Only this route (see <see cref="FaultRule.Route"/>), or all.</param>
    public FaultRule Next(int count, Fault fault, string? method = null, string? route = null)
    {
        ArgumentOutOfRangeException.ThrowIfNegativeOrZero(count);
        return Add(fault, method, route, count, 1.0);
    }

    /// <summary>Arms <paramref name="fault"/> for every matching request with chance <paramref name="probability"/>.</summary>
    /// <param name="probability">Chance in [0, 1].</param>
    /// <param name="fault">The fault.</param>
    /// <param name="method">Only this HTTP method, or any.</param>
    /// <param name="route">Only this route, or all.</param>
    public FaultRule WithProbability(double probability, Fault fault, string? method = null, string? route = null)
    {
        if (probability is < 0 or > 1 || double.IsNaN(probability))
        {
            throw new ArgumentOutOfRangeException(nameof(probability), probability, "A probability lies in [0, 1].");
        }

        return Add(fault, method, route, null, probability);
    }

    /// <summary>Arms <paramref name="fault"/> for every matching request until removed.</summary>
    /// <param name="fault">The fault.</param>
    /// <param name="method">Only this HTTP method, or any.</param>
    /// <param name="route">Only this route, or all.</param>
    public FaultRule Always(Fault fault, string? method = null, string? route = null) => Add(fault, method, route, null, 1.0);

    /// <summary>Disarms one rule.</summary>
    /// <param name="rule">A rule this object returned.</param>
    public void Remove(FaultRule rule)
    {
        lock (gate)
        {
            rules.Remove(rule);
        }
    }

    /// <summary>Disarms every rule.</summary>
    public void Clear()
    {
        lock (gate)
        {
            rules.Clear();
        }
    }

    /// <summary>The rules still armed.</summary>
    public IReadOnlyList<FaultRule> Armed
    {
        get
        {
            lock (gate)
            {
                return rules.ToArray();
            }
        }
    }

    private FaultRule Add(Fault fault, string? method, string? route, int? count, double probability)
    {
        ArgumentNullException.ThrowIfNull(fault);
        var rule = new FaultRule(fault, method, route, count, probability);
        lock (gate)
        {
            rules.Add(rule);
        }

        return rule;
    }

    /// <summary>The fault for this request, if one fires; exhausted rules are dropped.</summary>
    internal Fault? Pick(string method, string relativePath)
    {
        lock (gate)
        {
            if (rules.Count == 0)
            {
                return null;
            }

            foreach (var rule in rules)
            {
                if (!rule.Matches(method, relativePath))
                {
                    continue;
                }

                if (rule.Probability < 1.0 && random.NextDouble() >= rule.Probability)
                {
                    continue;
                }

                if (rule.TryTake())
                {
                    if (rule.Exhausted)
                    {
                        rules.Remove(rule);
                    }

                    return rule.Fault;
                }
            }

            return null;
        }
    }
}
