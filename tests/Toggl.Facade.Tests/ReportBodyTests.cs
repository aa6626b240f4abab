using System.Text.Json;
using FsCheck;
using FsCheck.Fluent;

namespace Toggl.Facade.Tests;

/// <summary>A report body sends exactly the fields the caller set, in Toggl's names (seen in the request the plan prints).</summary>
public sealed class ReportBodyTests
{
    private static Gen<T?> Maybe<T>(T value)
        where T : struct => Gen.Elements<T?>(null, value);

    private static Gen<T?> MaybeReference<T>(T value)
        where T : class => Gen.Elements<T?>(null, value);

    private static Gen<ReportIds?> Ids =>
        Gen.Elements<ReportIds?>(null, ReportIds.Any, ReportIds.Without, ReportIds.Of(3), ReportIds.WithoutOr(4, 5));

    private static readonly Arbitrary<ReportBody> Bodies =
        (from dates in Gen.Elements(0, 1, 2, 3)
         from users in Ids
         from projects in Ids
         from clients in Ids
         from tags in Ids
         from tasks in Ids
         from groups in Ids
         from entries in Ids
         from description in MaybeReference("design")
         from billable in Maybe(false)
         from min in Maybe(60L)
         from max in Maybe(3600L)
         from rounding in Maybe(ReportRounding.Down)
         from roundingMinutes in Maybe(15)
         from grouping in Maybe(SummaryGrouping.Clients)
         from subGrouping in Maybe(SummarySubGrouping.Tasks)
         from orderBy in Maybe(ReportOrderBy.Duration)
         from orderDirection in Maybe(ReportOrderDirection.Descending)
         from pageSize in Maybe(200)
         from flags in Gen.Choose(0, 255)
         select new ReportBody
         {
             StartDate = (dates & 1) != 0 ? new DateOnly(2025, 1, 1) : null,
             EndDate = (dates & 2) != 0 ? new DateOnly(2025, 1, 31) : null,
             UserIds = users,
             ProjectIds = projects,
             ClientIds = clients,
             TagIds = tags,
             TaskIds = tasks,
             GroupIds = groups,
             TimeEntryIds = entries,
             Description = description,
             Billable = billable,
             MinDurationSeconds = min,
             MaxDurationSeconds = max,
             Rounding = rounding,
             RoundingMinutes = roundingMinutes,
             Grouping = grouping,
             SubGrouping = subGrouping,
             OrderBy = orderBy,
             OrderDirection = orderDirection,
             PageSize = pageSize,
             // Four booleans, each unset, true or false.
             Grouped = Flag(flags, 0),
             IncludeTimeEntryIds = Flag(flags, 2),
             HideAmounts = Flag(flags, 4),
             EnrichResponse = Flag(flags, 6),
         }).ToArbitrary();

    private static bool? Flag(int flags, int bit) => ((flags >> bit) & 3) switch { 0 => null, 1 => true, _ => false };

    /// <summary>Toggl's name of each set property, and the JSON it should be sent as.</summary>
    private static SortedDictionary<string, string> Expected(ReportBody body)
    {
        var expected = new SortedDictionary<string, string>(StringComparer.Ordinal);
        void Add(string key, object? value, string? json = null)
        {
            if (value is not null)
                expected[key] = json ?? JsonSerializer.Serialize(value);
        }

        Add("start_date", body.StartDate, $"\"{body.StartDate:yyyy-MM-dd}\"");
        Add("end_date", body.EndDate, $"\"{body.EndDate:yyyy-MM-dd}\"");
        Add("user_ids", body.UserIds, Json(body.UserIds));
        Add("project_ids", body.ProjectIds, Json(body.ProjectIds));
        Add("client_ids", body.ClientIds, Json(body.ClientIds));
        Add("tag_ids", body.TagIds, Json(body.TagIds));
        Add("task_ids", body.TaskIds, Json(body.TaskIds));
        Add("group_ids", body.GroupIds, Json(body.GroupIds));
        Add("time_entry_ids", body.TimeEntryIds, Json(body.TimeEntryIds));
        Add("description", body.Description);
        Add("billable", body.Billable);
        Add("min_duration_seconds", body.MinDurationSeconds);
        Add("max_duration_seconds", body.MaxDurationSeconds);
        Add("rounding", body.Rounding, body.Rounding is { } r ? ((int)r).ToString(System.Globalization.CultureInfo.InvariantCulture) : null);
        Add("rounding_minutes", body.RoundingMinutes);
        Add("grouping", body.Grouping, "\"clients\"");
        Add("sub_grouping", body.SubGrouping, "\"tasks\"");
        Add("order_by", body.OrderBy, "\"duration\"");
        Add("order_dir", body.OrderDirection, "\"DESC\"");
        Add("page_size", body.PageSize);
        Add("grouped", body.Grouped);
        Add("include_time_entry_ids", body.IncludeTimeEntryIds);
        Add("hide_amounts", body.HideAmounts);
        Add("enrich_response", body.EnrichResponse);
        return expected;
    }

    private static string? Json(ReportIds? ids) =>
        ids is null ? null : "[" + string.Join(",", ids.Ids.Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)).Concat(ids.IncludesWithout ? ["null"] : [])) + "]";

    [Fact]
    public async Task Property_a_report_body_sends_exactly_the_fields_set()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();

        Prop.ForAll(Bodies, body =>
            {
                var planned = Assert.Single(toggl.DetailedReports.Plan.TotalsAsync(body).GetAwaiter().GetResult().Requests);
                var sent = new SortedDictionary<string, string>(StringComparer.Ordinal);
                foreach (var property in JsonDocument.Parse(planned.Body!).RootElement.EnumerateObject())
                    sent[property.Name] = property.Value.GetRawText();
                var expected = Expected(body);
                return expected.SequenceEqual(sent)
                    .Label($"expected {string.Join(", ", expected)}; sent {string.Join(", ", sent)}");
            })
            .QuickCheckThrowOnFailure();

        Assert.Empty(h.Sandbox.RequestLog);
    }

    [Fact]
    public void Report_ids_compare_by_what_they_send_and_print_it()
    {
        Assert.Equal(ReportIds.Of(1, 2), ReportIds.Of(new List<long> { 1, 2 }));
        Assert.NotEqual(ReportIds.Of(1, 2), ReportIds.WithoutOr(1, 2));
        Assert.Equal(ReportIds.Any, ReportIds.Of());
        Assert.Equal(ReportIds.Without, ReportIds.WithoutOr());
        Assert.Equal("[1, 2, null]", ReportIds.WithoutOr(1, 2).ToString());
        Assert.Equal("[]", ReportIds.Any.ToString());
        Assert.Throws<ArgumentNullException>(() => ReportIds.Of(null!));
    }

    [Fact]
    public void Every_local_grouping_reaches_the_core_and_comes_back()
    {
        foreach (var by in Enum.GetValues<LocalGrouping>())
            Assert.Equal(by, Convert.ToFacade(Convert.ToCore(by)));
        Assert.True(Convert.ToCore(LocalGrouping.Tag).IsTagName);
        Assert.Throws<ArgumentOutOfRangeException>(() => Convert.ToCore((LocalGrouping)42));
    }
}
