using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;

namespace Atalaya.Core.Tests.Stages.Entities;

public sealed class SpanCoverageTests
{
    [Fact]
    public void Answers_as_a_scan_of_every_span_would_also_after_spans_are_added_out_of_order()
    {
        var random = new Random(17);
        TextSpan Any()
        {
            var start = random.Next(0, 400);
            return new TextSpan(start, start + random.Next(0, 12));
        }

        var held = Enumerable.Range(0, 60).Select(_ => Any()).ToList();
        var coverage = new SpanCoverage(held);
        for (var round = 0; round < 2000; round++)
        {
            if (round % 50 == 0)
            {
                var added = Any();
                held.Add(added);
                coverage.Add(added);
            }

            var probe = Any();
            Assert.Equal(held.Any(h => h.Overlaps(probe)), coverage.Overlaps(probe));
        }
    }
}
