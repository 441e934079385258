using Atalaya.Storage;
using Atalaya.Storage.Workbench;

namespace Atalaya.Cli.Running;

/// <summary>
/// The consolidated corpus a database stores (kept up to date by ingest), read by the summary commands
/// through the workbench's queries, so that they and the workbench always agree.
/// </summary>
internal static class StoredCorpus
{
    /// <summary>
    /// Runs <paramref name="show"/> on the queries of the database, or explains on standard error why it
    /// cannot be read; <paramref name="show"/> returns false when it found nothing to show (exit code 2).
    /// </summary>
    public static int Show(string path, Func<IWorkbenchQueries, bool> show)
    {
        try
        {
            if (!DocumentStores.Exists(path))
            {
                Console.Error.WriteLine($"atalaya: {SafeText.Visible(DocumentStores.Display(path))}: no such database (run 'atalaya ingest' first)");
                return ExitCodes.NothingRead;
            }

            using var queries = DocumentStores.OpenWorkbench(path);
            return show(queries) ? ExitCodes.Success : ExitCodes.NothingRead;
        }
        catch (StoreException error)
        {
            Console.Error.WriteLine($"atalaya: {error.Message}");
            return ExitCodes.NothingRead;
        }
    }

    /// <summary>Every item of a list the queries give a page at a time, in their order.</summary>
    public static List<T> All<T>(Func<Paging, PageOf<T>> page)
    {
        var items = new List<T>();
        for (var number = 1; ; number++)
        {
            var one = page(new Paging(number, Paging.MaxPageSize));
            items.AddRange(one.Items);
            if (one.Items.Count < Paging.MaxPageSize)
            {
                return items;
            }
        }
    }

    /// <summary>How many documents the database stores (the workbench's unfiltered document count).</summary>
    public static long DocumentCount(IWorkbenchQueries queries) => queries.Documents(Filters.None, new Paging(1, 1)).Total;
}
