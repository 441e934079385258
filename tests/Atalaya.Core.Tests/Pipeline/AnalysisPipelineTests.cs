using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Pipeline;

public sealed class AnalysisPipelineTests
{
    [Fact]
    public void Stages_run_in_the_order_added()
    {
        var order = new List<string>();
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("c", [], [], (_, _) => order.Add("c")))
            .Add(new FakeStage("a", [], [], (_, _) => order.Add("a")))
            .Add(new FakeStage("b", [], [], (_, _) => order.Add("b")))
            .Build(Some.Resources);

        pipeline.Analyze(Some.Document("texto"));

        Assert.Equal(["c", "a", "b"], order);
    }

    [Fact]
    public void Throwing_stage_is_recorded_and_dependent_stages_are_skipped()
    {
        var ran = new List<string>();
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("first", [], [Keys.Alpha]))
            .Add(new FakeStage("broken", [Keys.Alpha], [Keys.Beta], (_, _) => throw new InvalidOperationException("no se pudo")))
            .Add(new FakeStage("dependent", [Keys.Beta], [Keys.Gamma], (_, _) => ran.Add("dependent")))
            .Add(new FakeStage("independent", [Keys.Alpha], [], (_, _) => ran.Add("independent")))
            .Build(Some.Resources);

        var result = pipeline.Analyze(Some.Document("texto", id: "nota-7", source: "feed.jsonl:7"));

        Assert.Equal(["independent"], ran);
        Assert.Equal(2, result.Failures.Count);
        var failure = result.Failures[0];
        Assert.Equal(("nota-7", "feed.jsonl:7", "broken"), (failure.DocumentId, failure.Source, failure.Stage));
        Assert.Equal("InvalidOperationException: no se pudo", failure.Reason);
        Assert.False(failure.Skipped);
        var skipped = result.Failures[1];
        Assert.Equal("dependent", skipped.Stage);
        Assert.True(skipped.Skipped);
        Assert.StartsWith("skipped", skipped.Reason, StringComparison.Ordinal);
        Assert.Contains("'beta'", skipped.Reason, StringComparison.Ordinal);
        Assert.Equal("first", result.Document.Get(Keys.Alpha));
        Assert.False(result.Document.Has(Keys.Beta));
    }

    [Fact]
    public void Failure_on_one_document_leaves_other_documents_alone()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("picky", [], [Keys.Alpha], (d, _) => d.Set(Keys.Alpha, d.Text.Contains('!', StringComparison.Ordinal) ? throw new FormatException("signo") : d.Text)))
            .Build(Some.Resources);

        var bad = pipeline.Analyze(Some.Document("¡mal!", id: "bad"));
        var good = pipeline.Analyze(Some.Document("bien", id: "good"));

        Assert.Equal("bad", Assert.Single(bad.Failures).DocumentId);
        Assert.Empty(good.Failures);
        Assert.Equal("bien", good.Document.Get(Keys.Alpha));
    }

    [Fact]
    public void Failure_prints_source_stage_document_and_reason()
    {
        var failure = new StageFailure("n1", "a.txt", "cleaning", "Boom: x");

        Assert.Equal("a.txt: stage 'cleaning' failed on document 'n1': Boom: x", failure.ToString());
    }

    [Fact]
    public void Cancelled_token_stops_analysis()
    {
        var pipeline = new PipelineBuilder().Add(new FakeStage("a", [], [Keys.Alpha])).Build(Some.Resources);
        using var cancel = new CancellationTokenSource();
        cancel.Cancel();

        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Analyze(Some.Document("texto"), cancel.Token));
    }

    [Fact]
    public void Cancellation_inside_a_stage_propagates_instead_of_becoming_a_failure()
    {
        using var cancel = new CancellationTokenSource();
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("slow", [], [], (_, token) =>
            {
                cancel.Cancel();
                token.ThrowIfCancellationRequested();
            }))
            .Build(Some.Resources);

        Assert.ThrowsAny<OperationCanceledException>(() => pipeline.Analyze(Some.Document("texto"), cancel.Token));
    }

    [Fact]
    public void Operation_cancelled_without_cancellation_is_an_ordinary_failure()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("timeout", [], [], (_, _) => throw new OperationCanceledException("tiempo agotado")))
            .Build(Some.Resources);

        var failure = Assert.Single(pipeline.Analyze(Some.Document("texto")).Failures);

        Assert.Equal("timeout", failure.Stage);
    }

    [Fact]
    public void Annotation_is_written_once()
    {
        var document = new AnalyzedDocument(Some.Document("texto"));
        document.Set(Keys.Alpha, "uno");

        Assert.Throws<InvalidOperationException>(() => document.Set(Keys.Alpha, "dos"));
        Assert.Throws<InvalidOperationException>(() => document.Get(Keys.Beta));
        Assert.Null(document.GetOrDefault(Keys.Beta));
        Assert.Same(document.Source, document.Get(Annotations.SourceText));
    }
}
