using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Pipeline;

public sealed class DocumentBudgetTests
{
    // Document "lento" never finishes on its own: its stage waits until the budget cancels it.
    private static AnalysisPipeline StuckOnSlowDocuments() => new PipelineBuilder()
        .Add(new FakeStage("events", [], [Keys.Alpha], (document, cancellation) =>
        {
            if (document.Source.Id == "lento")
            {
                cancellation.WaitHandle.WaitOne();
                cancellation.ThrowIfCancellationRequested();
            }

            document.Set(Keys.Alpha, document.Source.Id);
        }))
        .Build(Some.Resources);

    private static IngestItem Item(string id) => IngestItem.Read(Some.Document("Un texto de prueba.", id: id) with { Source = $"/noticias/{id}.txt" }, 100);

    [Fact]
    public void A_document_over_the_budget_is_a_failure_naming_it_and_the_rest_is_analyzed()
    {
        var results = ParallelRunner.Run([Item("rapido"), Item("lento"), Item("otro")], StuckOnSlowDocuments(), 2, documentBudget: TimeSpan.FromMilliseconds(50)).ToList();

        Assert.Equal(3, results.Count);
        var stopped = results[1];
        Assert.Null(stopped.Result);
        Assert.Equal("/noticias/lento.txt", stopped.Input.Failure!.Source);
        Assert.Contains("--doc-timeout", stopped.Input.Failure.Reason, StringComparison.Ordinal);
        Assert.Equal(100, stopped.Input.Bytes);
        Assert.Equal("rapido", results[0].Result!.Document.Get(Keys.Alpha));
        Assert.Equal("otro", results[2].Result!.Document.Get(Keys.Alpha));
    }

    [Fact]
    public void The_runs_own_cancellation_still_ends_the_run()
    {
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => ParallelRunner.Run([Item("rapido")], StuckOnSlowDocuments(), 1, documentBudget: TimeSpan.FromMinutes(5), cancellation: cancel.Token).ToList());
    }
}
