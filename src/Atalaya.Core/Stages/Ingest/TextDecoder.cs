using System.Text;

namespace Atalaya.Core.Stages.Ingest;

/// <summary>
/// Bytes to text: a BOM decides (UTF-8, UTF-16 LE/BE); otherwise strict UTF-8, and Windows-1252
/// when the bytes are not valid UTF-8 (old Latin-1 news pages). Binary content is refused.
/// </summary>
internal static class TextDecoder
{
    private const int SniffBytes = 8192;

    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);

    private static readonly Lazy<Encoding> Windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    public static (string Text, string Encoding) Decode(ReadOnlySpan<byte> bytes)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            return (Utf8(bytes[3..]), "utf-8-bom");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]) || bytes.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            throw new IngestException("UTF-32 text is not supported; convert it to UTF-8");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return (Utf16(bytes[2..], Encoding.Unicode), "utf-16le");
        }

        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return (Utf16(bytes[2..], Encoding.BigEndianUnicode), "utf-16be");
        }

        if (FileSignatures.Recognize(bytes) is { } type)
        {
            throw new IngestException($"binary content ({type}), not text: atalaya reads plain text, HTML, JSON and JSON lines");
        }

        if (LooksBinary(bytes))
        {
            throw new IngestException("binary content (NUL or control bytes), not text");
        }

        try
        {
            return (StrictUtf8.GetString(bytes), "utf-8");
        }
        catch (DecoderFallbackException)
        {
            return (Windows1252.Value.GetString(bytes), "windows-1252");
        }
    }

    private static string Utf8(ReadOnlySpan<byte> bytes)
    {
        try
        {
            return StrictUtf8.GetString(bytes);
        }
        catch (DecoderFallbackException error)
        {
            throw new IngestException($"invalid UTF-8 after a UTF-8 byte-order mark (byte {error.Index})", error);
        }
    }

    private static string Utf16(ReadOnlySpan<byte> bytes, Encoding encoding)
    {
        if (bytes.Length % 2 != 0)
        {
            throw new IngestException("UTF-16 byte-order mark but an odd number of bytes: truncated or not UTF-16");
        }

        return encoding.GetString(bytes);
    }

    /// <summary>NUL bytes, or many control characters, in the first 8 KB: an image, an archive, an executable.</summary>
    private static bool LooksBinary(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, SniffBytes)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b == 0)
            {
                return true;
            }

            if (b < 0x20 && b is not (0x09 or 0x0A or 0x0D or 0x0C))
            {
                controls++;
            }
        }

        return sample.Length > 0 && controls * 10 > sample.Length;
    }
}
