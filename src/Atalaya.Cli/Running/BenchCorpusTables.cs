using System.Text.Json;
using Atalaya.Core.Contract;
using Microsoft.Data.Sqlite;

namespace Atalaya.Cli.Running;

/// <summary>
/// Fills the corpus_* tables of a bench database from one batch-built corpus, row for row as the
/// schema describes them, so the workbench benchmark reads a consolidated database of any size.
/// </summary>
internal static class BenchCorpusTables
{
    public static void Write(string databasePath, ContractCorpus corpus)
    {
        using var connection = new SqliteConnection(new SqliteConnectionStringBuilder { DataSource = databasePath, Pooling = false }.ToString());
        connection.Open();
        using var transaction = connection.BeginTransaction();
        var seqOf = new Dictionary<string, long>(StringComparer.Ordinal);
        using (var ids = connection.CreateCommand())
        {
            ids.Transaction = transaction;
            ids.CommandText = "SELECT id, seq FROM documents";
            using var reader = ids.ExecuteReader();
            while (reader.Read())
            {
                seqOf.TryAdd(reader.GetString(0), reader.GetInt64(1));
            }
        }

        var languageOf = corpus.Documents.ToDictionary(d => d.Id, d => d.Language, StringComparer.Ordinal);
        var storyOf = corpus.Documents.ToDictionary(d => d.Id, d => d.Story, StringComparer.Ordinal);
        var json = ContractJsonContext.Default;

        var documents = Insert(connection, transaction, "corpus_documents", "document_id", "seq", "duplicate_of", "story_id");
        foreach (var d in corpus.Documents.Where(d => seqOf.ContainsKey(d.Id)))
        {
            Run(documents, d.Id, seqOf[d.Id], d.DuplicateOf, d.Story);
        }

        var entities = Insert(connection, transaction, "corpus_entities", "id", "seq", "type", "name", "kind", "kb_id", "admin1", "json");
        var seq = 0;
        foreach (var e in corpus.Entities)
        {
            Run(entities, e.Id, ++seq, e.Type, e.Name, e.Kind, e.KbId, e.Geo?.Admin1, JsonSerializer.Serialize(e, json.ContractEntity));
        }

        var mentions = Insert(connection, transaction, "corpus_entity_documents", "entity_id", "document_id", "mentions");
        foreach (var d in corpus.Documents)
        {
            foreach (var group in d.Entities.GroupBy(m => m.Entity, StringComparer.Ordinal))
            {
                Run(mentions, group.Key, d.Id, group.Sum(m => m.Mentions.Count));
            }
        }

        var events = Insert(connection, transaction, "corpus_events", "id", "seq", "type", "subtype", "date", "date_precision", "country", "admin1", "place", "lat", "lon", "fatalities", "story_id", "json");
        var eventDocuments = Insert(connection, transaction, "corpus_event_documents", "event_id", "document_id", "language");
        var actors = Insert(connection, transaction, "corpus_event_actors", "event_id", "entity_id", "role");
        seq = 0;
        foreach (var e in corpus.Events)
        {
            var sources = e.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal).ToList();
            var story = sources.Select(s => storyOf.GetValueOrDefault(s)).FirstOrDefault(s => s is not null);
            var l = e.Location;
            Run(events, e.Id, ++seq, e.Type, e.Subtype, e.Date, e.DatePrecision, l?.Country, l?.Admin1, l?.Place, l?.Lat, l?.Lon, e.Fatalities, story, JsonSerializer.Serialize(e, json.ContractEvent));
            foreach (var source in sources)
            {
                Run(eventDocuments, e.Id, source, languageOf.GetValueOrDefault(source) ?? "und");
            }

            foreach (var actor in e.Actors.Where(a => a.Entity is not null).Select(a => (a.Entity, a.Role)).Distinct())
            {
                Run(actors, e.Id, actor.Entity, actor.Role);
            }
        }

        var stories = Insert(connection, transaction, "corpus_stories", "id", "seq", "title", "first_published", "last_published", "languages", "documents", "json");
        seq = 0;
        var published = corpus.Documents.ToDictionary(d => d.Id, d => d.Published, StringComparer.Ordinal);
        foreach (var s in corpus.Stories)
        {
            var dates = s.Documents.Select(d => published.GetValueOrDefault(d)).OfType<string>().Order(StringComparer.Ordinal).ToList();
            Run(stories, s.Id, ++seq, s.Title, dates.FirstOrDefault(), dates.LastOrDefault(), string.Join(',', s.Languages), s.Documents.Count, JsonSerializer.Serialize(s, json.ContractStory));
        }

        var claims = Insert(connection, transaction, "corpus_claims", "seq", "subject", "attribute", "value", "document_id", "json");
        seq = 0;
        foreach (var c in corpus.Claims)
        {
            Run(claims, seq++, c.Subject, c.Attribute, c.Value, c.Document, JsonSerializer.Serialize(c, json.ContractClaim));
        }

        var conflicts = Insert(connection, transaction, "corpus_conflicts", "seq", "subject", "attribute", "kind", "json");
        seq = 0;
        foreach (var c in corpus.Conflicts)
        {
            Run(conflicts, ++seq, c.Subject, c.Attribute, c.Kind, JsonSerializer.Serialize(c, json.ContractConflict));
        }

        transaction.Commit();
        foreach (var command in new[] { documents, entities, mentions, events, eventDocuments, actors, stories, claims, conflicts })
        {
            command.Dispose();
        }
    }

    private static SqliteCommand Insert(SqliteConnection connection, SqliteTransaction transaction, string table, params string[] columns)
    {
        var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = $"INSERT OR IGNORE INTO {table} ({string.Join(", ", columns)}) VALUES ({string.Join(", ", columns.Select((_, i) => "$p" + i))})";
        for (var i = 0; i < columns.Length; i++)
        {
            command.Parameters.Add(new SqliteParameter("$p" + i, null));
        }

        command.Prepare();
        return command;
    }

    private static void Run(SqliteCommand command, params object?[] values)
    {
        for (var i = 0; i < values.Length; i++)
        {
            command.Parameters[i].Value = values[i] ?? DBNull.Value;
        }

        command.ExecuteNonQuery();
    }
}
