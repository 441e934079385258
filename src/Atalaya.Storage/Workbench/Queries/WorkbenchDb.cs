using System.Data.Common;

namespace Atalaya.Storage.Workbench.Queries;

/// <summary>One open connection of a workbench, with what its engine says differently (<see cref="Dialect"/>) and a way to open another.</summary>
internal sealed class WorkbenchDb(DbConnection connection, WorkbenchDialect dialect, Func<WorkbenchDb> openAnother) : IDisposable
{
    public DbConnection Connection { get; } = connection;

    public WorkbenchDialect Dialect { get; } = dialect;

    /// <summary>A second connection, for a read that runs beside this one's on another core.</summary>
    public WorkbenchDb OpenAnother() => openAnother();

    public void Dispose() => Connection.Dispose();
}
