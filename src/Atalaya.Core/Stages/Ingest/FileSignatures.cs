namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// The opening bytes of common file types that are not text, so that a PDF or a .docx named
/// directly (any extension is read as text then) is refused with its name instead of being decoded
/// as Windows-1252 noise. A PDF can open with pages of plain ASCII, which the binary check misses.
/// </summary>
internal static class FileSignatures
{
    private static readonly (byte[] Magic, string Name)[] Known =
    [
        ("%PDF-"u8.ToArray(), "a PDF document"),
        ([0x50, 0x4B, 0x03, 0x04], "a ZIP archive (or a .docx, .xlsx, .odt or .epub, which are ZIP archives)"),
        ([0xD0, 0xCF, 0x11, 0xE0, 0xA1, 0xB1, 0x1A, 0xE1], "an old Office document (.doc, .xls, .ppt)"),
        ([0x1F, 0x8B], "a gzip archive"),
        ([0xFD, 0x37, 0x7A, 0x58, 0x5A, 0x00], "an xz archive"),
        ([0x28, 0xB5, 0x2F, 0xFD], "a zstd archive"),
        ([0x37, 0x7A, 0xBC, 0xAF, 0x27, 0x1C], "a 7z archive"),
        ("Rar!\u001A\u0007"u8.ToArray(), "a RAR archive"),
        ([0x89, 0x50, 0x4E, 0x47], "a PNG image"),
        ([0xFF, 0xD8, 0xFF], "a JPEG image"),
        ("GIF8"u8.ToArray(), "a GIF image"),
        ([0x7F, 0x45, 0x4C, 0x46], "an executable (ELF)"),
        ("SQLite format 3\0"u8.ToArray(), "an SQLite database"),
    ];

    /// <summary>What the bytes are when they open like a known non-text type, else null.</summary>
    public static string? Recognize(ReadOnlySpan<byte> bytes)
    {
        foreach (var (magic, name) in Known)
        {
            if (bytes.StartsWith(magic))
            {
                return name;
            }
        }

        return null;
    }
}
