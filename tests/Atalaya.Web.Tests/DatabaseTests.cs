using Atalaya.Storage;

namespace Atalaya.Web.Tests;

/// <summary>The server refuses what is not an Atalaya database, naming the file, before it listens.</summary>
public sealed class DatabaseTests
{
    [Fact]
    public void A_missing_database_is_refused_with_its_name()
    {
        using var folder = new TempFolder();
        var error = Assert.Throws<StoreException>(() => WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = folder.File("absent.db") }));
        Assert.Contains("absent.db", error.Message, StringComparison.Ordinal);
        Assert.False(File.Exists(folder.File("absent.db")));
    }

    [Fact]
    public void A_file_that_is_not_a_database_is_refused_and_left_unchanged()
    {
        using var folder = new TempFolder();
        var path = folder.File("notes.db");
        File.WriteAllText(path, "these are not SQLite pages\n");
        var error = Assert.Throws<StoreException>(() => WorkbenchServer.Build(new WorkbenchOptions { DatabasePath = path }));
        Assert.Contains("notes.db", error.Message, StringComparison.Ordinal);
        Assert.Equal("these are not SQLite pages\n", File.ReadAllText(path));
    }
}
