using System.Text.Json;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>Claims, conflicts and quotes survive ingest into the database and export from it.</summary>
public sealed class ExportClaimsTests
{
    [Fact]
    public async Task Claims_conflicts_and_quotes_survive_a_store_and_export_round_trip()
    {
        using var temp = new TempFolder();
        var folder = temp.File("articles");
        Directory.CreateDirectory(folder);
        await File.WriteAllTextAsync(Path.Combine(folder, "a.txt"), "Published: 2024-03-12\n\nThe Sinaloa Cartel was founded in 1989 in Culiacán, according to prosecutors. \"We will not negotiate with criminal groups under any circumstances,\" said Claudia Sheinbaum on Tuesday.\n");
        await File.WriteAllTextAsync(Path.Combine(folder, "b.txt"), "Published: 2024-05-02\n\nThe Sinaloa Cartel was founded in 1987, according to a new book about the drug trade in Mexico.\n");
        var database = temp.File("claims.db");

        var ingest = await AtalayaCli.RunAsync("ingest", folder, "--db", database);
        var export = await AtalayaCli.RunAsync("export", "--db", database, "--format", "json");

        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        Assert.True(export.ExitCode == 0, export.ToString());
        var corpus = Json.Parse(export.StdOut);
        var claims = corpus.GetProperty("claims").EnumerateArray().ToList();
        Assert.Equal([1989d, 1987d], claims.Select(c => c.GetProperty("value").GetDouble()));
        Assert.All(claims, c => Assert.Equal("founded_year", Json.Text(c, "attribute")));
        var conflict = Assert.Single(corpus.GetProperty("conflicts").EnumerateArray());
        Assert.Equal("conflict", Json.Text(conflict, "kind"));
        Assert.Equal(Json.Text(claims[0], "subject"), Json.Text(conflict, "subject"));
        var quote = Assert.Single(Json.Documents(corpus)[0].GetProperty("quotes").EnumerateArray());
        var speaker = corpus.GetProperty("entities").EnumerateArray().Single(e => Json.Text(e, "id") == Json.Text(quote, "speaker"));
        Assert.Equal("Claudia Sheinbaum Pardo", Json.Text(speaker, "name"));
        Assert.Equal(JsonValueKind.Array, Json.Documents(corpus)[0].GetProperty("document_claims").ValueKind);
    }
}
