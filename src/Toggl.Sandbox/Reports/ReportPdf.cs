using PdfSharp;
using PdfSharp.Drawing;
using PdfSharp.Pdf;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// A report table as a real PDF document (PDFsharp): A4 landscape, the title and the range on the first page, the
/// table's header repeated on every page, as many pages as the rows need. Cells too wide for their column are cut with
/// an ellipsis.
/// </summary>
internal static class ReportPdf
{
    private const double Margin = 36;
    private const double LineHeight = 12;
    private const double CellPadding = 3;

    /// <summary>The PDF bytes.</summary>
    public static byte[] Write(ReportTable table)
    {
        ReportFonts.EnsureInstalled();
        var titleFont = new XFont(ReportFonts.Family, 16, XFontStyleEx.Bold);
        var font = new XFont(ReportFonts.Family, 7, XFontStyleEx.Regular);
        var bold = new XFont(ReportFonts.Family, 7, XFontStyleEx.Bold);
        using var document = new PdfDocument();
        document.Info.Title = $"{table.Title} {table.Range}";
        document.Info.Creator = "Toggl sandbox";

        var page = NewPage(document);
        var gfx = XGraphics.FromPdfPage(page);
        try
        {
            var width = page.Width.Point - (2 * Margin);
            var widths = ColumnWidths(table, width);
            gfx.DrawString(table.Title, titleFont, XBrushes.Black, new XPoint(Margin, Margin + 16));
            gfx.DrawString(table.Range, font, XBrushes.Black, new XPoint(Margin, Margin + 30));
            var y = Margin + 44;
            y = Line(gfx, table.Header, widths, y, bold);
            if (table.Rows.Count == 0)
            {
                gfx.DrawString("No entries", font, XBrushes.Black, new XPoint(Margin, y + LineHeight));
            }

            foreach (var row in table.Rows)
            {
                if (y + LineHeight > page.Height.Point - Margin)
                {
                    gfx.Dispose();
                    page = NewPage(document);
                    gfx = XGraphics.FromPdfPage(page);
                    y = Line(gfx, table.Header, widths, Margin, bold);
                }

                y = Line(gfx, row, widths, y, font);
            }
        }
        finally
        {
            gfx.Dispose();
        }

        using var buffer = new MemoryStream();
        document.Save(buffer, closeStream: false);
        return buffer.ToArray();
    }

    private static PdfPage NewPage(PdfDocument document)
    {
        var page = document.AddPage();
        page.Size = PageSize.A4;
        page.Orientation = PageOrientation.Landscape;
        return page;
    }

    /// <summary>Draws one line of cells from <paramref name="y"/> and answers the next line's top.</summary>
    private static double Line(XGraphics gfx, IReadOnlyList<string> cells, double[] widths, double y, XFont font)
    {
        var x = Margin;
        for (var i = 0; i < widths.Length; i++)
        {
            var text = Fit(gfx, i < cells.Count ? cells[i] : "", font, widths[i] - CellPadding);
            gfx.DrawString(text, font, XBrushes.Black, new XRect(x, y, widths[i], LineHeight), XStringFormats.CenterLeft);
            x += widths[i];
        }

        gfx.DrawLine(XPens.LightGray, Margin, y + LineHeight, x, y + LineHeight);
        return y + LineHeight;
    }

    /// <summary>Widths in proportion to each column's longest text (header included), at least a short word each.</summary>
    private static double[] ColumnWidths(ReportTable table, double total)
    {
        var longest = table.Header
            .Select((h, i) => Math.Clamp(table.Rows.Select(r => i < r.Length ? r[i].Length : 0).Append(h.Length).Max(), 6, 40))
            .Select(n => (double)n)
            .ToArray();
        var sum = longest.Sum();
        return longest.Select(n => total * n / sum).ToArray();
    }

    private static string Fit(XGraphics gfx, string text, XFont font, double width)
    {
        if (gfx.MeasureString(text, font).Width <= width)
        {
            return text;
        }

        var cut = text.Length;
        while (cut > 0 && gfx.MeasureString(text[..cut] + "…", font).Width > width)
        {
            cut--;
        }

        return text[..cut] + "…";
    }
}
