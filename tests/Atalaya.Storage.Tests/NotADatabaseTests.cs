using System.Text;
using Atalaya.Storage.Sqlite;
using Atalaya.Storage.Tests.Support;

namespace Atalaya.Storage.Tests;

public sealed class NotADatabaseTests
{
    [Fact]
    public void Opening_a_text_file_throws_StoreException_naming_the_path_and_leaves_the_bytes_unchanged()
    {
        using var temp = new TempFolder();
        var path = temp.File("notes.db");
        var random = new Random(20250403);
        var text = new StringBuilder();
        for (var i = 0; i < 4000; i++)
        {
            text.Append((char)random.Next('a', 'z' + 1));
            if (i % 60 == 59)
            {
                text.Append('\n');
            }
        }

        File.WriteAllText(path, text.ToString());
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Contains("not", error.Message, StringComparison.OrdinalIgnoreCase);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.False(File.Exists(path + "-wal"));
    }

    [Fact]
    public void Opening_another_programs_sqlite_database_throws_StoreException_and_leaves_it_unchanged()
    {
        using var temp = new TempFolder();
        var path = temp.File("contacts.db");
        Sql.Execute(path, "CREATE TABLE contacts (name TEXT NOT NULL, phone TEXT); INSERT INTO contacts VALUES ('Ana', '555-0101');");
        var before = File.ReadAllBytes(path);

        var error = Assert.Throws<StoreException>(() => SqliteDocumentStore.Open(path));

        Assert.Contains(path, error.Message, StringComparison.Ordinal);
        Assert.Equal(before, File.ReadAllBytes(path));
        Assert.Equal(["contacts"], Sql.Column(path, "SELECT name FROM sqlite_master WHERE type = 'table'"));
    }
}
