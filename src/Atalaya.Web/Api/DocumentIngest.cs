using Atalaya.Core.Contract;
using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Storage;
using Atalaya.Storage.Sqlite;
using Atalaya.Web.Data;
using Atalaya.Web.Json;

namespace Atalaya.Web.Api;

/// <summary>What POST /api/documents did: the stored document, and whether it was new.</summary>
internal sealed record IngestOutcome(ContractDocument Document, bool Created);

/// <summary>
/// Analyzes a posted article with the same pipeline as 'atalaya ingest', stores and consolidates it. The language
/// resources load on the first write only (they take seconds); writes are serialized, as SQLite
/// has one writer at a time.
/// </summary>
internal sealed class DocumentIngest(WorkbenchOptions options, WorkbenchDatabase database) : IDisposable
{
    private readonly Lazy<AnalysisPipeline> pipeline = new(() => StandardPipeline.Create(AtalayaResources.Load(options.DataDirectory), options.WrapStage));
    private readonly SemaphoreSlim writer = new(1, 1);

    public async Task<IngestOutcome> AddAsync(NewDocument body, CancellationToken cancellation)
    {
        var text = body.Text!;
        await writer.WaitAsync(cancellation).ConfigureAwait(false);
        try
        {
            var source = new SourceDocument
            {
                Id = "",
                Source = body.Source ?? body.Url ?? "api",
                Text = text,
                Metadata = new SourceMetadata { Url = body.Url, Title = body.Title, Published = body.Published, Format = "text" },
            };

            // The content hash names a posted document, as a file name names an ingested one.
            source = source with { Id = "api-" + source.ContentHash[..12] };
            bool created;
            using (var store = SqliteDocumentStore.Open(database.Path))
            {
                if (store.Contains(source.ContentHash))
                {
                    created = false;
                }
                else
                {
                    var result = pipeline.Value.Analyze(source, cancellation);
                    using var run = store.BeginRun("api POST /api/documents");

                    // A stage that failed is stored with the document, as 'atalaya ingest' stores it.
                    created = run.Add(ContractMapper.ToContract(result), [.. result.Failures.Select(f => new StageFailureRecord(f.DocumentId, f.Source, f.Stage, f.Reason, f.Skipped))]);
                    run.Complete();
                }

                // Stories, events and conflicts take the new document in, as after 'atalaya ingest'.
                store.Consolidate();
            }

            using var connection = database.Open();
            var hash = source.ContentHash;
            var id = Sql.Row(connection, "SELECT COALESCE(cd.document_id, d.id) FROM documents d LEFT JOIN corpus_documents cd ON cd.seq = d.seq WHERE d.content_hash = $hash", r => r.GetString(0), values: ("$hash", hash))!;
            return new IngestOutcome(DocumentQueries.One(connection, id)!, created);
        }
        finally
        {
            writer.Release();
        }
    }

    public void Dispose() => writer.Dispose();
}
