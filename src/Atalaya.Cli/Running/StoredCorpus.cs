using Atalaya.Core.Contract;
using Atalaya.Storage;
using Atalaya.Storage.Sqlite;

namespace Atalaya.Cli.Running;

/// <summary>The consolidated corpus a database stores (kept up to date by ingest), for the summary commands.</summary>
internal static class StoredCorpus
{
    /// <summary>Runs <paramref name="show"/> on the corpus of the database, or explains on standard error why it cannot be read.</summary>
    public static int Show(string path, Action<ContractCorpus> show)
    {
        if (!File.Exists(path))
        {
            Console.Error.WriteLine($"atalaya: {path}: no such database (run 'atalaya ingest' first)");
            return ExitCodes.NothingRead;
        }

        try
        {
            using var store = SqliteDocumentStore.Open(path);
            show(store.Corpus(includeText: false));
            return ExitCodes.Success;
        }
        catch (StoreException error)
        {
            Console.Error.WriteLine($"atalaya: {error.Message}");
            return ExitCodes.NothingRead;
        }
    }
}
