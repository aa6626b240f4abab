namespace Toggl.Cli.CommandLine;

/// <summary>The known word a mistyped one was most likely meant to be, by edit distance.</summary>
internal static class Closest
{
    /// <summary>
    /// The candidate nearest to <paramref name="typed"/> (case ignored), or null when none is near enough:
    /// at most a third of the typed word's letters changed, and at least one allowed.
    /// </summary>
    public static string? To(string typed, IEnumerable<string> candidates)
    {
        var limit = Math.Max(1, typed.Length / 3);
        string? best = null;
        var bestDistance = int.MaxValue;
        foreach (var candidate in candidates)
        {
            var distance = Distance(typed.ToLowerInvariant(), candidate.ToLowerInvariant());
            if (distance < bestDistance)
            {
                (best, bestDistance) = (candidate, distance);
            }
        }

        return bestDistance <= limit ? best : null;
    }

    /// <summary>
    /// Up to <paramref name="count"/> candidates nearest to <paramref name="typed"/> (case ignored), nearest first:
    /// those containing it or contained in it, and those within half its letters changed. For "no project named
    /// 'Webiste'; closest: Website": names are longer than options and typos in them bigger.
    /// </summary>
    public static IReadOnlyList<string> Nearest(string typed, IEnumerable<string> candidates, int count = 3)
    {
        var word = typed.Trim().ToLowerInvariant();
        var limit = Math.Max(2, word.Length / 2);
        return candidates
            .Distinct(StringComparer.OrdinalIgnoreCase)
            .Select(c => (Name: c, Lower: c.ToLowerInvariant()))
            .Select(c => (c.Name, Distance: word.Length > 0 && (c.Lower.Contains(word, StringComparison.Ordinal) || word.Contains(c.Lower, StringComparison.Ordinal))
                ? 0
                : Distance(word, c.Lower)))
            .Where(c => c.Distance <= limit)
            .OrderBy(c => c.Distance)
            .ThenBy(c => c.Name, StringComparer.OrdinalIgnoreCase)
            .Take(count)
            .Select(c => c.Name)
            .ToList();
    }

    /// <summary>Levenshtein distance with adjacent transpositions counted as one edit ("--dyr-run").</summary>
    public static int Distance(string a, string b)
    {
        var d = new int[a.Length + 1, b.Length + 1];
        for (var i = 0; i <= a.Length; i++)
        {
            d[i, 0] = i;
        }

        for (var j = 0; j <= b.Length; j++)
        {
            d[0, j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                d[i, j] = Math.Min(Math.Min(d[i - 1, j] + 1, d[i, j - 1] + 1), d[i - 1, j - 1] + cost);
                if (i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1])
                {
                    d[i, j] = Math.Min(d[i, j], d[i - 2, j - 2] + 1);
                }
            }
        }

        return d[a.Length, b.Length];
    }
}
