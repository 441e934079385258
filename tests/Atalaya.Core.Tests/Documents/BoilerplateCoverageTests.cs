using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Documents;

public sealed class BoilerplateCoverageTests
{
    private static readonly BoilerplateSpans Furniture = new([
        new BoilerplateSpan(new TextSpan(0, 10), "share"),
        new BoilerplateSpan(new TextSpan(10, 20), "share"),
        new BoilerplateSpan(new TextSpan(40, 50), "comments"),
    ]);

    [Theory]
    [InlineData(0, 10, true)]
    [InlineData(12, 18, true)]
    [InlineData(10, 10, true)]
    [InlineData(42, 50, true)]
    [InlineData(5, 15, false)]
    [InlineData(20, 40, false)]
    [InlineData(45, 55, false)]
    [InlineData(60, 70, false)]
    public void A_span_is_covered_only_when_one_furniture_span_holds_it_whole(int start, int end, bool covered)
        => Assert.Equal(covered, Furniture.Covers(new TextSpan(start, end)));
}
