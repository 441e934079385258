using System.Globalization;
using Atalaya.Storage.Workbench;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>
/// Every name and alias of every corpus entity (web_names), with its folded form (see
/// <see cref="NameFolding"/>) in a trigram index (web_names_fts) for the name search's "contains".
/// Triggers on corpus_entities keep the names current for any ingest, but only a connection of this
/// program can fold (the fold is .NET's Unicode normalization, a function SQLite does not have): a
/// name written by consolidation waits with folded NULL until the store folds the new names at the
/// end of the consolidation (or the workbench does), and until then the search folds it on the fly,
/// so an answer never misses a new name.
/// </summary>
internal static class WorkbenchNames
{
    /// <summary>The SQL function a connection of the store knows the fold by (never used in a trigger: another program writing the file has no such function).</summary>
    private const string FoldFunction = "web_fold";

    private const string Create = """
        -- The first version: lower-cased names searched with LIKE, ASCII case only.
        DROP TRIGGER IF EXISTS web_entity_names_after_insert;
        DROP TRIGGER IF EXISTS web_entity_names_after_update;
        DROP TRIGGER IF EXISTS web_entity_names_after_delete;
        DROP TABLE IF EXISTS web_entity_names;

        CREATE TABLE IF NOT EXISTS web_names (
            id INTEGER PRIMARY KEY,
            entity_id TEXT NOT NULL,
            name TEXT NOT NULL,
            folded TEXT
        );
        -- Covering: the short-text search tests every name of an entity from the index alone.
        DROP INDEX IF EXISTS web_names_by_entity;
        CREATE INDEX IF NOT EXISTS web_names_of_entity ON web_names(entity_id, folded, name);
        CREATE INDEX IF NOT EXISTS web_names_unfolded ON web_names(id) WHERE folded IS NULL;
        -- Contentless: the folded text is in web_names already; the index only answers rowids.
        CREATE VIRTUAL TABLE IF NOT EXISTS web_names_fts USING fts5(
            folded, content='', contentless_delete=1, tokenize='trigram case_sensitive 1');
        CREATE TRIGGER IF NOT EXISTS web_names_after_delete AFTER DELETE ON web_names WHEN old.folded IS NOT NULL BEGIN
            DELETE FROM web_names_fts WHERE rowid = old.id;
        END;
        CREATE TRIGGER IF NOT EXISTS web_names_after_fold AFTER UPDATE OF folded ON web_names BEGIN
            DELETE FROM web_names_fts WHERE rowid = old.id AND old.folded IS NOT NULL;
            INSERT INTO web_names_fts(rowid, folded) SELECT new.id, new.folded WHERE new.folded IS NOT NULL;
        END;

        -- INSERT OR REPLACE fires only the insert trigger. Consolidation writes an entity again whenever
        -- a document mentions it, mostly with the same names: only names it lost are deleted and only
        -- new ones inserted, so folded names stay folded and indexed.
        CREATE TRIGGER IF NOT EXISTS web_names_entity_written AFTER INSERT ON corpus_entities BEGIN
            DELETE FROM web_names WHERE entity_id = new.id AND name NOT IN (
                SELECT new.name UNION SELECT value FROM json_each(new.json, '$.aliases') WHERE type = 'text');
            INSERT INTO web_names(entity_id, name)
                SELECT new.id, n.name FROM (SELECT new.name AS name UNION SELECT value FROM json_each(new.json, '$.aliases') WHERE type = 'text') n
                WHERE n.name NOT IN (SELECT name FROM web_names WHERE entity_id = new.id);
        END;
        CREATE TRIGGER IF NOT EXISTS web_names_entity_changed AFTER UPDATE ON corpus_entities BEGIN
            DELETE FROM web_names WHERE entity_id = old.id;
            INSERT INTO web_names(entity_id, name)
                SELECT new.id, new.name UNION SELECT new.id, value FROM json_each(new.json, '$.aliases') WHERE type = 'text';
        END;
        CREATE TRIGGER IF NOT EXISTS web_names_after_delete_entity AFTER DELETE ON corpus_entities BEGIN
            DELETE FROM web_names WHERE entity_id = old.id;
        END;
        """;

    private const string Refill = """
        DELETE FROM web_names;
        INSERT INTO web_names_fts(web_names_fts) VALUES ('delete-all');
        INSERT INTO web_names(entity_id, name)
            SELECT id, name FROM corpus_entities
            UNION SELECT e.id, a.value FROM corpus_entities e, json_each(e.json, '$.aliases') a WHERE a.type = 'text';
        """;

    /// <summary>The triggers <see cref="Create"/> makes (all named web_...).</summary>
    public static readonly int Triggers = Create.Split("CREATE TRIGGER IF NOT EXISTS web_", StringSplitOptions.None).Length - 1;

    /// <summary>Creates (or upgrades to) the names tables and fills them when asked or when they are out of step with corpus_entities.</summary>
    public static void Ensure(SqliteConnection connection, SqliteTransaction transaction, bool refill)
    {
        Execute(connection, transaction, Create);
        if (refill || Scalar(connection, transaction, "SELECT COUNT(*) FROM (SELECT DISTINCT entity_id FROM web_names)")
            != Scalar(connection, transaction, "SELECT COUNT(*) FROM corpus_entities"))
        {
            Execute(connection, transaction, Refill);
        }
    }

    /// <summary>The fold as the SQL function the name search and <see cref="FoldPending"/> call (every connection of the store has it).</summary>
    public static void AddFoldFunction(SqliteConnection connection)
        => connection.CreateFunction<string?, string?>(FoldFunction, name => name is null ? null : NameFolding.Fold(name), isDeterministic: true);

    /// <summary>Folds the names written since the last fold (all of them after a refill); returns how many.</summary>
    public static int FoldPending(SqliteConnection connection, SqliteTransaction? transaction = null)
        => Execute(connection, transaction, $"UPDATE web_names SET folded = {FoldFunction}(name) WHERE folded IS NULL");

    public static bool AnyPending(SqliteConnection connection)
        => Scalar(connection, null, "SELECT EXISTS (SELECT 1 FROM web_names WHERE folded IS NULL)") != 0;

    /// <summary>
    /// A condition on an entity id column: one of its names contains the text, folded. Three characters
    /// or more are looked up in the trigram index; shorter ones (the index has no shorter keys) scan
    /// the folded names. Names not folded yet are folded on the fly, through their partial index.
    /// </summary>
    public static (string Condition, (string Name, object? Value)[] Values) Contains(string idColumn, string text)
    {
        var folded = NameFolding.Fold(text);
        if (NameFolding.Length(folded) < 3)
        {
            // Tested per entity (its one or two names, through their entity index): most entities match
            // a letter or two, so a list of them all would be as long as the table, and a page stops early.
            return (
                $"EXISTS (SELECT 1 FROM web_names w WHERE w.entity_id = {idColumn} AND instr(COALESCE(w.folded, {FoldFunction}(w.name)), $folded) > 0)",
                [("$folded", folded)]);
        }

        return (
            $"""
            {idColumn} IN (
                SELECT entity_id FROM web_names WHERE id IN (SELECT rowid FROM web_names_fts WHERE web_names_fts MATCH $phrase)
                UNION ALL SELECT entity_id FROM web_names INDEXED BY web_names_unfolded WHERE folded IS NULL AND instr({FoldFunction}(name), $folded) > 0)
            """,
            [("$phrase", "\"" + folded.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""), ("$folded", folded)]);
    }

    private static long Scalar(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return Convert.ToInt64(command.ExecuteScalar(), CultureInfo.InvariantCulture);
    }

    private static int Execute(SqliteConnection connection, SqliteTransaction? transaction, string sql)
    {
        using var command = connection.CreateCommand();
        command.Transaction = transaction;
        command.CommandText = sql;
        return command.ExecuteNonQuery();
    }
}
