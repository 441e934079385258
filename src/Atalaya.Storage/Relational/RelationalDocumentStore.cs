using System.Data.Common;
using Atalaya.Core.Contract;
using Atalaya.Storage.Alerts;

namespace Atalaya.Storage.Relational;

/// <summary>
/// The part of every engine's document store that only hands over to <see cref="RelationalStore"/>
/// (reads, consolidation, summary) over the connection the store opened. Each engine's store opens
/// its connection, brings its schema up to date, writes its runs and says what its workbench needs.
/// </summary>
public abstract class RelationalDocumentStore : IDocumentStore
{
    private readonly DbConnection connection;

    private protected RelationalDocumentStore(DbConnection connection, SqlDialect dialect, string name)
    {
        this.connection = connection;
        Shared = new RelationalStore(connection, dialect, name)
        {
            BeforeFullConsolidation = BeforeFullConsolidation,
            AfterConsolidation = AfterConsolidation,
        };
    }

    /// <summary>Called before a consolidation that writes every corpus row again (from the first document).</summary>
    private protected virtual void BeforeFullConsolidation()
    {
    }

    /// <summary>Called after each consolidation that wrote rows; <paramref name="full"/>: it was from the first document.</summary>
    private protected virtual void AfterConsolidation(bool full)
    {
    }

    /// <summary>Reads and consolidation, the same on every engine.</summary>
    private protected RelationalStore Shared { get; }

    public abstract bool Contains(string contentHash);

    public abstract IIngestRun BeginRun(string description);

    public IEnumerable<ContractDocument> Documents() => Shared.Documents();

    /// <summary>Documents stored after the last consolidation (none when the corpus tables are up to date).</summary>
    public long PendingConsolidation => Shared.PendingConsolidation;

    /// <summary>State queries the last consolidation made (reading what earlier runs stored), for measuring.</summary>
    public long LastStateQueries => Shared.LastStateQueries;

    public void Consolidate() => Consolidate(CorpusConsolidation.Chunk);

    /// <summary>Consolidates in transactions of <paramref name="chunk"/> documents (tests cross many chunk boundaries with few documents).</summary>
    internal void Consolidate(int chunk) => Shared.Consolidate(chunk);

    /// <summary>Consolidates every stored document again from the first, replacing the corpus tables and state.</summary>
    public void Reconsolidate() => Shared.Reconsolidate();

    public ContractCorpus Corpus(bool includeText) => Shared.Corpus(includeText);

    public IReadOnlyList<AlertEntry> TakeRaisedAlerts() => Shared.TakeRaisedAlerts();

    public IEnumerable<FailedSource> FailedSources() => Shared.FailedSources();

    public IEnumerable<FailedStage> FailedStages() => Shared.FailedStages();

    public StoreSummary Summary() => Shared.Summary();

    public void Dispose()
    {
        connection.Dispose();
        GC.SuppressFinalize(this);
    }
}
