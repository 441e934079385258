namespace Atalaya.Core.Corpus.Stories;

/// <summary>Feature names as small integers, with the number of documents holding each (for IDF).</summary>
internal sealed class FeatureVocabulary
{
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly List<int> documentFrequency = [];

    public int Documents { get; private set; }

    public int Intern(string feature)
    {
        if (!ids.TryGetValue(feature, out var id))
        {
            id = ids.Count;
            ids[feature] = id;
            documentFrequency.Add(0);
        }

        return id;
    }

    public void Count(StoryProfile profile)
    {
        Documents++;
        foreach (var feature in profile.Features)
        {
            documentFrequency[feature]++;
        }
    }

    public int Frequency(int feature) => documentFrequency[feature];

    /// <summary>ln(1 + N/df): a feature every document has weighs ln 2, one in a single document of N weighs ln(1 + N).</summary>
    public double Idf(int feature) => Math.Log(1 + (Documents / (double)Math.Max(1, documentFrequency[feature])));
}
