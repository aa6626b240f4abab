using System.Globalization;
using CsvHelper;
using PdfSharp.Pdf.IO;
using Toggl.Cli.Infrastructure;
using Toggl.Cli.Tests.Commands;
using Toggl.Sandbox;

namespace Toggl.Cli.Tests.Reports;

/// <summary><c>toggl archive fetch|status</c> and <c>toggl export</c> against the sandbox.</summary>
public sealed class ArchiveExportTests : CliTest
{
    private DateOnly Today => DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(Sandbox.Now, Zone).DateTime);

    private static string Month(DateOnly day) => day.ToString("yyyy-MM", CultureInfo.InvariantCulture);

    private static string Day(DateOnly day) => day.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);

    private string OutFile(string name) => Path.Combine(Home, name);

    /// <summary>A CSV file read back with CsvHelper: its header and records.</summary>
    private static (IReadOnlyList<string> Header, List<string[]> Rows) Csv(string file)
    {
        using var reader = CsvReader.Create(File.ReadAllBytes(file));
        var rows = new List<string[]>();
        while (reader.Read())
        {
            rows.Add(reader.Current.ToArray());
        }

        return (reader.Headers.ToList(), rows);
    }

    /// <summary>Entries at noon (UTC) of the days <paramref name="daysAgo"/> before today, an hour each.</summary>
    private void Entries(int count, int daysAgo)
    {
        var noon = new DateTimeOffset(Today.AddDays(-daysAgo).ToDateTime(new TimeOnly(12, 0)), TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            Sandbox.AddTimeEntry(noon.AddMinutes(i), noon.AddMinutes(i + 1), $"e{i}");
        }
    }

    [Fact]
    public async Task Archive_fetch_stores_the_months_and_status_lists_them_without_a_request()
    {
        Entries(3, daysAgo: 200);
        var month = Month(Today.AddDays(-200));
        var empty = (await RunOkAsync("archive", "status", "--output", "json")).Json;
        Assert.Equal(0, empty.GetProperty("months").GetArrayLength());

        Sandbox.ClearRequestLog();
        var dry = await RunOkAsync("archive", "fetch", "--from", month, "--to", month, "--dry-run");
        Assert.Empty(Requests);
        Assert.Contains("search/time_entries", dry.Out);

        var fetched = (await RunOkAsync("archive", "fetch", "--from", month, "--to", month, "--output", "json")).Json;
        Assert.Equal([month], fetched.GetProperty("months").EnumerateArray().Select(m => m.GetString()));
        Assert.Equal(3, fetched.GetProperty("entries").GetInt32());
        Assert.Equal(1, fetched.GetProperty("requests").GetInt32());

        Sandbox.ClearRequestLog();
        var status = await RunOkAsync("archive", "status");
        Assert.Contains(month, status.Out);
        Assert.Empty(Requests);
    }

    [Theory]
    [InlineData("2025-13", "2026-01", "cannot read the month '2025-13'")]
    [InlineData("2026-02", "2026-01", "--to 2026-01 is before --from 2026-02")]
    public async Task Archive_fetch_refuses_bad_months_before_sending(string from, string to, string message)
    {
        var run = await RunAsync("archive", "fetch", "--from", from, "--to", to);
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains(message, run.Error);
        Assert.DoesNotContain(Requests, r => r.Path.Contains("reports", StringComparison.Ordinal));
    }

    [Fact]
    public async Task Export_detailed_csv_reads_back_and_shows_its_pages_when_redirected()
    {
        Entries(51, daysAgo: 3);
        var file = OutFile("detailed.csv");
        var run = await RunOkAsync("export", "--report", "detailed", "--format", "csv", "--from", Day(Today.AddDays(-5)), "--to", Day(Today), "--out", file);

        var (header, rows) = Csv(file);
        Assert.Contains("Description", header);
        Assert.Equal(51, rows.Count);

        // The sandbox's export is one page (Toggl's may be more: the façade follows them, the same lines count them).
        Assert.Equal("Exporting the detailed report: page 1\nExporting the detailed report: done, 1 request\n", run.Error);
        Assert.Contains(file, run.Out);
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(file));
        }

        Assert.Empty(Directory.GetFiles(Home, "*.tmp"));
    }

    [Theory]
    [InlineData("detailed")]
    [InlineData("summary")]
    [InlineData("weekly")]
    public async Task Export_pdf_writes_a_pdf_document_that_opens(string report)
    {
        Entries(2, daysAgo: 2);
        var file = OutFile(report + ".pdf");
        var json = (await RunOkAsync("export", "--report", report, "--format", "pdf", "--week", "--out", file, "--output", "json")).Json;
        Assert.Equal(report, json.GetProperty("report").GetString());
        Assert.Equal(new FileInfo(file).Length, json.GetProperty("bytes").GetInt64());
        using var document = PdfReader.Open(file, PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 1);
    }

    [Theory]
    [InlineData("detailed")]
    [InlineData("summary")]
    public async Task Export_xlsx_writes_a_workbook(string report)
    {
        Entries(2, daysAgo: 2);
        var file = OutFile(report + ".xlsx");
        await RunOkAsync("export", "--report", report, "--format", "xlsx", "--week", "--out", file);
        // An .xlsx is a zip package holding the workbook part.
        using var package = System.IO.Compression.ZipFile.OpenRead(file);
        Assert.Contains(package.Entries, e => e.FullName == "xl/workbook.xml");
    }

    [Fact]
    public async Task Export_summary_csv_reads_back()
    {
        Entries(2, daysAgo: 2);
        var file = OutFile("summary.csv");
        await RunOkAsync("export", "--report", "summary", "--from", Day(Today.AddDays(-7)), "--to", Day(Today), "--out", file);
        var (header, rows) = Csv(file);
        Assert.Contains("Duration", header);
        Assert.Equal(120, rows.Sum(r => (long)TimeSpan.Parse(r[header.ToList().IndexOf("Duration")], CultureInfo.InvariantCulture).TotalSeconds));
    }

    [Fact]
    public async Task An_export_dry_run_shows_the_request_and_writes_nothing()
    {
        var file = OutFile("dry.csv");
        Sandbox.ClearRequestLog();
        var run = await RunOkAsync("export", "--report", "weekly", "--week", "--out", file, "--dry-run");
        Assert.Contains("weekly/time_entries.csv", run.Out);
        Assert.Empty(Requests);
        Assert.False(File.Exists(file));
    }

    [Fact]
    public async Task Export_into_a_missing_folder_is_refused_before_sending()
    {
        var file = Path.Combine(Home, "no-such-folder", "report.csv");
        var run = await RunAsync("export", "--week", "--out", file);
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("the folder " + Path.GetDirectoryName(file) + " does not exist", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_weekly_xlsx_export_is_refused_before_sending()
    {
        var run = await RunAsync("export", "--report", "weekly", "--format", "xlsx", "--week", "--out", OutFile("w.xlsx"));
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("the weekly report has no xlsx export", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Export_takes_no_refresh_since_it_always_asks_Toggl()
    {
        var run = await RunAsync("export", "--week", "--out", OutFile("r.csv"), "--refresh");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.StartsWith("toggl: unknown option '--refresh' for 'toggl export'", run.Error);
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task Export_without_out_is_refused()
    {
        var run = await RunAsync("export", "--week");
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("--out FILE", run.Error);
    }

    [Theory]
    [InlineData("report", "--sorce", "toggl", "unknown option '--sorce' for 'toggl report'; did you mean '--source'?")]
    [InlineData("export", "--fromat", "pdf", "unknown option '--fromat' for 'toggl export'; did you mean '--format'?")]
    [InlineData("archive fetch", "--form", "2025-01", "unknown option '--form' for 'toggl archive fetch'; did you mean '--from'?")]
    public async Task Typos_in_the_new_commands_are_refused_with_a_suggestion(string command, string option, string value, string line)
    {
        var run = await RunAsync([.. command.Split(' '), option, value]);
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Equal("toggl: " + line, run.Error.TrimEnd('\n'));
        Assert.Empty(Requests);
    }

    [Fact]
    public async Task A_bad_date_names_itself()
    {
        var run = await RunAsync("export", "--from", "2026-02-30", "--to", "2026-03-01", "--out", OutFile("x.csv"));
        Assert.Equal(ExitCodes.BadArguments, run.ExitCode);
        Assert.Contains("cannot read the date '2026-02-30'", run.Error);
    }
}

/// <summary>An export the plan does not include: exit code 9 naming the report, and no file left behind.</summary>
public sealed class ExportNotEnabledTests : CliTest
{
    protected override SandboxOptions Options => new() { Timezone = Zone.Id, PaidReports = SandboxReports.Weekly | SandboxReports.Exports };

    [Fact]
    public async Task A_402_names_the_report_and_the_paid_plan_and_leaves_no_file()
    {
        var file = Path.Combine(Home, "weekly.pdf");
        Directory.CreateDirectory(Home);
        var run = await RunAsync("export", "--report", "weekly", "--format", "pdf", "--week", "--out", file);
        Assert.True(run.ExitCode == ExitCodes.FeatureNotEnabled, run.ToString());
        Assert.Contains("weekly report's PDF export", run.Error);
        Assert.Contains("paid plan", run.Error);
        Assert.False(File.Exists(file));
        Assert.Empty(Directory.GetFiles(Home, "*.tmp"));
    }
}
