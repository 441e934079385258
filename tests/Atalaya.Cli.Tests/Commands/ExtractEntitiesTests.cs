using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>
/// Entities through the real program and its shipped data (knowledge base, gazetteer, tagger):
/// two invented articles in two languages about real public places and forces.
/// </summary>
public sealed class ExtractEntitiesTests
{
    private const string Spanish = """
        Emboscan a la Guardia Nacional en Tepalcatepec

        Hombres armados atacaron el domingo un convoy de la Guardia Nacional en las afueras de Tepalcatepec, Michoacán. La Fiscalía General de la República abrió una investigación por el ataque.
        """;

    private const string English = """
        Gunmen ambush National Guard convoy in western Mexico

        Gunmen attacked a National Guard convoy on Sunday near Tepalcatepec, in the western state of Michoacán, Mexican officials said.
        """;

    [Fact]
    public async Task Entities_are_linked_across_languages_and_point_at_their_text()
    {
        using var folder = new TempFolder();
        folder.Write("es-emboscada.txt", Spanish);
        folder.Write("en-ambush.txt", English);
        var output = folder.File("out.json");

        var result = await AtalayaCli.RunAsync("extract", "--json", "--out", output, folder.Path);
        Assert.Equal(0, result.ExitCode);

        using var json = JsonDocument.Parse(File.ReadAllText(output));
        var root = json.RootElement;
        var entities = root.GetProperty("entities").EnumerateArray().ToDictionary(e => e.GetProperty("id").GetString()!);
        foreach (var document in root.GetProperty("documents").EnumerateArray())
        {
            var text = document.GetProperty("text").GetString()!;
            foreach (var local in document.GetProperty("entities").EnumerateArray())
            {
                Assert.True(entities.ContainsKey(local.GetProperty("entity").GetString()!));
                foreach (var mention in local.GetProperty("mentions").EnumerateArray())
                {
                    var start = mention.GetProperty("start").GetInt32();
                    var end = mention.GetProperty("end").GetInt32();
                    Assert.Equal(text[start..end], mention.GetProperty("text").GetString());
                }
            }
        }

        // The National Guard in Spanish and English is one knowledge-base entity with both names.
        var guard = Assert.Single(entities.Values, e => e.GetProperty("kb_id").GetString() == "guardia-nacional");
        var names = guard.GetProperty("aliases").EnumerateArray().Select(a => a.GetString()).Append(guard.GetProperty("name").GetString()).ToList();
        Assert.Contains("Guardia Nacional", names);
        Assert.Contains("National Guard", names);
        Assert.Equal("ORG", guard.GetProperty("type").GetString());

        // Tepalcatepec is geocoded to Michoacán, once for both documents.
        var town = Assert.Single(entities.Values, e => e.GetProperty("name").GetString() == "Tepalcatepec");
        Assert.Equal("LOC", town.GetProperty("type").GetString());
        Assert.Equal("MX", town.GetProperty("geo").GetProperty("country").GetString());
        Assert.StartsWith("Michoac", town.GetProperty("geo").GetProperty("admin1").GetString(), StringComparison.Ordinal);
    }
}
