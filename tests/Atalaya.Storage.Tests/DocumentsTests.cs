using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

public abstract class DocumentsTests(StoreEngine engine) : StoreTests(engine)
{
    [Fact]
    public void Documents_come_back_in_insertion_order_with_their_text()
    {
        using var store = Engine.Open(Engine.NewDatabase("docs"));
        var written = new[]
        {
            Documents.Create("zeta", "Incendio en un almacén de Nordvik\n\nLos bomberos trabajaron seis horas.", "es"),
            Documents.Create("alfa", "Customs seize cocaine at Puerto Celeste\n\nThree tonnes were found in banana crates.", "en"),
            Documents.Create("mike", "Overval op geldtransport bij Oosterveld\n\nEén beveiliger raakte gewond.", "nl"),
        };

        using (var run = store.BeginRun("order"))
        {
            foreach (var document in written)
            {
                Assert.True(run.Add(document));
            }

            run.Complete();
        }

        var read = store.Documents().ToList();
        Assert.Equal(["zeta", "alfa", "mike"], read.Select(d => d.Id));
        Assert.Equal(written.Select(d => d.Text), read.Select(d => d.Text));
    }

    [Fact]
    public void A_stored_document_keeps_its_contract_fields()
    {
        using var store = Engine.Open(Engine.NewDatabase("docs"));
        var original = Documents.Create("bergheim", "Schüsse vor Gaststätte in Bergheim\n\nZwei Männer wurden verletzt.", "de", source: "/corpus/de/bergheim.html");
        original.Url = "https://beispiel.invalid/bergheim";
        original.Errors = ["entities: model missing"];

        using (var run = store.BeginRun("fields"))
        {
            run.Add(original);
            run.Complete();
        }

        var stored = Assert.Single(store.Documents());
        Assert.Equal(original.Id, stored.Id);
        Assert.Equal(original.Source, stored.Source);
        Assert.Equal(original.Url, stored.Url);
        Assert.Equal("de", stored.Language);
        Assert.Equal(0.5, stored.LanguageConfidence);
        Assert.Equal(original.Title, stored.Title);
        Assert.Equal("2025-04-03", stored.Published);
        Assert.Equal("Lucía Ferrer", stored.Byline);
        Assert.Equal(original.ContentHash, stored.ContentHash);
        Assert.Equal(original.Text, stored.Text);
        var span = Assert.Single(stored.Boilerplate);
        Assert.Equal((0, 4, "Schü"), (span.Start, span.End, span.Text));
        Assert.Equal(["entities: model missing"], stored.Errors!);
    }

    [Fact]
    public void Add_leaves_the_callers_document_text_in_place()
    {
        using var store = Engine.Open(Engine.NewDatabase("docs"));
        var document = Documents.Numbered(4);
        var text = document.Text;

        using var run = store.BeginRun("text");
        run.Add(document);
        run.Complete();

        Assert.Equal(text, document.Text);
    }

    [Fact]
    public void The_text_is_kept_in_its_own_column_not_in_the_analysis_json()
    {
        var path = Engine.NewDatabase("docs");
        using (var store = Engine.Open(path))
        using (var run = store.BeginRun("columns"))
        {
            run.Add(Documents.Numbered(5));
            run.Complete();
        }

        Assert.Equal(Documents.Numbered(5).Text, Engine.Scalar(path, "SELECT text FROM documents"));
        var analysis = (string)Engine.Scalar(path, "SELECT analysis FROM documents")!;
        Assert.Contains("\"text\":null", analysis, StringComparison.Ordinal);
    }

    [Fact]
    public void Add_without_text_is_refused()
    {
        using var store = Engine.Open(Engine.NewDatabase("docs"));
        var document = Documents.Numbered(6);
        document.Text = null;

        using var run = store.BeginRun("no text");

        Assert.Throws<ArgumentException>(() => run.Add(document));
    }

    [Fact]
    public void An_empty_store_has_no_documents()
    {
        using var store = Engine.Open(Engine.NewDatabase("empty"));

        Assert.Empty(store.Documents());
        Assert.Empty(store.FailedSources());
    }
}

public sealed class DocumentsTestsOnSqlite() : DocumentsTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class DocumentsTestsOnPostgres(PostgresServer server) : DocumentsTests(new PostgresEngine(server));
