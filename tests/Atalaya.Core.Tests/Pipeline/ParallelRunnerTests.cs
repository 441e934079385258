using Atalaya.Core.Pipeline;
using Atalaya.Core.Stages.Ingest;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Pipeline;

public sealed class ParallelRunnerTests
{
    private static AnalysisPipeline Jittery() => new PipelineBuilder()
        .Add(new FakeStage("jitter", [], [Keys.Alpha], (d, _) =>
        {
            // Early documents take longest, so finishing order differs from input order.
            Thread.Sleep(Math.Max(0, 6 - (int.Parse(d.Source.Id, System.Globalization.CultureInfo.InvariantCulture) % 7)));
            d.Set(Keys.Alpha, d.Source.Id);
        }))
        .Build(Some.Resources);

    private static IEnumerable<IngestItem> Items(int count)
        => Enumerable.Range(0, count).Select(i => IngestItem.Read(Some.Document($"texto {i}", id: i.ToString(System.Globalization.CultureInfo.InvariantCulture)), 10));

    [Theory]
    [InlineData(4, 3)]
    [InlineData(8, 7)]
    public void Results_keep_input_order(int threads, int batchSize)
    {
        var results = ParallelRunner.Run(Items(60), Jittery(), threads, batchSize).ToList();

        Assert.Equal(Enumerable.Range(0, 60).Select(i => i.ToString(System.Globalization.CultureInfo.InvariantCulture)), results.Select(r => r.Result!.Document.Get(Keys.Alpha)));
    }

    [Fact]
    public void Failed_and_skipped_items_pass_through_in_place_without_analysis()
    {
        var testThread = Environment.CurrentManagedThreadId;
        var skipThreads = new List<int>();
        IngestItem[] items = [IngestItem.Read(Some.Document("a", id: "1"), 1), IngestItem.Failed("roto.txt", "empty file"), IngestItem.Read(Some.Document("b", id: "2"), 1)];

        var results = ParallelRunner.Run(items, Jittery(), 4, 2, skip: item =>
        {
            skipThreads.Add(Environment.CurrentManagedThreadId);
            return item.Document!.Id == "2";
        }).ToList();

        Assert.Equal(3, results.Count);
        Assert.NotNull(results[0].Result);
        Assert.Same(items[1], results[1].Input);
        Assert.Null(results[1].Result);
        Assert.Null(results[2].Result);
        Assert.All(skipThreads, t => Assert.Equal(testThread, t));
    }

    [Fact]
    public void Input_is_pulled_one_batch_at_a_time()
    {
        var pulled = 0;
        var items = Items(100).Select(i =>
        {
            pulled++;
            return i;
        });

        var first = ParallelRunner.Run(items, Jittery(), 2, 5).First();

        Assert.Equal("0", first.Input.Document!.Id);
        Assert.Equal(5, pulled);
    }

    [Fact]
    public void Cancellation_stops_the_run()
    {
        using var cancel = new CancellationTokenSource();
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("canceller", [], [], (d, _) =>
            {
                if (d.Source.Id == "3")
                {
                    cancel.Cancel();
                }
            }))
            .Build(Some.Resources);

        Assert.ThrowsAny<OperationCanceledException>(() => ParallelRunner.Run(Items(50), pipeline, 2, 4, cancellation: cancel.Token).ToList());
    }
}
