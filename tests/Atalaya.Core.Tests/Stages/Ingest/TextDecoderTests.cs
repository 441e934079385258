using System.Text;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class TextDecoderTests
{
    private const string Sample = "Médico secuestrado en Culiacán: «Nadie vio nada».";

    [Fact]
    public void Utf8_without_bom()
    {
        var (text, encoding) = TextDecoder.Decode(Encoding.UTF8.GetBytes(Sample));

        Assert.Equal(Sample, text);
        Assert.Equal("utf-8", encoding);
    }

    [Fact]
    public void Utf8_with_bom_drops_the_mark()
    {
        var (text, encoding) = TextDecoder.Decode([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes(Sample)]);

        Assert.Equal(Sample, text);
        Assert.Equal("utf-8-bom", encoding);
    }

    [Fact]
    public void Utf16_little_endian_with_bom()
    {
        var (text, encoding) = TextDecoder.Decode([0xFF, 0xFE, .. Encoding.Unicode.GetBytes(Sample)]);

        Assert.Equal(Sample, text);
        Assert.Equal("utf-16le", encoding);
    }

    [Fact]
    public void Utf16_big_endian_with_bom()
    {
        var (text, encoding) = TextDecoder.Decode([0xFE, 0xFF, .. Encoding.BigEndianUnicode.GetBytes(Sample)]);

        Assert.Equal(Sample, text);
        Assert.Equal("utf-16be", encoding);
    }

    [Fact]
    public void Invalid_utf8_falls_back_to_windows_1252()
    {
        // "Médico" in Windows-1252: é is the single byte 0xE9, which is not valid UTF-8 here.
        var (text, encoding) = TextDecoder.Decode([0x4D, 0xE9, 0x64, 0x69, 0x63, 0x6F]);

        Assert.Equal("Médico", text);
        Assert.Equal("windows-1252", encoding);
    }

    [Fact]
    public void Windows_1252_specific_characters_are_mapped()
    {
        // 0x93/0x94 are curly quotes and 0x80 the euro sign in Windows-1252 (not Latin-1 control codes).
        var (text, _) = TextDecoder.Decode([0x93, 0x41, 0x94, 0x20, 0x35, 0x80]);

        Assert.Equal("“A” 5€", text);
    }

    [Fact]
    public void Nul_byte_means_binary()
    {
        var error = Assert.Throws<IngestException>(() => TextDecoder.Decode([0x41, 0x42, 0x00, 0x43]));

        Assert.Contains("binary", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Many_control_bytes_mean_binary()
    {
        byte[] bytes = [.. Enumerable.Repeat((byte)0x01, 20), .. "abcdefghij"u8];

        Assert.Throws<IngestException>(() => TextDecoder.Decode(bytes));
    }

    [Fact]
    public void Tabs_form_feeds_and_line_breaks_are_text()
    {
        var (text, _) = TextDecoder.Decode("a\tb\r\nc\fd"u8);

        Assert.Equal("a\tb\r\nc\fd", text);
    }

    [Fact]
    public void Utf32_is_refused()
    {
        var error = Assert.Throws<IngestException>(() => TextDecoder.Decode([0xFF, 0xFE, 0x00, 0x00, 0x41, 0x00, 0x00, 0x00]));

        Assert.Contains("UTF-32", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Odd_length_utf16_is_refused()
    {
        Assert.Throws<IngestException>(() => TextDecoder.Decode([0xFF, 0xFE, 0x41, 0x00, 0x42]));
    }

    [Fact]
    public void Invalid_utf8_after_a_utf8_bom_is_refused()
    {
        Assert.Throws<IngestException>(() => TextDecoder.Decode([0xEF, 0xBB, 0xBF, 0x4D, 0xE9, 0x64]));
    }
}
