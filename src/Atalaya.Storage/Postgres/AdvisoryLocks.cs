namespace Atalaya.Storage.Postgres;

/// <summary>
/// Keys of the advisory locks that order the writers of one database (other processes wait on them).
/// Fixed numbers: every Atalaya process must use the same ones.
/// </summary>
internal static class AdvisoryLocks
{
    /// <summary>Schema migrations: one process creates or upgrades the tables, the others wait and find them done.</summary>
    public const long Migrations = 0x4174616C_00000001;

    /// <summary>
    /// Writing a batch of documents, held until it commits: documents get their seq in commit order,
    /// so what another connection sees of them is always a prefix in seq order.
    /// </summary>
    public const long Ingest = 0x4174616C_00000002;

    /// <summary>Consolidation: one connection at a time writes the corpus rows and the state.</summary>
    public const long Consolidation = 0x4174616C_00000003;
}
