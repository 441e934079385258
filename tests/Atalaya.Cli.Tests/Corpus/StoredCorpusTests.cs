using static Atalaya.Cli.Tests.Corpus.StoredCorpusArticles;

namespace Atalaya.Cli.Tests.Corpus;

/// <summary>
/// The consolidated corpus in SQLite, end to end: set A and set B ingested by two separate runs
/// (incremental) against both sets in one run (batch), on real files and real databases.
/// </summary>
public sealed class StoredCorpusTests : IClassFixture<StoredCorpusTests.TwoDatabases>
{
    /// <summary>Every corpus table, each in a fixed order, all columns.</summary>
    public static readonly string[] CorpusQueries =
    [
        "SELECT * FROM corpus_documents ORDER BY seq",
        "SELECT * FROM corpus_document_links ORDER BY seq",
        "SELECT * FROM corpus_entities ORDER BY seq",
        "SELECT * FROM corpus_entity_documents ORDER BY entity_id, document_id",
        "SELECT * FROM corpus_events ORDER BY seq",
        "SELECT * FROM corpus_event_documents ORDER BY event_id, document_id",
        "SELECT * FROM corpus_event_actors ORDER BY event_id, entity_id, role",
        "SELECT * FROM corpus_stories ORDER BY seq",
        "SELECT * FROM corpus_claims ORDER BY seq",
        "SELECT * FROM corpus_conflicts ORDER BY seq",
    ];

    private readonly TwoDatabases databases;

    public StoredCorpusTests(TwoDatabases databases) => this.databases = databases;

    [Fact]
    public void Ingesting_set_B_after_set_A_fills_every_corpus_table_as_one_run_over_both()
    {
        foreach (var query in CorpusQueries)
        {
            var batch = Database.Rows(databases.Batch, query);
            Assert.Equal(batch, Database.Rows(databases.Incremental, query));
        }

        Assert.Equal(5, Database.Count(databases.Incremental, "SELECT COUNT(*) FROM corpus_documents"));
        Assert.True(Database.Count(databases.Incremental, "SELECT COUNT(*) FROM corpus_entities") > 5);
    }

    [Fact]
    public async Task The_json_export_of_the_incremental_database_is_byte_identical_to_the_batch_one()
    {
        var incremental = databases.Temp.File("incremental.json");
        var batch = databases.Temp.File("batch.json");

        var first = await AtalayaCli.RunAsync("export", "--db", databases.Incremental, "--format", "json", "--out", incremental);
        var second = await AtalayaCli.RunAsync("export", "--db", databases.Batch, "--format", "json", "--out", batch);

        Assert.True(first.ExitCode == 0, first.ToString());
        Assert.True(second.ExitCode == 0, second.ToString());
        Assert.Equal(await File.ReadAllBytesAsync(batch), await File.ReadAllBytesAsync(incremental));
        Assert.Contains("\"duplicate_of\": \"1-emboscada-es\"", await File.ReadAllTextAsync(incremental), StringComparison.Ordinal);
    }

    [Fact]
    public void The_syndicated_copy_points_at_the_original_and_joins_its_story()
    {
        Assert.Equal(
            ["2-emboscada-copia-es\t1-emboscada-es"],
            Database.Rows(databases.Incremental, "SELECT document_id, duplicate_of FROM corpus_documents WHERE duplicate_of IS NOT NULL"));
        Assert.Equal(
            Database.Scalar(databases.Incremental, "SELECT story_id FROM corpus_documents WHERE document_id = '1-emboscada-es'"),
            Database.Scalar(databases.Incremental, "SELECT story_id FROM corpus_documents WHERE document_id = '2-emboscada-copia-es'"));
    }

    [Fact]
    public void The_translated_pair_shares_a_story_in_two_languages_and_one_event_with_both_sources()
    {
        var db = databases.Incremental;
        var story = Database.Scalar(db, "SELECT story_id FROM corpus_documents WHERE document_id = '1-emboscada-es'") as string;
        Assert.NotNull(story);
        Assert.Equal(story, Database.Scalar(db, "SELECT story_id FROM corpus_documents WHERE document_id = '1-ambush-en'"));
        Assert.Equal(
            [$"es,en\t3\t2025-02-11\t2025-02-11"],
            Database.Rows(db, $"SELECT languages, documents, first_published, last_published FROM corpus_stories WHERE id = '{story}'"));

        var shared = Database.Rows(db, """
            SELECT e.event_id FROM corpus_event_documents e JOIN corpus_event_documents f ON f.event_id = e.event_id
            WHERE e.document_id = '1-emboscada-es' AND f.document_id = '1-ambush-en'
            """);
        var only = Assert.Single(shared);
        Assert.Equal(
            ["1-ambush-en\ten", "1-emboscada-es\tes", "2-emboscada-copia-es\tes"],
            Database.Rows(db, $"SELECT document_id, language FROM corpus_event_documents WHERE event_id = '{only}' ORDER BY document_id"));
        Assert.Equal(
            [$"Huetamo\tMichoacán\tMX\t9\t{story}"],
            Database.Rows(db, $"SELECT place, admin1, country, fatalities, story_id FROM corpus_events WHERE id = '{only}'"));
        Assert.Equal(1L, Database.Count(db, $"SELECT COUNT(*) FROM corpus_events WHERE id = '{only}' AND lat IS NOT NULL AND lon IS NOT NULL AND json LIKE '%\"sources\"%'"));
    }

    [Fact]
    public void Two_attacks_in_the_same_town_on_different_days_stay_two_events_and_two_stories()
    {
        var db = databases.Incremental;
        var stories = Database.Rows(db, "SELECT story_id FROM corpus_documents WHERE document_id IN ('2-sahuayo-es', '3-sahuayo-tienda-es') ORDER BY seq");
        Assert.Equal(2, stories.Distinct().Count());

        var first = Database.Rows(db, "SELECT event_id FROM corpus_event_documents WHERE document_id = '2-sahuayo-es'");
        var second = Database.Rows(db, "SELECT event_id FROM corpus_event_documents WHERE document_id = '3-sahuayo-tienda-es'");
        Assert.NotEmpty(first);
        Assert.NotEmpty(second);
        Assert.Empty(first.Intersect(second));
        // The place as the article writes it: the town, and the neighbourhood ("colonia") inside it where the second attack was.
        Assert.Equal(
            ["2025-02-02\tSahuayo", "2025-02-06\tSan Pedro de Sahuayo"],
            Database.Rows(db, "SELECT DISTINCT date, place FROM corpus_events WHERE type = 'Violence against civilians' AND admin1 = 'Michoacán' ORDER BY date"));
    }

    [Fact]
    public async Task Stories_entity_and_conflicts_print_the_stored_corpus()
    {
        var stories = await AtalayaCli.RunAsync("stories", "--db", databases.Incremental);
        var entity = await AtalayaCli.RunAsync("entity", "huetamo", "--db", databases.Incremental);
        var conflicts = await AtalayaCli.RunAsync("conflicts", "--db", databases.Incremental);

        Assert.True(stories.ExitCode == 0, stories.ToString());
        Assert.Contains("languages es, en", stories.StdOut, StringComparison.Ordinal);
        Assert.Contains("(copy of 1-emboscada-es)", stories.StdOut, StringComparison.Ordinal);
        Assert.Contains("3 documents", stories.StdOut, StringComparison.Ordinal);
        Assert.True(entity.ExitCode == 0, entity.ToString());
        Assert.Contains("Huetamo", entity.StdOut, StringComparison.Ordinal);
        Assert.Contains("1-ambush-en", entity.StdOut, StringComparison.Ordinal);
        Assert.True(conflicts.ExitCode == 0, conflicts.ToString());
        Assert.False(string.IsNullOrWhiteSpace(conflicts.StdOut), conflicts.ToString());
    }

    [Fact]
    public void Consolidation_progress_reaches_the_last_stored_document()
    {
        foreach (var db in new[] { databases.Incremental, databases.Batch })
        {
            Assert.Equal(
                Database.Scalar(db, "SELECT MAX(seq) FROM documents"),
                Database.Scalar(db, "SELECT value FROM corpus_progress WHERE name = 'consolidated_seq'"));
        }
    }

    public sealed class TwoDatabases : IAsyncLifetime, IDisposable
    {
        public TempFolder Temp { get; } = new();

        public string Incremental => Temp.File("incremental.db");

        public string Batch => Temp.File("batch.db");

        public async Task InitializeAsync()
        {
            var a = Write(Temp, "a", SetA);
            var b = Write(Temp, "b", SetB);
            foreach (var args in new[]
            {
                new[] { "ingest", a, "--db", Incremental },
                ["ingest", b, "--db", Incremental],
                ["ingest", a, b, "--db", Batch],
            })
            {
                var result = await AtalayaCli.RunAsync(args);
                Assert.True(result.ExitCode == 0, result.ToString());
            }
        }

        public Task DisposeAsync() => Task.CompletedTask;

        public void Dispose() => Temp.Dispose();
    }
}
