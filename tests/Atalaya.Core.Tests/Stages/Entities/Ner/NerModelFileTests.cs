using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Core.Tests.Stages.Entities.Ner;

/// <summary>The model file: what is written is read back, the same model gives the same bytes, old formats are recognized.</summary>
public sealed class NerModelFileTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("atalaya-ner-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_model_reads_back_as_written()
    {
        var (rows, transitions, lexicon) = SmallModel();
        var path = Path.Combine(folder, "ner.atn");

        NerModel.Write(path, 8, ["da", "en"], 0.5f, rows, transitions, lexicon);
        var model = NerModel.Read(path);

        Assert.Equal(8, model.Bits);
        Assert.Equal(["da", "en"], model.Languages);
        Assert.Equal(0.5f, model.Scale);
        Assert.Equal(rows, model.Rows.ToArray());
        Assert.Equal(transitions, model.TransitionWeights);
        Assert.Equal(lexicon.Keys, model.Lexicon.Keys);
        Assert.Equal(lexicon.Values, model.Lexicon.Values);
        Assert.False(NerModel.IsOutdated(path));
    }

    [Fact]
    public void The_same_model_gives_the_same_bytes()
    {
        var (rows, transitions, lexicon) = SmallModel();
        var first = Path.Combine(folder, "a.atn");
        var second = Path.Combine(folder, "b.atn");

        NerModel.Write(first, 8, ["sv"], 1f, rows, transitions, lexicon);
        NerModel.Write(second, 8, ["sv"], 1f, rows, transitions, lexicon);

        Assert.Equal(File.ReadAllBytes(first), File.ReadAllBytes(second));
    }

    [Fact]
    public void A_truncated_model_is_refused()
    {
        var (rows, transitions, lexicon) = SmallModel();
        var path = Path.Combine(folder, "ner.atn");
        NerModel.Write(path, 8, ["en"], 1f, rows, transitions, lexicon);
        var whole = File.ReadAllBytes(path);

        // Rewrite the payload cut in half, still a valid gzip stream.
        using (var raw = new MemoryStream())
        {
            using (var gzip = new System.IO.Compression.GZipStream(new MemoryStream(whole), System.IO.Compression.CompressionMode.Decompress))
            {
                gzip.CopyTo(raw);
            }

            using var file = File.Create(path);
            using var output = new System.IO.Compression.GZipStream(file, System.IO.Compression.CompressionLevel.Fastest);
            output.Write(raw.ToArray().AsSpan(0, (int)raw.Length / 2));
        }

        Assert.Throws<InvalidDataException>(() => NerModel.Read(path));
    }

    [Fact]
    public void The_word_usage_lexicon_finds_its_words_per_language()
    {
        var english = NerFeatures.LanguageHash("en");
        var dutch = NerFeatures.LanguageHash("nl");
        var van = NerFeatures.Describe("van").Word;
        var london = NerFeatures.Describe("London").Word;
        var entries = new[] { (NerLexicon.Key(van, dutch), (byte)1), (NerLexicon.Key(london, english), (byte)4) }.OrderBy(e => e.Item1).ToArray();
        var lexicon = new NerLexicon([.. entries.Select(e => e.Item1)], [.. entries.Select(e => e.Item2)]);

        Assert.Equal(1, lexicon.Lookup(van, dutch));
        Assert.Equal(4, lexicon.Lookup(london, english));
        Assert.Equal(0, lexicon.Lookup(van, english));
        Assert.Equal(0, lexicon.Lookup(NerFeatures.Describe("Utrecht").Word, dutch));
        Assert.Equal(0, NerLexicon.Empty.Lookup(van, dutch));
    }

    [Fact]
    public void Place_words_are_marked_only_when_written_with_a_capital()
    {
        var spanish = NerFeatures.LanguageHash("es");
        var word = NerFeatures.Describe("Guadalajara").Word;
        var entries = new[] { (NerLexicon.Key(word, NerLexicon.Places), (byte)1), (NerLexicon.Key(word, spanish), (byte)4) }.OrderBy(e => e.Item1).ToArray();
        var lexicon = new NerLexicon([.. entries.Select(e => e.Item1)], [.. entries.Select(e => e.Item2)]);
        TokenInfo[] tokens = [NerFeatures.Describe("Guadalajara"), NerFeatures.Describe("guadalajara"), NerFeatures.Describe("Monterrey")];

        lexicon.Annotate(tokens, spanish);

        Assert.Equal((4, 1), (tokens[0].Usage, tokens[0].Place));
        Assert.Equal((4, 0), (tokens[1].Usage, tokens[1].Place));
        Assert.Equal((0, 0), (tokens[2].Usage, tokens[2].Place));
    }

    [Theory]
    [InlineData(100, 0, 1)]
    [InlineData(100, 30, 2)]
    [InlineData(100, 70, 3)]
    [InlineData(100, 100, 4)]
    public void Word_usage_classes_follow_the_share_of_capitals(int seen, int capitalized, byte expected)
    {
        Assert.Equal(expected, NerLexicon.Classify(seen, capitalized));
    }

    private static (short[] Rows, short[] Transitions, NerLexicon Lexicon) SmallModel()
    {
        var random = new Random(9);
        var rows = new short[256 * NerLabels.Count];
        for (var i = 0; i < rows.Length; i += 7)
        {
            rows[i] = (short)random.Next(-30000, 30000);
        }

        var transitions = Enumerable.Range(0, NerModel.TransitionCount).Select(_ => (short)random.Next(-500, 500)).ToArray();
        var keys = Enumerable.Range(0, 50).Select(i => NerLexicon.Key((uint)i * 7919u, NerFeatures.LanguageHash("en"))).Distinct().Order().ToArray();
        var lexicon = new NerLexicon(keys, [.. keys.Select(k => (byte)(1 + (k % 4)))]);
        return (rows, transitions, lexicon);
    }
}
