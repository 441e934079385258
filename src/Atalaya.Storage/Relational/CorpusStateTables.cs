using System.Globalization;
using System.Text;
using Atalaya.Core.Corpus.State;
using System.Data.Common;

namespace Atalaya.Storage.Relational;

/// <summary>
/// The consolidation state in the database, written in the transaction of the consolidation that
/// changes it (buffered until <see cref="Flush"/>): numbered records and lists in integer-keyed
/// tables (corpus_state_numbered, corpus_state_sets), the few keyed by text in corpus_state and
/// corpus_state_lists. What the corpus rows of the same transaction hold (<see cref="StateKinds"/>)
/// is read from them and not written twice.
/// </summary>
internal sealed class CorpusStateTables : ICorpusStateStore, IDisposable
{
    // Numbered kinds and their code in the high bits of corpus_state_numbered.id and in
    // corpus_state_sets.kind. Fixed: a stored state is read with the codes it was written with.
    private static readonly Dictionary<string, long> NumberedKinds = new(StringComparer.Ordinal)
    {
        ["dup.entry"] = 1,
        ["story.profile"] = 2,
        ["story.df"] = 3,
        ["event"] = 4,
        ["dup.bucket"] = 5,
        ["story.postings"] = 6,
    };

    private const int NumberBits = 40;

    private readonly StateQueries queries;
    private readonly Dictionary<(string Kind, string Key), long> lengths = [];
    private readonly Dictionary<(string Kind, string Key), byte[]> records = [];
    private readonly Dictionary<long, byte[]> numbered = [];
    private readonly List<(string Kind, string Key, long Position, long Item)> items = [];
    private readonly List<(long Kind, long Key, long Item)> setItems = [];

    private readonly bool empty;
    private readonly SqlDialect dialect;

    /// <param name="empty">
    /// The state was empty when the consolidation began: everything it reads was written by the same
    /// consolidation, whose builder keeps it in memory, so reads can answer "none" without a query.
    /// </param>
    public CorpusStateTables(SqlDialect dialect, DbConnection connection, bool empty)
    {
        this.dialect = dialect;
        this.empty = empty;
        queries = new StateQueries(connection);
    }

    /// <summary>Queries made to read state (records and list ends): what consolidating documents costs beyond their own work.</summary>
    public long Queries => queries.Count;

    /// <summary>The transaction the next reads and writes belong to.</summary>
    public DbTransaction? Transaction
    {
        set => queries.Transaction = value;
    }

    public bool Keeps(string kind) => MirrorQuery(kind) is null && kind is not (StateKinds.FirstWithHash or StateKinds.StoryOf);

    public byte[]? Read(string kind, string key)
    {
        if (empty || kind == StateKinds.FirstWithHash)
        {
            // documents.content_hash is unique: no stored document repeats an earlier one's text.
            return null;
        }

        if (kind == StateKinds.StoryOf)
        {
            return queries.Text("SELECT story_id FROM corpus_documents WHERE document_id = @key", key);
        }

        return queries.Blob("SELECT value FROM corpus_state WHERE kind = @kind AND key = @key", ("@kind", kind), ("@key", key));
    }

    public void Write(string kind, string key, byte[] value)
    {
        if (Keeps(kind))
        {
            records[(kind, key)] = value;
        }
    }

    public byte[]? Read(string kind, long number)
    {
        if (empty)
        {
            return null;
        }

        if (MirrorQuery(kind) is { } mirror)
        {
            return queries.Text(mirror, kind == StateKinds.Claim ? number + 1 : number);
        }

        return NumberedKinds.TryGetValue(kind, out var code)
            ? queries.Blob("SELECT value FROM corpus_state_numbered WHERE id = @id", ("@id", Id(code, number)))
            : Read(kind, Key(number));
    }

    public void Write(string kind, long number, byte[] value)
    {
        if (!Keeps(kind))
        {
            return;
        }

        if (NumberedKinds.TryGetValue(kind, out var code))
        {
            numbered[Id(code, number)] = value;
        }
        else
        {
            Write(kind, Key(number), value);
        }
    }

    public IReadOnlyList<long> Tail(string kind, string key, int count)
        => empty ? [] : queries.Tail("SELECT item FROM corpus_state_lists WHERE kind = @kind AND key = @key ORDER BY position DESC LIMIT @count", count, ("@kind", kind), ("@key", key));

    public void Append(string kind, string key, long item)
    {
        if (!lengths.TryGetValue((kind, key), out var position) && !empty)
        {
            position = queries.Length(kind, key);
        }

        items.Add((kind, key, position, item));
        lengths[(kind, key)] = position + 1;
    }

    public IReadOnlyList<long> Tail(string kind, long key, int count)
    {
        if (!NumberedKinds.TryGetValue(kind, out var code))
        {
            return Tail(kind, Key(key), count);
        }

        return empty ? [] : queries.Tail("SELECT item FROM corpus_state_sets WHERE kind = @kind AND key = @key ORDER BY item DESC LIMIT @count", count, ("@kind", code), ("@key", key));
    }

    public void Append(string kind, long key, long item)
    {
        if (NumberedKinds.TryGetValue(kind, out var code))
        {
            setItems.Add((code, key, item));
        }
        else
        {
            Append(kind, Key(key), item);
        }
    }

    /// <summary>
    /// Writes what was buffered, many rows a statement (one statement a row costs more than the
    /// consolidation itself), in key order so that each B-tree page is visited once. Reads need not
    /// see the buffer: the builder keeps what it wrote.
    /// </summary>
    public void Flush(DbConnection connection, DbTransaction transaction)
    {
        setItems.Sort();
        var tables = new (string Table, string Columns, string Conflict, List<object?[]> Rows)[]
        {
            ("corpus_state", "kind, key, value", " ON CONFLICT(kind, key) DO UPDATE SET value = excluded.value",
                [.. records.OrderBy(r => r.Key.Kind, StringComparer.Ordinal).ThenBy(r => r.Key.Key, StringComparer.Ordinal).Select(r => (object?[])[r.Key.Kind, r.Key.Key, r.Value])]),
            ("corpus_state_numbered", "id, value", " ON CONFLICT(id) DO UPDATE SET value = excluded.value",
                [.. numbered.OrderBy(n => n.Key).Select(r => (object?[])[r.Key, r.Value])]),
            ("corpus_state_lists", "kind, key, position, item", "",
                [.. items.OrderBy(r => r.Kind, StringComparer.Ordinal).ThenBy(r => r.Key, StringComparer.Ordinal).ThenBy(r => r.Position).Select(r => (object?[])[r.Kind, r.Key, r.Position, r.Item])]),
            ("corpus_state_sets", "kind, key, item", " ON CONFLICT DO NOTHING",
                [.. setItems.Distinct().Select(r => (object?[])[r.Kind, r.Key, r.Item])]),
        };
        foreach (var (table, columns, conflict, rows) in tables)
        {
            if (empty)
            {
                // A consolidation from the first document writes its state once, into emptied tables.
                dialect.Load(connection, transaction, table, columns, rows);
            }
            else
            {
                BulkInsert.Run(dialect, connection, transaction, $"INSERT INTO {table}({columns}) VALUES ", conflict, rows, rows.Count == 0 ? 0 : rows[0].Length, r => r);
            }
        }

        records.Clear();
        numbered.Clear();
        items.Clear();
        setItems.Clear();
    }

    public void Dispose() => queries.Dispose();

    /// <summary>The corpus row holding a mirrored numbered kind (by seq), or null for state of its own.</summary>
    private static string? MirrorQuery(string kind) => kind switch
    {
        StateKinds.EventValue => "SELECT json FROM corpus_events WHERE seq = @key",
        StateKinds.Entity => "SELECT json FROM corpus_entities WHERE seq = @key",
        StateKinds.Story => "SELECT json FROM corpus_stories WHERE seq = @key",
        StateKinds.Claim => "SELECT json FROM corpus_claims WHERE seq = @key",
        _ => null,
    };

    private static long Id(long code, long number) => (code << NumberBits) | number;

    private static string Key(long number) => number.ToString(CultureInfo.InvariantCulture);
}
