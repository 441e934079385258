using System.Text;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

/// <summary>
/// A JSON string the parser accepts but cannot turn into text (a lone surrogate escape, bytes that
/// are not UTF-8) makes its own record fail; the records around it are read.
/// </summary>
public sealed class BadJsonTextTests
{
    [Theory]
    [InlineData("text", "{\"id\": \"b\", \"text\": \"Balacera en \\ud800 Villa Serena.\"}")]
    [InlineData("title", "{\"id\": \"b\", \"title\": \"\\udc00\", \"text\": \"Balacera en Villa Serena.\"}")]
    [InlineData("id", "{\"id\": \"b\\ud83d\", \"text\": \"Balacera en Villa Serena.\"}")]
    public void A_lone_surrogate_escape_fails_its_line_and_the_others_are_read(string field, string badLine)
    {
        using var folder = new TempFolder();
        var path = folder.Write("notas.jsonl", $"{{\"id\": \"a\", \"text\": \"Robo en Lomas Altas.\"}}\n{badLine}\n{{\"id\": \"c\", \"text\": \"Incendio en Río Claro.\"}}\n");

        var items = Reading.Read(path);

        Assert.Equal(["a", "c"], items.Where(i => i.Document is not null).Select(i => i.Document!.Id));
        var failure = Assert.Single(items, i => i.Failure is not null).Failure!;
        Assert.Equal($"{path}:2", failure.Source);
        Assert.Contains($"field \"{field}\" holds a lone surrogate", failure.Reason, StringComparison.Ordinal);
    }

    [Fact]
    public void Latin1_bytes_inside_a_json_line_fail_that_line()
    {
        using var folder = new TempFolder();
        var latin1 = Encoding.Latin1.GetBytes("{\"id\": \"l1\", \"text\": \"Café y leña en el pueblo de Olmedo.\"}\n");
        var path = folder.Write("latin1.jsonl", [.. latin1, .. "{\"id\": \"u8\", \"text\": \"Detienen a dos hombres en Olmedo.\"}\n"u8]);

        var items = Reading.Read(path);

        Assert.Equal($"{path}:1", items[0].Failure!.Source);
        Assert.Contains("not UTF-8", items[0].Failure!.Reason, StringComparison.Ordinal);
        Assert.Equal("u8", items[1].Document!.Id);
    }

    [Fact]
    public void A_lone_surrogate_in_a_json_array_fails_its_record_only()
    {
        using var folder = new TempFolder();
        var path = folder.Write("lote.json", "[{\"id\": \"a\", \"text\": \"Robo en Lomas Altas.\"}, {\"id\": \"b\", \"text\": \"\\ud800\"}, {\"id\": \"c\", \"text\": \"Incendio en Río Claro.\"}]");

        var items = Reading.Read(path);

        Assert.Equal(["a", "c"], items.Where(i => i.Document is not null).Select(i => i.Document!.Id));
        Assert.Equal($"{path}[1]", Assert.Single(items, i => i.Failure is not null).Failure!.Source);
    }

    [Fact]
    public void A_lone_surrogate_on_standard_input_fails_its_line_only()
    {
        var items = Reading.Stdin("{\"id\": \"a\", \"text\": \"Robo en Lomas Altas.\"}\n{\"id\": \"b\", \"text\": \"x \\ud800\"}\n");

        Assert.Equal("a", items[0].Document!.Id);
        Assert.Equal("-:2", items[1].Failure!.Source);
    }
}
