using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Storage;
using Atalaya.Storage.Sources;

namespace Atalaya.Watch.Tests.Support;

/// <summary>A watcher over a test database with the real pipeline, short waits, and the lines it reports kept.</summary>
internal sealed class Watching : IDisposable
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => StandardPipeline.Create(AtalayaResources.Load(Path.Combine(AppContext.BaseDirectory, "data"))));

    public Watching(string database, WatchOptions? options = null)
    {
        Database = database;
        Watcher = new SourceWatcher(database, (document, token) => Pipeline.Value.Analyze(document, token), options ?? Fast, line => Lines.Add(line));
    }

    /// <summary>Politeness kept (one request per host at a time, spaced) but waits short enough for tests.</summary>
    public static WatchOptions Fast { get; } = new()
    {
        Timeout = TimeSpan.FromSeconds(5),
        Retries = 2,
        RetryDelay = TimeSpan.FromMilliseconds(50),
        HostDelay = TimeSpan.FromMilliseconds(5),
        HostConcurrency = 2,
    };

    public string Database { get; }

    public SourceWatcher Watcher { get; }

    public System.Collections.Concurrent.ConcurrentBag<string> Lines { get; } = [];

    public WatchedSource Follow(string url, string? name = null, TimeSpan? every = null)
    {
        using var registry = SourceRegistry.Open(Database);
        return registry.Add(url, name, every ?? TimeSpan.FromMinutes(10), DateTimeOffset.UtcNow) ?? throw new InvalidOperationException($"{url} followed twice");
    }

    public Task<RoundReport> PollAllAsync() => Watcher.PollAsync(all: true, CancellationToken.None).WaitAsync(TimeSpan.FromMinutes(3));

    public WatchedSource Source(string url)
    {
        using var registry = SourceRegistry.Open(Database);
        return registry.Find(url) ?? throw new InvalidOperationException($"{url} is not followed");
    }

    public List<Atalaya.Core.Contract.ContractDocument> Documents()
    {
        using var store = DocumentStores.Open(Database);
        return [.. store.Documents()];
    }

    public void Dispose() => Watcher.Dispose();
}
