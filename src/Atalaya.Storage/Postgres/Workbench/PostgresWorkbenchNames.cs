using Atalaya.Storage.Relational;
using Atalaya.Storage.Workbench;
using Npgsql;
using NpgsqlTypes;

namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>
/// The name search's folded names (web_names.folded). Triggers add an entity's names with folded
/// NULL; the fold is the program's (<see cref="NameFolding"/>, from the Unicode tables it carries),
/// so the store folds them after each consolidation and the workbench before a name search.
/// </summary>
internal static class PostgresWorkbenchNames
{
    private const int Batch = 5000;

    /// <summary>
    /// Folds every name written since the last fold; returns how many. Under the consolidation lock, so
    /// that a fold never meets a consolidation's triggers rewriting the same names (a deadlock);
    /// <paramref name="wait"/> false: none when a consolidation holds the lock (its names are not
    /// committed yet, the next fold takes them).
    /// </summary>
    public static int FoldPending(NpgsqlConnection connection, bool wait)
    {
        using var transaction = connection.BeginTransaction();
        var locked = Commands.Count(
            connection,
            wait ? $"SELECT 1 FROM (SELECT pg_advisory_xact_lock({AdvisoryLocks.Consolidation})) l" : $"SELECT pg_try_advisory_xact_lock({AdvisoryLocks.Consolidation})::int",
            transaction) == 1;
        var folded = locked ? Fold(connection, transaction) : 0;
        transaction.Commit();
        return folded;
    }

    private static int Fold(NpgsqlConnection connection, NpgsqlTransaction transaction)
    {
        var folded = 0;
        while (true)
        {
            var ids = new List<long>();
            var names = new List<string>();
            using (var pending = Commands.Create(connection, $"SELECT id, name FROM web_names WHERE folded IS NULL ORDER BY id LIMIT {Batch}", transaction))
            using (var reader = pending.ExecuteReader())
            {
                while (reader.Read())
                {
                    ids.Add(reader.GetInt64(0));
                    names.Add(NameFolding.Fold(reader.GetString(1)));
                }
            }

            if (ids.Count == 0)
            {
                return folded;
            }

            using var update = new NpgsqlCommand(
                "UPDATE web_names w SET folded = f.folded FROM unnest(@ids, @folded) AS f(id, folded) WHERE w.id = f.id",
                connection,
                transaction);
            update.Parameters.Add(new NpgsqlParameter("ids", NpgsqlDbType.Array | NpgsqlDbType.Bigint) { Value = ids.ToArray() });
            update.Parameters.Add(new NpgsqlParameter("folded", NpgsqlDbType.Array | NpgsqlDbType.Text) { Value = names.ToArray() });
            update.ExecuteNonQuery();
            folded += ids.Count;
        }
    }

    /// <summary>
    /// A condition on an entity id column: one of its folded names contains the folded text. Three
    /// characters or more are looked up in the trigram index; shorter ones (no trigram to look up) are
    /// tested per entity through its names' index, so a page stops early.
    /// </summary>
    public static (string Condition, (string Name, object? Value)[] Values) Contains(string idColumn, string text)
    {
        var folded = NameFolding.Fold(text);
        if (NameFolding.Length(folded) < 3)
        {
            return (
                $"EXISTS (SELECT 1 FROM web_names w WHERE w.entity_id = {idColumn} AND strpos(w.folded, @folded) > 0)",
                [("@folded", folded)]);
        }

        var pattern = "%" + folded.Replace("\\", "\\\\", StringComparison.Ordinal).Replace("%", "\\%", StringComparison.Ordinal).Replace("_", "\\_", StringComparison.Ordinal) + "%";
        return ($"{idColumn} IN (SELECT entity_id FROM web_names WHERE folded LIKE @pattern)", [("@pattern", pattern)]);
    }
}
