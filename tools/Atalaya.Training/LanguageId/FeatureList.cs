using Atalaya.Core.Stages.Language;

namespace Atalaya.Training.LanguageId;

/// <summary>Collects the feature buckets of one text (training side of <see cref="LanguageFeatures"/>).</summary>
internal struct FeatureList : IFeatureSink
{
    private readonly List<uint> buckets;

    public FeatureList(List<uint> buckets) => this.buckets = buckets;

    public readonly bool Wants(int lettersSoFar) => true;

    public readonly void Add(uint bucket) => buckets.Add(bucket);

    public readonly void Word(uint wordHash)
    {
    }

    public static uint[] Of(string text, int bits)
    {
        var list = new List<uint>(text.Length * 6);
        var sink = new FeatureList(list);
        LanguageFeatures.Extract(text, bits, ref sink);
        return [.. list];
    }
}
