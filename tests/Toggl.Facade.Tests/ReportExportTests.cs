using CsvHelper;
using PdfSharp.Pdf.IO;
using Toggl.Sandbox;

namespace Toggl.Facade.Tests;

/// <summary>Exports to a stream and to a file, opened as their readers would: CSV parsed with CsvHelper, PDF read back with PDFsharp.</summary>
public sealed class ReportExportTests
{
    private static (string[] Header, List<string[]> Rows) Csv(byte[] bytes)
    {
        using var reader = CsvReader.Create(bytes);
        var rows = new List<string[]>();
        while (reader.Read())
            rows.Add(reader.Current.ToArray());
        return (reader.Headers.ToArray(), rows);
    }

    [Fact]
    public async Task A_detailed_CSV_holds_every_row_under_one_header_and_tells_the_pages()
    {
        await using var h = await Harness.StartAsync();
        var added = ReportData.AddEntries(h, 120);
        using var toggl = h.Client();
        using var stream = new MemoryStream();
        var progress = new RecordingProgress();

        var requests = await toggl.DetailedReports.ExportAsync(ReportData.Body(h), ReportFormat.Csv, stream, progress);

        var (header, rows) = Csv(stream.ToArray());
        Assert.Contains("Description", header);
        Assert.Equal(120, rows.Count);
        var description = Array.IndexOf(header, "Description");
        Assert.Equal(added.Select(e => e.Description).Order(), rows.Select(r => r[description]).Order());
        // The sandbox sends the detailed export whole (no X-Next-*): one page, told once.
        Assert.Equal(ReportData.ReportRequests(h).Count, requests);
        Assert.Equal(Enumerable.Range(1, requests), progress.Values);
    }

    [Theory]
    [InlineData("detailed")]
    [InlineData("summary")]
    [InlineData("weekly")]
    public async Task A_PDF_export_is_a_PDF_document(string report)
    {
        await using var h = await Harness.StartAsync();
        ReportData.AddEntries(h, 10);
        using var toggl = h.Client();
        using var stream = new MemoryStream();
        var body = ReportData.Body(h);

        await (report switch
        {
            "detailed" => toggl.DetailedReports.ExportAsync(body, ReportFormat.Pdf, stream),
            "summary" => toggl.SummaryReports.ExportAsync(body, ReportFormat.Pdf, stream),
            _ => toggl.WeeklyReports.ExportAsync(body, ReportFormat.Pdf, stream),
        });

        var bytes = stream.ToArray();
        Assert.Equal("%PDF", System.Text.Encoding.ASCII.GetString(bytes, 0, 4));
        using var document = PdfReader.Open(new MemoryStream(bytes), PdfDocumentOpenMode.Import);
        Assert.True(document.PageCount >= 1);
    }

    [Fact]
    public async Task An_export_to_a_file_is_whole_owner_only_and_leaves_no_temp_file()
    {
        await using var h = await Harness.StartAsync();
        ReportData.AddEntries(h, 60);
        using var toggl = h.Client();
        using var folder = new TempFolder();
        var csv = Path.Combine(folder.Path, "summary.csv");
        var xlsx = Path.Combine(folder.Path, "detailed.xlsx");
        File.WriteAllText(csv, "an older report");

        await toggl.SummaryReports.ExportToFileAsync(ReportData.Body(h), ReportFormat.Csv, csv);
        await toggl.DetailedReports.ExportToFileAsync(ReportData.Body(h), ReportFormat.Xlsx, xlsx);

        var (header, rows) = Csv(File.ReadAllBytes(csv));
        Assert.NotEmpty(header);
        Assert.NotEmpty(rows);
        Assert.Equal("PK", System.Text.Encoding.ASCII.GetString(File.ReadAllBytes(xlsx), 0, 2));
        if (!OperatingSystem.IsWindows())
        {
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(csv));
            Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, File.GetUnixFileMode(xlsx));
        }
        Assert.Equal(["detailed.xlsx", "summary.csv"], Directory.GetFiles(folder.Path).Select(Path.GetFileName).Order());
    }

    [Fact]
    public async Task A_refused_export_writes_no_file_and_nothing_to_the_stream()
    {
        await using var h = await Harness.StartAsync(new SandboxOptions { PaidReports = SandboxReports.Exports });
        using var toggl = h.Client();
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "weekly.csv");
        using var stream = new MemoryStream();

        await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(() => toggl.WeeklyReports.ExportToFileAsync(ReportData.Body(h), ReportFormat.Csv, path));
        await Assert.ThrowsAsync<TogglFeatureNotEnabledException>(() => toggl.DetailedReports.ExportAsync(ReportData.Body(h), ReportFormat.Pdf, stream));

        Assert.Empty(Directory.GetFiles(folder.Path));
        Assert.Equal(0, stream.Length);
    }

    [Fact]
    public async Task An_export_to_a_folder_or_an_unwritable_stream_is_refused_before_anything_is_sent()
    {
        await using var h = await Harness.StartAsync();
        using var toggl = h.Client();
        using var folder = new TempFolder();
        using var readOnly = new MemoryStream([], writable: false);

        await Assert.ThrowsAsync<ArgumentException>(() => toggl.DetailedReports.ExportToFileAsync(ReportData.Body(h), ReportFormat.Csv, folder.Path));
        await Assert.ThrowsAsync<DirectoryNotFoundException>(() => toggl.WeeklyReports.ExportToFileAsync(ReportData.Body(h), ReportFormat.Csv, Path.Combine(folder.Path, "missing", "weekly.csv")));
        await Assert.ThrowsAsync<ArgumentException>(() => toggl.SummaryReports.ExportAsync(ReportData.Body(h), ReportFormat.Csv, readOnly));
        await Assert.ThrowsAsync<ArgumentOutOfRangeException>(() => toggl.SummaryReports.ExportAsync(ReportData.Body(h), (ReportFormat)9, Stream.Null));
        Assert.Empty(h.Sandbox.RequestLog);
    }
}
