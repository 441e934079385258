using Atalaya.Core.Corpus.Duplicates;

namespace Atalaya.Core.Tests.Corpus;

public sealed class MinHashTests
{
    [Fact]
    public void Unrelated_texts_have_a_low_estimated_similarity_and_a_text_with_itself_one()
    {
        var a = Signature(string.Join(' ', Enumerable.Range(0, 300).Select(i => $"palabra{i}")));
        var b = Signature(string.Join(' ', Enumerable.Range(0, 300).Select(i => $"woord{i}")));

        Assert.InRange(MinHashSignature.Similarity(a, b), 0, 0.05);
        Assert.Equal(1, MinHashSignature.Similarity(a, a));
        Assert.True(a.Distinct().Count() > 100);
    }

    private static uint[] Signature(string text)
    {
        var shingles = new HashSet<ulong>();
        WordShingles.Collect(text, [], shingles);
        return MinHashSignature.Of(shingles);
    }
}
