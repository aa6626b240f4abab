using CsvHelper;
using PdfSharp.Pdf.IO;

namespace Toggl.Sandbox.Tests;

/// <summary>
/// The exports (docs/toggl-api.md §9: a <c>.csv</c>/<c>.pdf</c> suffix on a report's path): CSV read back with
/// CsvHelper, PDF opened with PDFsharp; and the 402 of a report the plan does not include.
/// </summary>
public sealed class ReportExportTests
{
    private const string Range = "{\"start_date\":\"2024-12-01\",\"end_date\":\"2024-12-31\"}";

    [Fact]
    public async Task detailed_csv_has_Toggls_columns_and_one_record_per_entry()
    {
        await using var f = await ReportFixture.Start();
        var (status, bytes, response) = await f.PostBytes("/search/time_entries.csv", Range);
        Assert.Equal(200, status);
        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        Assert.Equal("attachment", response.Content.Headers.ContentDisposition?.DispositionType);
        Assert.Equal("Toggl_time_entries_2024-12-01_to_2024-12-31.csv", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var (header, rows) = Csv(bytes);
        Assert.Equal(["User", "Email", "Client", "Project", "Task", "Description", "Billable", "Start date", "Start time", "End date", "End time", "Duration", "Tags", "Amount (USD)"], header);
        Assert.Equal(5, rows.Count);
        Assert.Equal(["Sandbox User", "sandbox@example.com", "Acme", "Alpha", "Design", "Design work", "Yes", "2024-12-02", "09:00:00", "2024-12-02", "10:00:00", "01:00:00", "red", "100.00"], rows[0]);
        Assert.Equal("red, blue", rows[4][12]);
        Assert.Equal("", rows[3][13]);
    }

    [Fact]
    public async Task csv_cells_with_commas_quotes_and_line_breaks_read_back_unchanged()
    {
        await using var f = await ReportFixture.Start();
        const string tricky = "a, \"quoted\"\nsecond line";
        f.H.Sandbox.AddTimeEntry(new DateTimeOffset(2024, 12, 20, 9, 0, 0, TimeSpan.Zero), new DateTimeOffset(2024, 12, 20, 10, 0, 0, TimeSpan.Zero), tricky);
        var (_, rows) = Csv((await f.PostBytes("/search/time_entries.csv", Range)).Body);
        Assert.Equal(tricky, rows[^1][5]);
    }

    [Fact]
    public async Task summary_and_weekly_csv_add_up_like_their_json()
    {
        await using var f = await ReportFixture.Start();
        var (sh, srows) = Csv((await f.PostBytes("/summary/time_entries.csv", Range)).Body);
        Assert.Equal(["Project", "Description", "Duration", "Amount (USD)"], sh);
        Assert.Equal(5, srows.Count);
        Assert.Equal(16200, srows.Sum(r => (long)TimeSpan.Parse(r[2]).TotalSeconds));
        var (wh, wrows) = Csv((await f.PostBytes("/weekly/time_entries.csv", "{\"start_date\":\"2024-12-02\"}")).Body);
        Assert.Equal(["User", "Project", "Client", "2024-12-02", "2024-12-03", "2024-12-04", "2024-12-05", "2024-12-06", "2024-12-07", "2024-12-08", "Total"], wh);
        Assert.Equal(["Sandbox User", "Alpha", "Acme", "01:00:00", "00:30:00", "00:00:00", "00:00:00", "00:00:00", "00:00:00", "00:00:00", "01:30:00"], wrows[0]);
    }

    [Theory]
    [InlineData("/search/time_entries.pdf")]
    [InlineData("/summary/time_entries.pdf")]
    [InlineData("/weekly/time_entries.pdf")]
    public async Task pdf_exports_are_pdf_documents_that_open(string path)
    {
        await using var f = await ReportFixture.Start();
        var (status, bytes, response) = await f.PostBytes(path, Range);
        Assert.Equal(200, status);
        Assert.Equal("application/pdf", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".pdf", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        Assert.Equal("%PDF-"u8.ToArray(), bytes[..5]);
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.Equal(1, document.PageCount);
    }

    [Theory]
    [InlineData("/search/time_entries.xlsx", 5, "Description", "Design work")]
    [InlineData("/summary/time_entries.xlsx", 5, "Description", "Design work")]
    public async Task xlsx_exports_open_as_a_workbook_of_the_csv_columns(string path, int rows, string column, string first)
    {
        await using var f = await ReportFixture.Start();
        var (status, bytes, response) = await f.PostBytes(path, Range);
        Assert.Equal(200, status);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType?.MediaType);
        Assert.EndsWith(".xlsx", response.Content.Headers.ContentDisposition?.FileName?.Trim('"'));
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes), useHeaderRow: true).Cast<IDictionary<string, object>>().ToList();
        Assert.Equal(rows, sheet.Count);
        Assert.Equal(first, sheet[0][column]);
    }

    [Fact]
    public async Task an_empty_xlsx_export_still_names_its_columns()
    {
        await using var f = await ReportFixture.Start();
        var (status, bytes, _) = await f.PostBytes("/search/time_entries.xlsx", "{\"start_date\":\"2020-01-01\",\"end_date\":\"2020-01-31\"}");
        Assert.Equal(200, status);
        var sheet = MiniExcelLibs.MiniExcel.Query(new MemoryStream(bytes)).Cast<IDictionary<string, object>>().ToList();
        Assert.Single(sheet);
        Assert.Equal("User", sheet[0]["A"]);
    }

    [Fact]
    public async Task a_long_detailed_pdf_runs_over_several_pages()
    {
        await using var h = await Harness.Start();
        var day = new DateTimeOffset(2024, 12, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < 300; i++)
        {
            h.Sandbox.AddTimeEntry(day.AddMinutes(3 * i), day.AddMinutes((3 * i) + 2), $"entry {i}");
        }

        using var response = await h.Http.PostAsync($"/reports/api/v3/workspace/{h.Wid}/search/time_entries.pdf", new StringContent(Range));
        var bytes = await response.Content.ReadAsByteArrayAsync();
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 5, $"{document.PageCount} pages");
    }

    [Theory]
    [InlineData("/weekly/time_entries.xlsx")]
    [InlineData("/weekly/time_entries.txt")]
    [InlineData("/search/time_entries.json")]
    public async Task an_export_the_sandbox_does_not_make_answers_404(string path)
    {
        await using var f = await ReportFixture.Start();
        Assert.Equal(404, (await f.PostBytes(path, Range)).Status);
    }

    [Fact]
    public async Task a_report_the_plan_does_not_include_answers_402_and_others_answer()
    {
        await using var f = await ReportFixture.Start(c => new SandboxOptions { TimeProvider = c, PaidReports = SandboxReports.Weekly | SandboxReports.Exports });
        foreach (var path in new[] { "/weekly/time_entries", "/search/time_entries.csv", "/summary/time_entries.pdf" })
        {
            var reply = await f.H.Post(f.Reports + path, Range);
            Assert.Equal(402, reply.Status);
            Assert.Equal("Workspace needs to have this feature enabled", reply.Json.GetString());
        }

        Assert.Equal(200, (await f.H.Post(f.Reports + "/search/time_entries", Range)).Status);
        Assert.Equal(200, (await f.H.Post(f.Reports + "/summary/time_entries", Range)).Status);
    }

    [Fact]
    public async Task the_export_of_a_paid_report_answers_402_too()
    {
        await using var f = await ReportFixture.Start(c => new SandboxOptions { TimeProvider = c, PaidReports = SandboxReports.Summary });
        Assert.Equal(402, (await f.H.Post(f.Reports + "/summary/time_entries.csv", Range)).Status);
        Assert.Equal(200, (await f.PostBytes("/search/time_entries.csv", Range)).Status);
    }

    [Fact]
    public async Task every_report_answers_402_when_all_are_paid()
    {
        await using var f = await ReportFixture.Start(c => new SandboxOptions { TimeProvider = c, PaidReports = SandboxReports.All });
        foreach (var path in new[] { "/search/time_entries", "/search/time_entries/totals", "/summary/time_entries", "/projects/summary", $"/projects/{f["P1"]}/summary", "/weekly/time_entries" })
        {
            Assert.Equal(402, (await f.H.Post(f.Reports + path, Range)).Status);
        }
    }

    private static (IReadOnlyList<string> Header, List<string[]> Rows) Csv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return (reader.Headers.ToList(), rows);
    }
}
