using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using System.Data.Common;

namespace Atalaya.Storage.Relational;

/// <summary>
/// Writes consolidated corpus objects into the corpus_* tables, one row (and its link rows) at a
/// time, replacing what a changed object had before. On a server the statements go in batches, in
/// order: nothing written here waits on what an earlier statement answered; <see cref="Flush"/>
/// sends what is left. Columns are the fixed interface of
/// each engine's schema; the json columns hold the contract objects as the export writes them.
/// </summary>
internal sealed class CorpusRowWriter : IDisposable
{
    private readonly DbConnection connection;
    private readonly DbTransaction transaction;
    private readonly Dictionary<string, DbCommand> commands = new(StringComparer.Ordinal);
    private const int StatementsPerBatch = 1000;

    private readonly SqlDialect dialect;
    private DbBatch? batch;

    // The language of each corpus document this writer wrote (the first stored document of its id),
    // so that its events' rows need not look it up again in the documents table.
    private readonly Dictionary<string, string> languages = new(StringComparer.Ordinal);

    public CorpusRowWriter(SqlDialect dialect, DbConnection connection, DbTransaction transaction)
    {
        this.dialect = dialect;
        this.connection = connection;
        this.transaction = transaction;
    }

    /// <summary>Empties every corpus table, for a consolidation from the first document.</summary>
    public void Clear()
    {
        foreach (var table in new[]
        {
            "corpus_documents", "corpus_document_links", "corpus_entities", "corpus_entity_documents", "corpus_events",
            "corpus_event_documents", "corpus_event_actors", "corpus_stories", "corpus_claims", "corpus_conflicts",
            "corpus_progress", "corpus_state", "corpus_state_numbered", "corpus_state_lists", "corpus_state_sets",
        })
        {
            Run($"DELETE FROM {table}");
        }
    }

    /// <summary>
    /// A consolidated document: what consolidation added to its analysis (its links), its story and
    /// original, the entities it mentions with their counts. A second stored document with an id
    /// already taken keeps its links (export lists it) but not a corpus_documents row: the first one
    /// of an id is the one ids point at.
    /// </summary>
    public void Document(long seq, ContractDocument document)
    {
        var links = DocumentLinks.Of(document);
        Run(
            """
            INSERT INTO corpus_document_links(seq, duplicate_of, story_id, events, entities) VALUES (@seq, @duplicate, @story, @events, @entities)
            ON CONFLICT(seq) DO UPDATE SET duplicate_of = excluded.duplicate_of, story_id = excluded.story_id, events = excluded.events, entities = excluded.entities
            """,
            ("@seq", seq),
            ("@duplicate", links.DuplicateOf),
            ("@story", links.Story),
            ("@events", links.Events),
            ("@entities", links.Entities));

        var inserted = Run(
            "INSERT INTO corpus_documents(document_id, seq, duplicate_of, story_id) VALUES (@id, @seq, @duplicate, @story) ON CONFLICT(document_id) DO NOTHING",
            ("@id", document.Id),
            ("@seq", seq),
            ("@duplicate", document.DuplicateOf),
            ("@story", document.Story));
        if (inserted == 0)
        {
            return;
        }

        if (inserted == 1)
        {
            languages[document.Id] = document.Language;
        }

        // One statement for all its entities, and only when this document is the one its id points at
        // (a batched insert above does not say).
        var mentions = document.Entities.GroupBy(e => e.Entity, StringComparer.Ordinal).Select(g => (object?[])[g.Key, (long)g.Sum(e => e.Mentions.Count)]).ToList();
        if (mentions.Count > 0)
        {
            Run(
                $"""
                INSERT INTO corpus_entity_documents(entity_id, document_id, mentions)
                SELECT v.column1, @document, v.column2 FROM (VALUES {Tuples(mentions.Count, 2)}) AS v
                WHERE EXISTS (SELECT 1 FROM corpus_documents WHERE document_id = @document AND seq = @seq)
                ON CONFLICT(entity_id, document_id) DO UPDATE SET mentions = excluded.mentions
                """,
                [("@document", document.Id), ("@seq", seq), .. TupleValues(mentions)]);
        }
    }

    public void Entity(ContractEntity entity)
    {
        Run(
            """
            INSERT INTO corpus_entities(id, seq, type, name, kind, kb_id, admin1, json)
            VALUES (@id, @seq, @type, @name, @kind, @kb, @admin1, @json)
            ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, type = excluded.type, name = excluded.name, kind = excluded.kind,
                kb_id = excluded.kb_id, admin1 = excluded.admin1, json = excluded.json
            """,
            ("@id", entity.Id),
            ("@seq", Number(entity.Id)),
            ("@type", entity.Type),
            ("@name", entity.Name),
            ("@kind", entity.Kind),
            ("@kb", entity.KbId),
            ("@admin1", entity.Geo?.Admin1),
            ("@json", JsonSerializer.Serialize(entity, ContractJsonContext.Default.ContractEntity)));
    }

    /// <summary>An event with its source documents (and each one's language) and its named actors.</summary>
    public void Event(ContractEvent reported, string? story)
    {
        var location = reported.Location;
        Run(
            """
            INSERT INTO corpus_events(id, seq, type, subtype, date, date_precision, country, admin1, place, lat, lon, fatalities, story_id, json)
            VALUES (@id, @seq, @type, @subtype, @date, @precision, @country, @admin1, @place, @lat, @lon, @fatalities, @story, @json)
            ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, type = excluded.type, subtype = excluded.subtype, date = excluded.date,
                date_precision = excluded.date_precision, country = excluded.country, admin1 = excluded.admin1, place = excluded.place,
                lat = excluded.lat, lon = excluded.lon, fatalities = excluded.fatalities, story_id = excluded.story_id, json = excluded.json
            """,
            ("@id", reported.Id),
            ("@seq", Number(reported.Id)),
            ("@type", reported.Type),
            ("@subtype", reported.Subtype),
            ("@date", reported.Date),
            ("@precision", reported.DatePrecision),
            ("@country", location?.Country),
            ("@admin1", location?.Admin1),
            ("@place", location?.Place),
            ("@lat", location?.Lat),
            ("@lon", location?.Lon),
            ("@fatalities", reported.Fatalities),
            ("@story", story),
            ("@json", JsonSerializer.Serialize(reported, ContractJsonContext.Default.ContractEvent)));

        // Its documents and actors: each list in one statement (a statement per row costs more than the row).
        Run("DELETE FROM corpus_event_documents WHERE event_id = @id", ("@id", reported.Id));
        var documents = reported.Sources.Select(s => s.Document).Distinct(StringComparer.Ordinal).ToList();
        if (documents.All(languages.ContainsKey) && documents.Count > 0)
        {
            Run(
                $"""
                INSERT INTO corpus_event_documents(event_id, document_id, language)
                SELECT @event, v.column1, v.column2 FROM (VALUES {Tuples(documents.Count, 2)}) AS v WHERE true
                ON CONFLICT DO NOTHING
                """,
                [("@event", reported.Id), .. TupleValues([.. documents.Select(d => (object?[])[d, languages[d]])])]);
        }
        else if (documents.Count > 0)
        {
            Run(
                $"""
                INSERT INTO corpus_event_documents(event_id, document_id, language)
                SELECT @event, v.column1, COALESCE((SELECT d.language FROM corpus_documents c JOIN documents d ON d.seq = c.seq WHERE c.document_id = v.column1), 'und')
                FROM (VALUES {Tuples(documents.Count, 1)}) AS v WHERE true
                ON CONFLICT DO NOTHING
                """,
                [("@event", reported.Id), .. TupleValues([.. documents.Select(d => (object?[])[d])])]);
        }

        Run("DELETE FROM corpus_event_actors WHERE event_id = @id", ("@id", reported.Id));
        var actors = reported.Actors.Where(a => a.Entity is not null).Select(a => (object?[])[a.Entity, a.Role]).ToList();
        if (actors.Count > 0)
        {
            Run(
                $"""
                INSERT INTO corpus_event_actors(event_id, entity_id, role)
                SELECT @event, v.column1, v.column2 FROM (VALUES {Tuples(actors.Count, 2)}) AS v WHERE true
                ON CONFLICT DO NOTHING
                """,
                [("@event", reported.Id), .. TupleValues(actors)]);
        }
    }

    /// <summary>
    /// A story merged into another: the rows written earlier that name it (its documents, their
    /// links, its events) name the other now, and its own row goes (the other's is written after).
    /// </summary>
    public void MergeStory(string absorbed, string into)
    {
        Run(
            "UPDATE corpus_document_links SET story_id = @into WHERE seq IN (SELECT seq FROM corpus_documents WHERE story_id = @absorbed)",
            ("@absorbed", absorbed),
            ("@into", into));
        Run("UPDATE corpus_documents SET story_id = @into WHERE story_id = @absorbed", ("@absorbed", absorbed), ("@into", into));
        Run("UPDATE corpus_events SET story_id = @into WHERE story_id = @absorbed", ("@absorbed", absorbed), ("@into", into));
        Run("DELETE FROM corpus_stories WHERE id = @absorbed", ("@absorbed", absorbed));
    }

    /// <summary>A story; its first and last publication dates are those of its documents (written before it).</summary>
    public void Story(ContractStory story)
    {
        Run(
            """
            INSERT INTO corpus_stories(id, seq, title, first_published, last_published, languages, documents, json)
            SELECT @id, @seq, @title, MIN(d.published), MAX(d.published), @languages, @documents, @json
            FROM corpus_documents c JOIN documents d ON d.seq = c.seq WHERE c.story_id = @id
            ON CONFLICT(id) DO UPDATE SET seq = excluded.seq, title = excluded.title, first_published = excluded.first_published,
                last_published = excluded.last_published, languages = excluded.languages, documents = excluded.documents, json = excluded.json
            """,
            ("@id", story.Id),
            ("@seq", Number(story.Id)),
            ("@title", story.Title),
            ("@languages", string.Join(',', story.Languages)),
            ("@documents", story.Documents.Count),
            ("@json", JsonSerializer.Serialize(story, ContractJsonContext.Default.ContractStory)));
    }

    /// <summary>A claim at its index in the corpus claims (conflicts refer to claims by that index); seq is index + 1.</summary>
    public void Claim(int index, ContractClaim claim)
    {
        Run(
            """
            INSERT INTO corpus_claims(seq, subject, attribute, value, document_id, json) VALUES (@seq, @subject, @attribute, @value, @document, @json)
            ON CONFLICT(seq) DO UPDATE SET subject = excluded.subject, attribute = excluded.attribute, value = excluded.value,
                document_id = excluded.document_id, json = excluded.json
            """,
            ("@seq", index + 1),
            ("@subject", claim.Subject),
            ("@attribute", claim.Attribute),
            ("@value", claim.Value),
            ("@document", claim.Document),
            ("@json", JsonSerializer.Serialize(claim, ContractJsonContext.Default.ContractClaim)));
    }

    /// <summary>
    /// A conflict keyed by its first claim (index + 1): conflicts are listed in the order their subject
    /// and attribute first appear among the claims, so that order is the order of seq.
    /// </summary>
    public void Conflict(ContractConflict conflict, int firstClaim)
    {
        Run(
            """
            INSERT INTO corpus_conflicts(seq, subject, attribute, kind, json) VALUES (@seq, @subject, @attribute, @kind, @json)
            ON CONFLICT(seq) DO UPDATE SET subject = excluded.subject, attribute = excluded.attribute, kind = excluded.kind, json = excluded.json
            """,
            ("@seq", firstClaim + 1),
            ("@subject", conflict.Subject),
            ("@attribute", conflict.Attribute),
            ("@kind", conflict.Kind),
            ("@json", JsonSerializer.Serialize(conflict, ContractJsonContext.Default.ContractConflict)));
    }

    public void RemoveConflict(int firstClaim) => Run("DELETE FROM corpus_conflicts WHERE seq = @seq", ("@seq", firstClaim + 1));

    public void Progress(string name, long value)
        => Run("INSERT INTO corpus_progress(name, value) VALUES (@name, @value) ON CONFLICT(name) DO UPDATE SET value = excluded.value", ("@name", name), ("@value", value));

    /// <summary>Sends the statements batched so far (call before committing).</summary>
    public void Flush()
    {
        if (batch is { BatchCommands.Count: > 0 })
        {
            batch.ExecuteNonQuery();
        }

        batch?.Dispose();
        batch = null;
    }

    public void Dispose()
    {
        // Statements not flushed are dropped: a writer disposed by an exception writes nothing more.
        batch?.Dispose();
        foreach (var command in commands.Values)
        {
            command.Dispose();
        }
    }

    private int? Batch(string sql, (string Name, object? Value)[] parameters)
    {
        batch ??= connection.CreateBatch();
        batch.Transaction = transaction;
        var command = batch.CreateBatchCommand();
        command.CommandText = sql;
        foreach (var (name, value) in parameters)
        {
            var parameter = command.CreateParameter();
            parameter.ParameterName = name;
            parameter.Value = Commands.Value(value);
            command.Parameters.Add(parameter);
        }

        batch.BatchCommands.Add(command);
        if (batch.BatchCommands.Count >= StatementsPerBatch)
        {
            Flush();
        }

        return null;
    }

    /// <summary>"(@v0_0, @v0_1), (@v1_0, @v1_1)": the VALUES rows of <see cref="TupleValues"/>'s parameters.</summary>
    private static string Tuples(int rows, int columns)
        => string.Join(", ", Enumerable.Range(0, rows).Select(r => "(" + string.Join(", ", Enumerable.Range(0, columns).Select(c => string.Create(CultureInfo.InvariantCulture, $"@v{r}_{c}"))) + ")"));

    private static IEnumerable<(string Name, object? Value)> TupleValues(IReadOnlyList<object?[]> rows)
        => rows.SelectMany((row, r) => row.Select((value, c) => (string.Create(CultureInfo.InvariantCulture, $"@v{r}_{c}"), value)));

    /// <summary>The number of E12, V3, S7.</summary>
    private static long Number(string id) => long.Parse(id.AsSpan(1), NumberStyles.None, CultureInfo.InvariantCulture);

    /// <summary>Runs a statement; its count of rows changed, or null when it was batched (it runs at the next flush).</summary>
    private int? Run(string sql, params (string Name, object? Value)[] parameters)
    {
        if (dialect.BatchesStatements)
        {
            return Batch(sql, parameters);
        }

        if (!commands.TryGetValue(sql, out var command))
        {
            command = connection.CreateCommand();
            command.CommandText = sql;
            foreach (var (name, _) in parameters)
            {
                Commands.Add(command, name);
            }

            commands[sql] = command;
        }

        command.Transaction = transaction;
        for (var i = 0; i < parameters.Length; i++)
        {
            command.Parameters[i].Value = Commands.Value(parameters[i].Value);
        }

        return command.ExecuteNonQuery();
    }
}
