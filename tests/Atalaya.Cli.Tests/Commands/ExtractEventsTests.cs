using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>
/// Events through the real program and its shipped data: extract --json writes them in the
/// contract's shape, pointing at their sentences and at the corpus entities; ingest stores them
/// with their documents, and export gives them back.
/// </summary>
public sealed class ExtractEventsTests
{
    private const string Spanish = """
        Publicado el 12 de marzo de 2024
        Emboscada en Zitácuaro deja cuatro policías muertos

        Hombres armados del Cártel de Jalisco Nueva Generación emboscaron el domingo a una patrulla de la Policía Estatal en Zitácuaro, Michoacán. En el ataque murieron cuatro agentes y otros dos resultaron heridos.

        Horas después, militares detuvieron a tres presuntos integrantes del grupo criminal en Morelia.
        """;

    [Fact]
    public async Task Extract_writes_events_with_their_evidence_actors_and_place()
    {
        using var folder = new TempFolder();
        folder.Write("emboscada.txt", Spanish);
        var output = folder.File("out.json");

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", output, folder.Path);
        Assert.True(result.ExitCode == 0, result.ToString());

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        var document = root.GetProperty("documents")[0];
        var text = document.GetProperty("text").GetString()!;
        var entities = root.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        var events = root.GetProperty("events").EnumerateArray().ToList();
        Assert.Equal(events.Select(e => e.GetProperty("id").GetString()), document.GetProperty("events").EnumerateArray().Select(e => e.GetString()));

        var ambush = Assert.Single(events, e => e.GetProperty("subtype").GetString() == "Armed clash");
        Assert.Equal("Battles", ambush.GetProperty("type").GetString());
        Assert.Equal("2024-03-10", ambush.GetProperty("date").GetString());
        Assert.Equal("day", ambush.GetProperty("date_precision").GetString());
        Assert.Equal(4, ambush.GetProperty("fatalities").GetInt32());
        Assert.Equal(2, ambush.GetProperty("injured").GetInt32());
        Assert.Equal("Michoacán", ambush.GetProperty("location").GetProperty("admin1").GetString());
        Assert.Equal("MX", ambush.GetProperty("location").GetProperty("country").GetString());
        var perpetrator = ambush.GetProperty("actors").EnumerateArray().First(a => a.GetProperty("role").GetString() == "actor1");
        Assert.Equal("criminal_group", perpetrator.GetProperty("category").GetString());
        Assert.Equal("cjng", entities[perpetrator.GetProperty("entity").GetString()!].GetProperty("kb_id").GetString());
        foreach (var source in ambush.GetProperty("sources").EnumerateArray())
        {
            var start = source.GetProperty("start").GetInt32();
            var end = source.GetProperty("end").GetInt32();
            Assert.Equal(text[start..end], source.GetProperty("text").GetString());
        }

        var arrest = Assert.Single(events, e => e.GetProperty("subtype").GetString() == "Arrests");
        Assert.Equal(3, arrest.GetProperty("arrested").GetInt32());
    }

    [Fact]
    public async Task Stored_events_come_back_from_the_database_as_extract_wrote_them()
    {
        using var folder = new TempFolder();
        folder.Write("articles/emboscada.txt", Spanish);
        var database = folder.File("events.db");
        var extracted = folder.File("extract.json");

        Assert.Equal(0, (await AtalayaCli.RunAsync("extract", "--json", "--out", extracted, folder.File("articles"))).ExitCode);
        Assert.Equal(0, (await AtalayaCli.RunAsync("ingest", folder.File("articles"), "--db", database)).ExitCode);
        var exported = await AtalayaCli.RunAsync("export", "--db", database, "--format", "json");
        Assert.True(exported.ExitCode == 0, exported.ToString());

        using var fromExtract = JsonDocument.Parse(File.ReadAllText(extracted));
        using var fromDatabase = JsonDocument.Parse(exported.StdOut);
        Assert.Equal(fromExtract.RootElement.GetProperty("events").GetRawText(), fromDatabase.RootElement.GetProperty("events").GetRawText());
    }
}
