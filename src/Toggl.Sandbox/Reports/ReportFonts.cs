using PdfSharp.Fonts;

namespace Toggl.Sandbox.Reports;

/// <summary>
/// The PDF exports' font: DejaVu Sans, shipped inside the assembly (Bitstream Vera licence,
/// Reports/Fonts/DejaVuSans-LICENSE.txt). PDFsharp 6 finds no font on Linux by itself, so every family the
/// exports ask for resolves to this one face; bold and italic are simulated.
/// </summary>
internal sealed class ReportFonts : IFontResolver
{
    /// <summary>The family name the exports draw with.</summary>
    public const string Family = "DejaVu Sans";

    private const string Face = "DejaVuSans";

    private static readonly Lock Gate = new();

    private static readonly Lazy<byte[]> Bytes = new(() =>
    {
        using var stream = typeof(ReportFonts).Assembly.GetManifestResourceStream("Toggl.Sandbox.DejaVuSans.ttf")
            ?? throw new InvalidOperationException("The sandbox's PDF font resource is missing.");
        using var copy = new MemoryStream();
        stream.CopyTo(copy);
        return copy.ToArray();
    });

    /// <summary>
    /// Installs the resolver once per process, unless the host set one of its own (PDFsharp allows one); a host
    /// resolver must then know <see cref="Family"/>.
    /// </summary>
    public static void EnsureInstalled()
    {
        lock (Gate)
        {
            GlobalFontSettings.FontResolver ??= new ReportFonts();
        }
    }

    /// <inheritdoc/>
    public FontResolverInfo? ResolveTypeface(string familyName, bool bold, bool italic) => new(Face, bold, italic);

    /// <inheritdoc/>
    public byte[]? GetFont(string faceName) => faceName == Face ? Bytes.Value : null;
}
