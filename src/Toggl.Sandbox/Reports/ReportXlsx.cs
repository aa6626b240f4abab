using System.Data;
using MiniExcelLibs;

namespace Toggl.Sandbox.Reports;

/// <summary>A report table as an Excel workbook (MiniExcel): one sheet, the header row, then the rows as text cells.</summary>
internal static class ReportXlsx
{
    /// <summary>The <c>.xlsx</c> bytes.</summary>
    public static byte[] Write(ReportTable table)
    {
        // A DataTable keeps the columns' order and names them even when the report has no rows.
        using var data = new DataTable(table.Title);
        foreach (var name in table.Header)
        {
            data.Columns.Add(name, typeof(string));
        }

        foreach (var row in table.Rows)
        {
            data.Rows.Add(row.Cast<object>().ToArray());
        }

        using var buffer = new MemoryStream();
        buffer.SaveAs(data, sheetName: table.Title, excelType: ExcelType.XLSX);
        return buffer.ToArray();
    }
}
