using Atalaya.Storage.Tests.Engines;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

public abstract class DeduplicationTests(StoreEngine engine) : StoreTests(engine)
{
    [Fact]
    public void Same_content_twice_in_one_run_is_stored_once()
    {
        var path = Engine.NewDatabase("dedup");
        using var store = Engine.Open(path);

        bool first, second;
        using (var run = store.BeginRun("one run"))
        {
            first = run.Add(Documents.Numbered(7));
            second = run.Add(Documents.Numbered(7));
            run.Complete();
        }

        Assert.True(first);
        Assert.False(second);
        Assert.Single(store.Documents());
        Assert.Equal(1, Engine.Count(path, "SELECT documents_added FROM runs"));
        Assert.Equal(1, Engine.Count(path, "SELECT documents_known FROM runs"));
    }

    [Fact]
    public void Same_content_in_a_later_run_is_stored_once()
    {
        var path = Engine.NewDatabase("dedup");
        using var store = Engine.Open(path);
        using (var run = store.BeginRun("first"))
        {
            Assert.True(run.Add(Documents.Numbered(1)));
            Assert.True(run.Add(Documents.Numbered(2)));
            run.Complete();
        }

        bool again;
        using (var run = store.BeginRun("second"))
        {
            again = run.Add(Documents.Numbered(2));
            Assert.True(run.Add(Documents.Numbered(3)));
            run.Complete();
        }

        Assert.False(again);
        Assert.Equal(["doc-00001", "doc-00002", "doc-00003"], store.Documents().Select(d => d.Id));
        Assert.Equal(["1", "2"], Engine.Column(path, "SELECT run_id FROM documents WHERE id = 'doc-00002' OR id = 'doc-00003' ORDER BY seq"));
    }

    [Fact]
    public void The_content_hash_is_the_key_so_a_copy_under_another_id_is_not_stored()
    {
        using var store = Engine.Open(Engine.NewDatabase("dedup"));
        const string text = "Asaltan una gasolinera en Puente Alto del Río\n\nDos hombres armados se llevaron la recaudación del día.";

        using (var run = store.BeginRun("copies"))
        {
            Assert.True(run.Add(Documents.Create("original", text)));
            Assert.False(run.Add(Documents.Create("copia", text, source: "/otra/carpeta/copia.txt")));
            run.Complete();
        }

        var stored = Assert.Single(store.Documents());
        Assert.Equal("original", stored.Id);
        Assert.True(store.Contains(Documents.Hash(text)));
    }

    [Fact]
    public void Contains_can_be_asked_while_a_run_is_open_as_the_ingest_does_before_analyzing()
    {
        using var store = Engine.Open(Engine.NewDatabase("asked"));
        using (var run = store.BeginRun("earlier"))
        {
            run.Add(Documents.Numbered(1));
            run.Complete();
        }

        using (var run = store.BeginRun("later"))
        {
            Assert.True(run.Add(Documents.Numbered(2)));
            Assert.True(store.Contains(Documents.Numbered(1).ContentHash));
            Assert.False(store.Contains(Documents.Numbered(3).ContentHash));
            Assert.True(run.Add(Documents.Numbered(3)));
            Assert.False(run.Add(Documents.Numbered(2)));
            run.Complete();
        }

        Assert.Equal(["doc-00001", "doc-00002", "doc-00003"], store.Documents().Select(d => d.Id));
    }

    [Fact]
    public void Contains_is_false_for_content_never_stored()
    {
        using var store = Engine.Open(Engine.NewDatabase("dedup"));
        using (var run = store.BeginRun("one"))
        {
            run.Add(Documents.Numbered(1));
            run.Complete();
        }

        Assert.True(store.Contains(Documents.Numbered(1).ContentHash));
        Assert.False(store.Contains(Documents.Numbered(2).ContentHash));
    }
}

public sealed class DeduplicationTestsOnSqlite() : DeduplicationTests(new SqliteEngine());

[Collection(UsesPostgresServer.Name)]
public sealed class DeduplicationTestsOnPostgres(PostgresServer server) : DeduplicationTests(new PostgresEngine(server));
