using System.Globalization;
using System.Text;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

/// <summary>Every input obeys the document limit: standard input, records of a .json file, devices that never end.</summary>
public sealed class InputLimitTests
{
    private static readonly IngestOptions OneKilobyte = new() { MaxDocumentBytes = 1024 };

    [Fact]
    public void Standard_input_text_over_the_limit_is_refused_after_reading_one_byte_past_it()
    {
        var input = new CountingStream(Encoding.UTF8.GetBytes(new string('a', 100_000)));

        var items = new DocumentReader(OneKilobyte, () => input).Read([DocumentReader.StandardInput]).ToList();

        Assert.Contains("above the 1 KB limit", Assert.Single(items).Failure!.Reason, StringComparison.Ordinal);
        Assert.True(input.BytesRead <= 1025 + 64 * 1024, $"read {input.BytesRead} bytes");
    }

    [Fact]
    public void Standard_input_json_lines_longer_than_the_limit_are_streamed_line_by_line()
    {
        var lines = new StringBuilder();
        for (var i = 1; i <= 40; i++)
        {
            lines.Append(CultureInfo.InvariantCulture, $"{{\"id\": \"n{i}\", \"text\": \"Nota {i} sobre un robo en Valle Hondo.\"}}\n");
        }

        lines.Append("{\"id\": \"grande\", \"text\": \"").Append('x', 2000).Append("\"}\n");
        var items = new DocumentReader(OneKilobyte, () => new MemoryStream(Encoding.UTF8.GetBytes(lines.ToString()))).Read([DocumentReader.StandardInput]).ToList();

        Assert.Equal(40, items.Count(i => i.Document is not null));
        Assert.Equal("-:41", Assert.Single(items, i => i.Failure is not null).Failure!.Source);
    }

    [Fact]
    public void A_json_record_over_the_limit_is_refused_and_the_others_read()
    {
        using var folder = new TempFolder();
        var path = folder.Write("lote.json", $"[{{\"id\": \"a\", \"text\": \"Robo en Lomas Altas.\"}}, {{\"id\": \"b\", \"text\": \"{new string('x', 3000)}\"}}]");

        var items = Reading.Read(OneKilobyte, path);

        Assert.Equal("a", items[0].Document!.Id);
        Assert.Equal($"{path}[1]", items[1].Failure!.Source);
        Assert.Contains("above the 1 KB limit for one document", items[1].Failure!.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_dev_zero_named_txt_is_refused_by_size()
    {
        using var folder = new TempFolder();
        var link = File.CreateSymbolicLink(folder.File("cero.txt"), "/dev/zero").FullName;

        var failure = Reading.FailOne(link, OneKilobyte);

        Assert.Contains("above the 1 KB limit", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_link_to_dev_zero_named_jsonl_stops_at_its_first_line()
    {
        using var folder = new TempFolder();
        var link = File.CreateSymbolicLink(folder.File("cero.jsonl"), "/dev/zero").FullName;

        var failure = Reading.FailOne(link, OneKilobyte);

        Assert.Equal($"{link}:1", failure.Source);
        Assert.Contains("the rest is not read", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void A_pdf_named_directly_is_refused_even_when_it_opens_with_plain_ascii()
    {
        using var folder = new TempFolder();
        var path = folder.Write("informe.pdf", "%PDF-1.4\n1 0 obj << /Type /Catalog >> endobj\ntrailer << /Root 1 0 R >>\n%%EOF\n");

        Assert.Contains("a PDF document", Reading.FailOne(path).Reason, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("https://noticias.example/2026/robo")]
    [InlineData("HTTP://noticias.example/")]
    public void A_url_argument_says_how_urls_are_followed(string url)
    {
        var failure = Reading.FailOne(url);

        Assert.Equal(url, failure.Source);
        Assert.Contains("save the page", failure.Reason, StringComparison.Ordinal);
    }

    private sealed class CountingStream(byte[] bytes) : MemoryStream(bytes)
    {
        public long BytesRead { get; private set; }

        public override int Read(byte[] buffer, int offset, int count)
        {
            var read = base.Read(buffer, offset, count);
            BytesRead += read;
            return read;
        }
    }
}
