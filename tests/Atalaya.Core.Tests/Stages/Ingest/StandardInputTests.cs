using System.Text;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Ingest;

public sealed class StandardInputTests
{
    [Fact]
    public void Plain_text_is_one_document_named_stdin()
    {
        var item = Assert.Single(Reading.Stdin("Asalto a un banco en León.\n\nNo hubo heridos.\n"));

        var document = item.Document!;
        Assert.Equal("stdin", document.Id);
        Assert.Equal("-", document.Source);
        Assert.Equal("Asalto a un banco en León.\n\nNo hubo heridos.\n", document.Text);
        Assert.Equal("text", document.Metadata.Format);
    }

    [Fact]
    public void Json_lines_are_read_as_records()
    {
        var items = Reading.Stdin("{\"id\": \"x\", \"text\": \"uno\"}\n{\"text\": \"dos\"}\n");

        Assert.Equal(["x", "stdin-2"], items.Select(i => i.Document!.Id));
        Assert.Equal(["-:1", "-:2"], items.Select(i => i.Document!.Source));
    }

    [Fact]
    public void Pretty_printed_single_object_is_one_record()
    {
        var item = Assert.Single(Reading.Stdin("{\n  \"title\": \"Robo\",\n  \"text\": \"Robo en una joyería.\"\n}\n"));

        Assert.Equal("stdin", item.Document!.Id);
        Assert.Equal("Robo", item.Document.Metadata.Title);
    }

    [Fact]
    public void Json_array_is_read_as_records()
    {
        var items = Reading.Stdin("  [{\"text\": \"uno\"}, {\"text\": \"dos\"}]");

        Assert.Equal(["stdin-1", "stdin-2"], items.Select(i => i.Document!.Id));
        Assert.Equal(["-[0]", "-[1]"], items.Select(i => i.Document!.Source));
    }

    [Fact]
    public void Html_is_sniffed_from_the_first_character()
    {
        var item = Assert.Single(Reading.Stdin("\n<html><head><title>Balacera en Tonalá</title></head><body><p>Tres heridos.</p></body></html>"));

        Assert.Equal("html", item.Document!.Metadata.Format);
        Assert.Equal("Balacera en Tonalá\n\nTres heridos.", item.Document.Text);
    }

    [Fact]
    public void Text_with_byte_order_mark_is_decoded_without_it()
    {
        var item = Assert.Single(Reading.Stdin([0xEF, 0xBB, 0xBF, .. Encoding.UTF8.GetBytes("Médico secuestrado.")]));

        Assert.Equal("Médico secuestrado.", item.Document!.Text);
        Assert.Equal("utf-8-bom", item.Document.Metadata.Encoding);
    }

    [Fact]
    public void Empty_input_is_a_failure()
    {
        var failure = Assert.Single(Reading.Stdin([])).Failure;

        Assert.Equal("-", failure!.Source);
        Assert.Equal("standard input is empty", failure.Reason);
    }

    [Fact]
    public void Invalid_json_line_fails_alone()
    {
        var items = Reading.Stdin("{\"text\": \"uno\"}\n{roto\n{\"text\": \"tres\"}\n");

        Assert.Equal(3, items.Count);
        Assert.Equal("-:2", items[1].Failure!.Source);
        Assert.Equal("tres", items[2].Document!.Text);
    }

    [Fact]
    public void Json_lines_without_final_newline_are_read_as_records()
    {
        var items = Reading.Stdin("{\"text\": \"uno\"}\n{\"text\": \"dos\"}");

        Assert.Equal(["uno", "dos"], items.Select(i => i.Document?.Text));
    }
}
