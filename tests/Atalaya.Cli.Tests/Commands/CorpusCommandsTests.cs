namespace Atalaya.Cli.Tests.Commands;

/// <summary>stories, entity and conflicts on a database filled by a real ingest of invented articles.</summary>
public sealed class CorpusCommandsTests : IClassFixture<CorpusCommandsTests.StoredArticles>
{
    // An invented incident, told in Spanish and in English by two outlets; and an unrelated article.
    private const string Spanish =
        "Publicado el 14 de marzo de 2025\n"
        + "Atacan a balazos un taller en Zitácuaro; hay 6 muertos\n\n"
        + "Hombres armados atacaron el jueves un taller mecánico en Zitácuaro, Michoacán, y mataron a seis personas, informó la Fiscalía General del Estado.\n\n"
        + "Entre las víctimas está Baltazar Iturbe Carranza, dueño del taller, según el fiscal. Los agresores dejaron 137 casquillos en el lugar.\n\n"
        + "El Cártel Jalisco Nueva Generación disputa la región, dijo el gobierno de Michoacán.\n";

    private const string English =
        "Published March 14, 2025\n"
        + "Gunmen kill 6 at a repair shop in Zitacuaro, Mexico\n\n"
        + "Gunmen attacked a car repair shop in Zitácuaro, in the Mexican state of Michoacán, on Thursday and killed six people, prosecutors said.\n\n"
        + "The shop's owner, Baltazar Iturbe Carranza, was among the dead. Investigators found 137 shell casings at the scene.\n\n"
        + "The Jalisco New Generation Cartel is fighting for control of the region, Michoacán's government said.\n";

    private const string Unrelated =
        "Publicado el 2 de junio de 2023\n"
        + "Decomisan cargamento en el puerto de Lázaro Cárdenas\n\n"
        + "La Secretaría de Marina aseguró 950 kilos de cocaína en un contenedor procedente de Sudamérica en Lázaro Cárdenas, informó la dependencia.\n";

    private readonly StoredArticles stored;

    public CorpusCommandsTests(StoredArticles stored) => this.stored = stored;

    [Fact]
    public async Task Stories_lists_the_translated_pair_as_one_story_in_two_languages()
    {
        var result = await AtalayaCli.RunAsync("stories", "--db", stored.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("languages en, es", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("tienda-es", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("shop-en", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain("puerto-es", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("2 documents", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_finds_a_place_by_a_name_without_accents_and_lists_the_documents_mentioning_it()
    {
        var result = await AtalayaCli.RunAsync("entity", "ZITACUARO", "--db", stored.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("LOC", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("tienda-es", result.StdOut, StringComparison.Ordinal);
        Assert.Contains("shop-en", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Entity_says_so_and_exits_2_when_no_entity_has_the_name()
    {
        var result = await AtalayaCli.RunAsync("entity", "Nadie Inexistente", "--db", stored.Path);

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Contains("no entity named", result.StdOut, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Conflicts_prints_an_honest_line_when_there_are_none()
    {
        var result = await AtalayaCli.RunAsync("conflicts", "--db", stored.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.False(string.IsNullOrWhiteSpace(result.StdOut), result.ToString());
    }

    [Fact]
    public async Task Article_text_is_printed_without_control_characters()
    {
        var result = await AtalayaCli.RunAsync("stories", "--all", "--db", stored.Path);

        Assert.True(result.ExitCode == 0, result.ToString());
        Assert.Contains("Titular", result.StdOut, StringComparison.Ordinal);
        Assert.DoesNotContain('\u001b', result.StdOut);
        Assert.DoesNotContain('\u0007', result.StdOut);
    }

    [Fact]
    public async Task The_summary_commands_on_a_missing_database_exit_2_naming_it()
    {
        using var temp = new TempFolder();
        var missing = temp.File("nada.db");

        foreach (var args in new[] { new[] { "stories" }, ["entity", "x"], ["conflicts"] })
        {
            var result = await AtalayaCli.RunAsync([.. args, "--db", missing]);
            Assert.True(result.ExitCode == 2, result.ToString());
            Assert.Contains(missing, result.StdErr, StringComparison.Ordinal);
        }
    }

    public sealed class StoredArticles : IAsyncLifetime, IDisposable
    {
        private readonly TempFolder temp = new();

        public string Path => temp.File("corpus.db");

        public async Task InitializeAsync()
        {
            var folder = temp.Folder("articles");
            await File.WriteAllTextAsync(System.IO.Path.Combine(folder, "tienda-es.txt"), Spanish);
            await File.WriteAllTextAsync(System.IO.Path.Combine(folder, "shop-en.txt"), English);
            await File.WriteAllTextAsync(System.IO.Path.Combine(folder, "puerto-es.txt"), Unrelated);
            await File.WriteAllTextAsync(System.IO.Path.Combine(folder, "raro-es.txt"), "Titular \u001b[31mrojo\u001b[0m con campana\u0007\n\nUn texto breve sin más.\n");
            var result = await AtalayaCli.RunAsync("ingest", folder, "--db", Path);
            Assert.True(result.ExitCode == 0, result.ToString());
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => temp.Dispose();
    }
}
