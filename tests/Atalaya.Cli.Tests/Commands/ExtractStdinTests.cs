namespace Atalaya.Cli.Tests.Commands;

public sealed class ExtractStdinTests
{
    private const string Article = """
        Asaltan una farmacia en Villa Aldama; detienen a un sospechoso
        Por Lucía Ferrer

        Un hombre armado asaltó la noche del lunes una farmacia en el centro de Villa Aldama y huyó con la recaudación del día, informó la policía municipal.

        Publicidad

        Horas después los agentes detuvieron a un sospechoso de 23 años a tres calles del lugar.
        """;

    [Fact]
    public async Task Text_piped_to_dash_is_one_document()
    {
        var result = await AtalayaCli.RunAsync(["extract", "--json", "-"], stdin: Article);

        Assert.True(result.ExitCode == 0, result.ToString());
        var document = Assert.Single(Json.Documents(Json.Parse(result.StdOut)));
        Assert.Equal("stdin", Json.Text(document, "id"));
        Assert.Equal("-", Json.Text(document, "source"));
        Assert.Equal(Article, Json.Text(document, "text"));
        Assert.Equal("Lucía Ferrer", Json.Text(document, "byline"));
        Assert.Contains(document.GetProperty("boilerplate").EnumerateArray(), s => Json.Text(s, "text") == "Publicidad");
    }

    [Fact]
    public async Task Json_lines_piped_to_dash_are_one_document_each()
    {
        const string lines = """
            {"id": "pipe-1", "language": "nl", "text": "Overval op tankstation in Oosterveld. De politie zoekt twee mannen."}
            {"id": "pipe-2", "language": "nb", "text": "Brann i lagerhall på Nordvik. Politiet etterforsker saken."}

            """;

        var result = await AtalayaCli.RunAsync(["extract", "--json", "-"], stdin: lines);

        Assert.True(result.ExitCode == 0, result.ToString());
        var documents = Json.Documents(Json.Parse(result.StdOut));
        Assert.Equal(["pipe-1", "pipe-2"], documents.Select(d => Json.Text(d, "id")));
        Assert.Equal(["nl", "nb"], documents.Select(d => Json.Text(d, "language")));
    }

    [Fact]
    public async Task Empty_stdin_reads_nothing_and_exits_2()
    {
        var result = await AtalayaCli.RunAsync(["extract", "--json", "-"], stdin: "");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("standard input is empty", result.StdErr, StringComparison.Ordinal);
        Assert.Equal("", result.StdOut);
    }
}
