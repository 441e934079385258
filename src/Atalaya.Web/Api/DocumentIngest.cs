using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Storage;
using Atalaya.Storage.Workbench;
using Atalaya.Web.Json;

namespace Atalaya.Web.Api;

/// <summary>What POST /api/documents did: the stored document, and whether it was new.</summary>
internal sealed record IngestOutcome(ContractDocument Document, bool Created);

/// <summary>
/// Analyzes a posted article with the same pipeline as 'atalaya ingest' and hands it to the store's
/// ingest service, as that command does. The language resources load on the first write only (they
/// take seconds); writes are serialized, as SQLite has one writer at a time.
/// </summary>
internal sealed class DocumentIngest(WorkbenchOptions options, IWorkbenchQueries queries) : IDisposable
{
    private readonly Lazy<AnalysisPipeline> pipeline = new(() => StandardPipeline.Create(AtalayaResources.Load(options.DataDirectory), options.WrapStage));
    private readonly SemaphoreSlim writer = new(1, 1);

    public async Task<IngestOutcome> AddAsync(NewDocument body, CancellationToken cancellation)
    {
        await writer.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var source = new SourceDocument
            {
                Id = "",
                Source = body.Source ?? body.Url ?? "api",
                Text = body.Text!,
                Metadata = new SourceMetadata { Url = body.Url, Title = body.Title, Published = body.Published, Format = "text" },
            };

            // The content hash names a posted document, as a file name names an ingested one.
            source = source with { Id = "api-" + source.ContentHash[..12] };
            bool created;
            using (var store = DocumentStores.Open(options.DatabasePath))
            {
                created = new IngestService(store).AddOne(source, s => pipeline.Value.Analyze(s, cancellation), "api POST /api/documents");
            }

            var stored = queries.DocumentByContentHash(source.ContentHash)
                ?? throw new InvalidOperationException($"document {source.Id} is not in the database after it was stored");
            return new IngestOutcome(stored, created);
        }
        finally
        {
            writer.Release();
        }
    }

    public void Dispose() => writer.Dispose();
}
