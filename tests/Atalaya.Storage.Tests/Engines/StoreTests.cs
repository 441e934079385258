namespace Atalaya.Storage.Tests.Engines;

/// <summary>
/// A storage test class written once for every engine: each engine runs it through a sealed class
/// of its own (…OnSqlite, …OnPostgres) that passes its engine in.
/// </summary>
public abstract class StoreTests(StoreEngine engine) : IDisposable
{
    protected StoreEngine Engine => engine;

    public void Dispose()
    {
        engine.Dispose();
        GC.SuppressFinalize(this);
    }
}
