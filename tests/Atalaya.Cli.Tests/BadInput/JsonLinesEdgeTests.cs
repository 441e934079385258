namespace Atalaya.Cli.Tests.BadInput;

public sealed class JsonLinesEdgeTests
{
    [Fact]
    public async Task A_jsonl_with_only_blank_lines_is_reported_with_its_path()
    {
        using var temp = new TempFolder();
        var path = temp.Write("vacio.jsonl", "\n\n   \n");

        var result = await AtalayaCli.RunAsync("extract", "--json", path);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {path}: ", StringComparison.Ordinal));
    }

    [Fact]
    public async Task A_jsonl_with_a_utf8_byte_order_mark_reads_every_record()
    {
        using var temp = new TempFolder();
        var path = temp.Write("con-bom.jsonl", [
            0xEF, 0xBB, 0xBF,
            .. """
            {"id": "bom-1", "text": "Primera nota: roban una camioneta de valores en San Telmo."}
            {"id": "bom-2", "text": "Segunda nota: detienen a dos sospechosos en Puente Alto del Río."}

            """u8,
        ]);

        var result = await AtalayaCli.RunAsync("extract", "--json", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("2 documents, 0 inputs failed", result.StdErr, StringComparison.Ordinal);
        Assert.Equal(["bom-1", "bom-2"], Json.Documents(Json.Parse(result.StdOut)).Select(d => Json.Text(d, "id")));
    }

    [Fact]
    public async Task A_jsonl_record_without_text_or_html_is_reported_and_the_others_read()
    {
        using var temp = new TempFolder();
        var path = temp.Write("mixto.jsonl", """
            {"id": "ok-1", "text": "Incendian dos vehículos frente a la comandancia de San Telmo."}
            {"id": "sin-texto", "title": "Solo un título"}
            {"id": "ok-3", "html": "<p>Hallan un arsenal en una bodega de Puente Alto del Río; no hubo detenidos.</p>"}

            """);

        var result = await AtalayaCli.RunAsync("extract", "--json", path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {path}:2: ", StringComparison.Ordinal) && l.Contains("\"text\" or \"html\"", StringComparison.Ordinal));
        Assert.Equal(["ok-1", "ok-3"], Json.Documents(Json.Parse(result.StdOut)).Select(d => Json.Text(d, "id")));
    }
}
