using System.Globalization;
using System.Text;

namespace Atalaya.Cli.Tests.BadInput;

/// <summary>
/// A JSON record the parser accepts but whose text cannot be decoded (a lone surrogate escape, bytes
/// that are not UTF-8) once ended the whole run with an unhandled exception; now it is one reported
/// and recorded failure and the run ends normally with every other record.
/// </summary>
public sealed class BadRecordTests
{
    private const int Lines = 120;
    private const int BadLine = 60;

    [Fact]
    public async Task Ingest_of_json_lines_with_a_lone_surrogate_stores_every_other_line_and_records_the_bad_one()
    {
        using var temp = new TempFolder();
        var path = WriteLines(temp, "notas.jsonl", BadLine, "{\"id\": \"mala\", \"text\": \"Tiroteo en \\ud800 Villa Serena.\"}");
        var db = temp.File("atalaya.db");

        var result = await AtalayaCli.RunAsync("ingest", path, "--db", db);

        Assert.True(result.ExitCode == 0, result.ToString());
        var line = Assert.Single(result.ErrorLines, l => l.Contains($"{path}:{BadLine}", StringComparison.Ordinal));
        Assert.StartsWith($"atalaya: {path}:{BadLine}: field \"text\" holds a lone surrogate", line, StringComparison.Ordinal);
        Assert.Equal(Lines - 1, Database.Count(db, "SELECT COUNT(*) FROM documents"));
        Assert.Equal([$"{path}:{BadLine}"], Database.Rows(db, "SELECT source FROM failed_sources"));
        Assert.Equal("completed", Database.Scalar(db, "SELECT status FROM runs"));
    }

    [Fact]
    public async Task Extract_of_a_latin1_json_lines_file_writes_the_good_records_and_names_the_bad_line()
    {
        using var temp = new TempFolder();
        var path = WriteLines(temp, "latin1.jsonl", 3, "{\"id\": \"latin\", \"text\": \"Quema de una panadería en Peñascal.\"}", Encoding.Latin1);
        var output = temp.File("salida.json");

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", output, path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith($"atalaya: {path}:3: field \"text\" holds bytes that are not UTF-8", StringComparison.Ordinal));
        Assert.Equal(Lines - 1, Json.Documents(Json.Parse(File.ReadAllText(output))).Count);
    }

    [Fact]
    public async Task Extract_of_standard_input_with_a_lone_surrogate_outputs_the_other_records()
    {
        var input = "{\"id\": \"uno\", \"text\": \"Detienen a dos hombres por robo de ganado en Peñascal.\"}\n"
            + "{\"id\": \"dos\", \"text\": \"\\udfff\"}\n"
            + "{\"id\": \"tres\", \"text\": \"Hallan un vehículo incendiado en Villa Serena.\"}\n";

        var result = await AtalayaCli.RunAsync(["extract", "--json", "-"], input);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains(result.ErrorLines, l => l.StartsWith("atalaya: -:2: field \"text\" holds a lone surrogate", StringComparison.Ordinal));
        Assert.Equal(["uno", "tres"], Json.Documents(Json.Parse(result.StdOut)).Select(d => Json.Text(d, "id")!));
    }

    /// <summary>Short invented notes, one a line, with <paramref name="bad"/> as line <paramref name="badLine"/>, written in the given encoding.</summary>
    private static string WriteLines(TempFolder temp, string name, int badLine, string bad, Encoding? badEncoding = null)
    {
        var bytes = new List<byte>();
        for (var i = 1; i <= Lines; i++)
        {
            var line = i == badLine
                ? bad
                : string.Create(CultureInfo.InvariantCulture, $"{{\"id\": \"nota-{i}\", \"text\": \"Nota {i}: roban {i} cabezas de ganado en el rancho Los Olmos, cerca de Villa Serena.\"}}");
            bytes.AddRange((i == badLine ? badEncoding ?? Encoding.UTF8 : Encoding.UTF8).GetBytes(line + "\n"));
        }

        return temp.Write(name, [.. bytes]);
    }
}
