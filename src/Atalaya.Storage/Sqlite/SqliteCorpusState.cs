using System.Globalization;
using Atalaya.Core.Corpus.State;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite;

/// <summary>
/// The consolidation state in two tables of the database (corpus_state records, corpus_state_lists
/// append-only lists), written in the transaction of the consolidation that changes it (buffered
/// until <see cref="Flush"/>).
/// </summary>
internal sealed class SqliteCorpusState : ICorpusStateStore, IDisposable
{
    private readonly SqliteCommand read;
    private readonly SqliteCommand tail;
    private readonly SqliteCommand length;
    private readonly Dictionary<(string Kind, string Key), long> lengths = [];
    private readonly List<(string Kind, string Key, byte[] Value)> records = [];
    private readonly List<(string Kind, string Key, long Position, long Item)> items = [];

    private readonly bool empty;

    /// <param name="empty">
    /// The state was empty when the consolidation began: everything it reads was written by the same
    /// consolidation, whose builder keeps it in memory, so reads can answer "none" without a query.
    /// </param>
    public SqliteCorpusState(SqliteConnection connection, bool empty)
    {
        this.empty = empty;
        read = Command(connection, "SELECT value FROM corpus_state WHERE kind = $kind AND key = $key", "$kind", "$key");
        tail = Command(connection, "SELECT item FROM corpus_state_lists WHERE kind = $kind AND key = $key ORDER BY position DESC LIMIT $count", "$kind", "$key", "$count");
        length = Command(connection, "SELECT COALESCE(MAX(position) + 1, 0) FROM corpus_state_lists WHERE kind = $kind AND key = $key", "$kind", "$key");
    }

    /// <summary>Queries made to read state (records and list ends): what consolidating documents costs beyond their own work.</summary>
    public long Queries { get; private set; }

    /// <summary>The transaction the next reads and writes belong to.</summary>
    public SqliteTransaction? Transaction
    {
        set
        {
            foreach (var command in new[] { read, tail, length })
            {
                command.Transaction = value;
            }
        }
    }

    public byte[]? Read(string kind, string key)
    {
        if (empty)
        {
            return null;
        }

        Bind(read, kind, key);
        Queries++;
        return read.ExecuteScalar() as byte[];
    }

    public void Write(string kind, string key, byte[] value) => records.Add((kind, key, value));

    public IReadOnlyList<long> Tail(string kind, string key, int count)
    {
        if (empty)
        {
            return [];
        }

        Bind(tail, kind, key);
        Queries++;
        tail.Parameters["$count"].Value = count;
        var items = new List<long>();
        using (var reader = tail.ExecuteReader())
        {
            while (reader.Read())
            {
                items.Add(reader.GetInt64(0));
            }
        }

        items.Reverse();
        return items;
    }

    public void Append(string kind, string key, long item)
    {
        if (!lengths.TryGetValue((kind, key), out var position) && !empty)
        {
            Bind(length, kind, key);
            position = Convert.ToInt64(length.ExecuteScalar(), CultureInfo.InvariantCulture);
        }

        items.Add((kind, key, position, item));
        lengths[(kind, key)] = position + 1;
    }

    /// <summary>
    /// Writes what was buffered, many rows a statement (one statement a row costs more than the
    /// consolidation itself). Reads need not see the buffer: the builder keeps what it wrote.
    /// </summary>
    public void Flush(SqliteConnection connection, SqliteTransaction transaction)
    {
        InsertMany(connection, transaction, "INSERT OR REPLACE INTO corpus_state(kind, key, value) VALUES ", records, 3, (p, r) => [r.Kind, r.Key, r.Value]);
        InsertMany(connection, transaction, "INSERT INTO corpus_state_lists(kind, key, position, item) VALUES ", items, 4, (p, r) => [r.Kind, r.Key, r.Position, r.Item]);
        records.Clear();
        items.Clear();
    }

    private static void InsertMany<T>(SqliteConnection connection, SqliteTransaction transaction, string insert, List<T> rows, int columns, Func<int, T, object[]> values)
    {
        const int RowsPerStatement = 32;
        SqliteCommand? full = null;
        try
        {
            for (var start = 0; start < rows.Count; start += RowsPerStatement)
            {
                var count = Math.Min(RowsPerStatement, rows.Count - start);
                var command = count == RowsPerStatement && full is not null ? full : Prepare(connection, insert, count, columns);
                command.Transaction = transaction;
                for (var r = 0; r < count; r++)
                {
                    var row = values(r, rows[start + r]);
                    for (var c = 0; c < columns; c++)
                    {
                        command.Parameters[(r * columns) + c].Value = row[c];
                    }
                }

                command.ExecuteNonQuery();
                if (count == RowsPerStatement)
                {
                    full = command;
                }
                else
                {
                    command.Dispose();
                }
            }
        }
        finally
        {
            full?.Dispose();
        }
    }

    private static SqliteCommand Prepare(SqliteConnection connection, string insert, int rows, int columns)
    {
        var command = connection.CreateCommand();
        var sql = new System.Text.StringBuilder(insert);
        for (var r = 0; r < rows; r++)
        {
            sql.Append(r == 0 ? "(" : ",(");
            for (var c = 0; c < columns; c++)
            {
                var name = string.Create(CultureInfo.InvariantCulture, $"$p{(r * columns) + c}");
                sql.Append(c == 0 ? name : "," + name);
                command.Parameters.Add(new SqliteParameter(name, null));
            }

            sql.Append(')');
        }

        command.CommandText = sql.ToString();
        return command;
    }

    public void Dispose()
    {
        foreach (var command in new[] { read, tail, length })
        {
            command.Dispose();
        }
    }

    private static void Bind(SqliteCommand command, string kind, string key)
    {
        command.Parameters["$kind"].Value = kind;
        command.Parameters["$key"].Value = key;
    }

    private static SqliteCommand Command(SqliteConnection connection, string sql, params string[] parameters)
    {
        var command = connection.CreateCommand();
        command.CommandText = sql;
        foreach (var name in parameters)
        {
            command.Parameters.Add(new SqliteParameter(name, null));
        }

        return command;
    }
}
