using System.Text;
using CsvHelper;

namespace Toggl.Sandbox.Reports;

/// <summary>A report table as CSV (CsvHelper: quoting of commas, quotes and line breaks as RFC 4180), UTF-8 with a BOM as spreadsheet programs expect.</summary>
internal static class ReportCsv
{
    /// <summary>The CSV bytes: the header, then one record per row.</summary>
    public static byte[] Write(ReportTable table)
    {
        using var buffer = new MemoryStream();
        using (var text = new StreamWriter(buffer, new UTF8Encoding(encoderShouldEmitUTF8Identifier: true), leaveOpen: true))
        using (var csv = CsvWriter.Create(text))
        {
            csv.WriteRecord(table.Header.ToArray());
            foreach (var row in table.Rows)
            {
                csv.WriteRecord(row);
            }
        }

        return buffer.ToArray();
    }
}
