using System.Globalization;
using System.Text.Json;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The detailed report (docs/toggl-api.md §9): rows in the asked order, one per entry or, with <c>grouped</c>, one per
/// user × project × task × description × billable × tags holding their entries; a page of them from
/// <c>first_row_number</c> and the cursor of the next page, null on the last page.
/// </summary>
internal static class DetailedReport
{
    /// <summary>One row: its entries (one unless grouped), first in order.</summary>
    public sealed record Row(IReadOnlyList<ReportEntry> Entries)
    {
        /// <summary>The first entry, which gives the row's fields.</summary>
        public ReportEntry First => Entries[0];

        /// <summary>The row's seconds.</summary>
        public long Seconds => Entries.Sum(e => e.Seconds);

        /// <summary>The row's amount, or null when no entry has a rate.</summary>
        public long? Amount => Entries.Any(e => e.BillableAmountInCents is not null) ? Entries.Sum(e => e.BillableAmountInCents ?? 0) : null;
    }

    /// <summary>The cursor of the next page, sent as X-Next-ID, X-Next-Row-Number and X-Next-Timestamp.</summary>
    public sealed record Cursor(long Id, long RowNumber, long Timestamp);

    /// <summary>Every row in the report's order.</summary>
    public static List<Row> Rows(IEnumerable<ReportEntry> entries, ReportQuery q)
    {
        var ordered = Order(entries, q).ToList();
        if (!q.Grouped)
        {
            return ordered.Select(e => new Row([e])).ToList();
        }

        // Grouping keeps the order of each group's first entry.
        return ordered
            .GroupBy(e => (e.Entry.UserId, e.Entry.ProjectId, e.Entry.TaskId, e.Entry.Description ?? "", e.Entry.Billable, string.Join(",", e.TagIds.Order())))
            .Select(g => new Row(g.ToList()))
            .ToList();
    }

    /// <summary>
    /// The page and the next page's cursor (null on the last page). The page starts at the row holding
    /// <c>first_id</c> when it is there (a keyset cursor: rows added or removed before it shift nothing), else at
    /// <c>first_row_number</c>; rows are numbered from <c>first_row_number</c> when sent.
    /// </summary>
    public static (List<Row> Page, long FirstRowNumber, Cursor? Next) Page(List<Row> rows, ReportQuery q)
    {
        var byId = q.FirstId is { } id ? rows.FindIndex(r => r.Entries.Any(e => e.Entry.Id == id)) : -1;
        var from = byId >= 0 ? byId : (int)Math.Min((q.FirstRowNumber ?? 1) - 1, rows.Count);
        var firstNumber = q.FirstRowNumber ?? from + 1;
        var page = rows.Skip(from).Take(q.PageSize).ToList();
        Cursor? next = null;
        if (from + q.PageSize < rows.Count)
        {
            var first = rows[from + q.PageSize].First;
            next = new Cursor(first.Entry.Id, firstNumber + q.PageSize, first.Entry.Start.ToUnixTimeSeconds());
        }

        return (page, firstNumber, next);
    }

    /// <summary>Writes a page as Toggl's JSON array of rows.</summary>
    public static void Write(Utf8JsonWriter w, IEnumerable<Row> page, long firstRowNumber, ReportQuery q)
    {
        w.WriteStartArray();
        var rowNumber = firstRowNumber;
        foreach (var row in page)
        {
            var f = row.First;
            w.WriteStartObject();
            w.WriteNumber("user_id", f.Entry.UserId);
            w.WriteString("username", f.UserName);
            Nullable(w, "project_id", f.Entry.ProjectId);
            Nullable(w, "task_id", f.Entry.TaskId);
            w.WriteBoolean("billable", f.Entry.Billable);
            w.WriteString("description", f.Entry.Description ?? "");
            w.WriteStartArray("tag_ids");
            foreach (var t in f.TagIds)
            {
                w.WriteNumberValue(t);
            }

            w.WriteEndArray();
            Nullable(w, "billable_amount_in_cents", q.HideAmounts ? null : row.Amount);
            Nullable(w, "hourly_rate_in_cents", q.HideAmounts ? null : f.HourlyRateInCents);
            w.WriteString("currency", f.Currency);
            w.WriteNumber("row_number", rowNumber++);
            if (q.EnrichResponse)
            {
                WriteEnrichment(w, f);
            }

            w.WriteStartArray("time_entries");
            foreach (var e in row.Entries)
            {
                w.WriteStartObject();
                w.WriteNumber("id", e.Entry.Id);
                w.WriteNumber("seconds", e.Seconds);
                w.WriteString("start", InZone(e.Start));
                w.WriteString("stop", InZone(e.Stop));
                w.WriteString("at", Json.TogglTime.Offset(e.Entry.At));
                w.WriteString("at_tz", InZone(e.At));
                w.WriteEndObject();
            }

            w.WriteEndArray();
            w.WriteEndObject();
        }

        w.WriteEndArray();
    }

    /// <summary>Reports show times in the user's offset, e.g. <c>2023-07-19T13:09:14+03:00</c> (docs/toggl-api.md §9).</summary>
    public static string InZone(DateTimeOffset t) =>
        t.ToString("yyyy-MM-dd'T'HH:mm:sszzz", CultureInfo.InvariantCulture);

    /// <summary>Writes a number or null.</summary>
    public static void Nullable(Utf8JsonWriter w, string name, long? value)
    {
        if (value is { } v)
        {
            w.WriteNumber(name, v);
        }
        else
        {
            w.WriteNull(name);
        }
    }

    /// <summary>The names behind the ids (<c>enrich_response</c>); field names are the sandbox's choice (README).</summary>
    private static void WriteEnrichment(Utf8JsonWriter w, ReportEntry f)
    {
        w.WriteString("user_email", f.Email);
        WriteNullableString(w, "project_name", f.Project?.Name);
        WriteNullableString(w, "project_color", f.Project?.Color);
        WriteNullableString(w, "client_name", f.Client?.Name);
        WriteNullableString(w, "task_name", f.Task?.Name);
        w.WriteStartArray("tags");
        foreach (var t in f.Tags)
        {
            w.WriteStringValue(t.Name);
        }

        w.WriteEndArray();
    }

    private static void WriteNullableString(Utf8JsonWriter w, string name, string? value)
    {
        if (value is null)
        {
            w.WriteNull(name);
        }
        else
        {
            w.WriteString(name, value);
        }
    }

    private static IEnumerable<ReportEntry> Order(IEnumerable<ReportEntry> entries, ReportQuery q)
    {
        IOrderedEnumerable<ReportEntry> first = q.OrderBy switch
        {
            "user" => By(entries, e => e.UserName, q.Descending),
            "duration" => By(entries, e => e.Seconds, q.Descending),
            "description" => By(entries, e => e.Entry.Description ?? "", q.Descending, StringComparer.OrdinalIgnoreCase),
            "last_update" => By(entries, e => e.Entry.At, q.Descending),
            _ => By(entries, e => e.Entry.Start, q.Descending),
        };

        // Ties go by start, then id, in the same direction: a stable order the cursor can rely on.
        return q.Descending
            ? first.ThenByDescending(e => e.Entry.Start).ThenByDescending(e => e.Entry.Id)
            : first.ThenBy(e => e.Entry.Start).ThenBy(e => e.Entry.Id);
    }

    private static IOrderedEnumerable<ReportEntry> By<TKey>(IEnumerable<ReportEntry> entries, Func<ReportEntry, TKey> key, bool descending, IComparer<TKey>? comparer = null) =>
        descending ? entries.OrderByDescending(key, comparer) : entries.OrderBy(key, comparer);
}
