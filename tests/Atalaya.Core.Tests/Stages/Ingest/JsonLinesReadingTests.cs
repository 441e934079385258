using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class JsonLinesReadingTests
{
    [Fact]
    public void Each_line_is_a_record_with_path_and_line_as_source()
    {
        using var folder = new TempFolder();
        var path = folder.Write("feed.jsonl", """
            {"id": "p1", "text": "Seis mortos em Chiapas."}
            {"html": "<p>Três presos em Puebla.</p>", "title": "Presos em Puebla"}
            {"text": "Um ferido em Tijuana."}

            """);

        var documents = Reading.Read(path).Select(i => i.Document!).ToList();

        Assert.Equal(["p1", "feed-2", "feed-3"], documents.Select(d => d.Id));
        Assert.Equal([path + ":1", path + ":2", path + ":3"], documents.Select(d => d.Source));
        Assert.Equal("Seis mortos em Chiapas.", documents[0].Text);
        Assert.Equal("Presos em Puebla\n\nTrês presos em Puebla.", documents[1].Text);
    }

    [Fact]
    public void Blank_lines_are_skipped_and_do_not_count_as_records()
    {
        using var folder = new TempFolder();
        var path = folder.Write("huecos.ndjson", "{\"text\": \"uno\"}\n\n   \r\n{\"text\": \"dos\"}\r\n");

        var documents = Reading.Read(path).Select(i => i.Document!).ToList();

        Assert.Equal(["huecos-1", "huecos-2"], documents.Select(d => d.Id));
        Assert.Equal(path + ":4", documents[1].Source);
        Assert.Equal("dos", documents[1].Text);
    }

    [Fact]
    public void Invalid_line_is_reported_with_path_and_line_and_reading_continues()
    {
        using var folder = new TempFolder();
        var path = folder.Write("roto.jsonl", "{\"text\": \"antes\"}\n{\"text\": \"sin cerrar\"\n{\"text\": \"después\"}\n");

        var items = Reading.Read(path);

        Assert.Equal(3, items.Count);
        Assert.Equal("antes", items[0].Document!.Text);
        Assert.Equal(path + ":2", items[1].Failure!.Source);
        Assert.StartsWith("invalid JSON", items[1].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("después", items[2].Document!.Text);
    }

    [Fact]
    public void Line_above_the_document_limit_fails_alone()
    {
        using var folder = new TempFolder();
        var big = new string('x', 2000);
        var path = folder.Write("grande.jsonl", $"{{\"text\": \"{big}\"}}\n{{\"text\": \"pequeño\"}}\n");

        var items = Reading.Read(new IngestOptions { MaxDocumentBytes = 1024 }, path);

        Assert.Equal(2, items.Count);
        Assert.Equal(path + ":1", items[0].Failure!.Source);
        Assert.Contains("limit", items[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("pequeño", items[1].Document!.Text);
        Assert.Equal(path + ":2", items[1].Document!.Source);
    }

    [Fact]
    public void Empty_jsonl_file_is_a_failure()
    {
        using var folder = new TempFolder();
        var path = folder.Write("vacio.jsonl", "");

        Assert.Equal("empty file", Reading.FailOne(path).Reason);
    }

    [Fact]
    public void Byte_order_mark_before_the_first_line_is_ignored()
    {
        using var folder = new TempFolder();
        var path = folder.Write("bom.jsonl", [0xEF, 0xBB, 0xBF, .. "{\"text\": \"uno\"}\n{\"text\": \"dos\"}\n"u8]);

        var items = Reading.Read(path);

        Assert.All(items, i => Assert.Null(i.Failure));
        Assert.Equal(["uno", "dos"], items.Select(i => i.Document!.Text));
    }
}
