using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using Microsoft.Data.Sqlite;

namespace Atalaya.Storage.Sqlite.Workbench;

/// <summary>
/// The workbench queries over one SQLite file. Every call opens its own connection from the pool, so
/// concurrent requests never share one; SQLite in WAL mode lets them read while an ingest writes. The
/// tables, indexes and triggers the queries read are the store's (SqliteSchema's migrations).
/// </summary>
internal sealed class SqliteWorkbench : IWorkbenchQueries
{
    private readonly string connectionString;
    private int folding;

    public SqliteWorkbench(string path)
    {
        Path = path;
        connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = path,
            Mode = SqliteOpenMode.ReadWrite,
            Pooling = true,
            DefaultTimeout = 5,
        }.ToString();
    }

    public string Path { get; }

    public FilterValues FilterValues() => Read(OverviewQueries.Values);

    public Overview Overview(Filters filters) => Read(c => OverviewQueries.Overview(c, filters, Open));

    public EventPage Events(Filters filters, string? sort, Paging paging)
    {
        var order = EventQueries.OrderBy(sort);
        return Read(c => EventQueries.Page(c, filters, order, paging));
    }

    public EventDetail? EventById(string id) => Read(c => EventQueries.One(c, id));

    public ContractCorpus EventExport(Filters filters) => Read(c => ExportQueries.Corpus(c, filters));

    public PageOf<EntityListItem> Entities(string? text, string? type, Paging paging)
    {
        FoldNewNamesSoon();
        return Read(c => EntityQueries.Page(c, text, type, paging));
    }

    public EntityDetail? EntityById(string id, Filters filters) => Read(c => EntityQueries.One(c, id, filters));

    public IReadOnlyDictionary<string, EntityName> EntityNames(IEnumerable<string> ids) => Read(c => ContractRows.EntityNames(c, ids));

    public PageOf<StorySummary> Stories(Filters filters, Paging paging) => Read(c => StoryQueries.Page(c, filters, paging));

    public StoryDetail? StoryById(string id) => Read(c => StoryQueries.One(c, id));

    public PageOf<DocumentListItem> Documents(Filters filters, Paging paging) => Read(c => DocumentQueries.Page(c, filters, paging));

    public ContractDocument? DocumentById(string id) => Read(c => DocumentQueries.One(c, id));

    public ContractDocument? DocumentByContentHash(string contentHash) => Read(c => DocumentQueries.ByContentHash(c, contentHash));

    public PageOf<ContractClaim> Claims(string? subject, string? attribute, Paging paging) => Read(c => ClaimQueries.Claims(c, subject, attribute, paging));

    public PageOf<ContractConflict> Conflicts(string? subject, Paging paging) => Read(c => ClaimQueries.Conflicts(c, subject, paging));

    public SearchResult Search(string text, Paging paging)
    {
        FoldNewNamesSoon();
        return Read(c => SearchQueries.Search(c, text, paging));
    }

    public WorkbenchSample Sample() => Read(SampleQueries.Read);

    /// <summary>The pooled connections stay open for the next workbench of the file; closing this one lets the file go.</summary>
    public void Dispose() => SqliteConnection.ClearPool(new SqliteConnection(connectionString));

    private T Read<T>(Func<SqliteConnection, T> answer)
    {
        using var connection = Open();
        return answer(connection);
    }

    /// <summary>
    /// Folds, in the background, the entity names an ingest by an older program wrote unfolded, so that
    /// the name search goes back to reading them from its index. At most one fold runs at a time; a fold
    /// that cannot get the write lock now (an ingest is writing) is simply tried after a later request.
    /// </summary>
    private void FoldNewNamesSoon()
    {
        if (Interlocked.CompareExchange(ref folding, 1, 0) != 0)
        {
            return;
        }

        _ = Task.Run(() =>
        {
            try
            {
                using var connection = Open();
                if (WorkbenchNames.AnyPending(connection))
                {
                    WorkbenchNames.FoldPending(connection);
                }
            }
            catch (SqliteException)
            {
                // Busy or read-only: the search folds these names on the fly meanwhile, so nothing is lost.
            }
            finally
            {
                Volatile.Write(ref folding, 0);
            }
        });
    }

    private SqliteConnection Open()
    {
        var connection = new SqliteConnection(connectionString);
        connection.Open();
        using var pragma = connection.CreateCommand();
        pragma.CommandText = "PRAGMA busy_timeout=5000;";
        pragma.ExecuteNonQuery();
        WorkbenchNames.AddFoldFunction(connection);
        return connection;
    }
}
