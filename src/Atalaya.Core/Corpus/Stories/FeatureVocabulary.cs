using Atalaya.Core.Corpus.State;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// Feature names as small integers, with the number of documents holding each (for IDF). With a
/// state store, names and frequencies of earlier runs are read as features come up.
/// </summary>
internal sealed class FeatureVocabulary
{
    private readonly ICorpusStateStore? store;
    private readonly Dictionary<string, int> ids = new(StringComparer.Ordinal);
    private readonly Dictionary<int, int> documentFrequency = [];
    private readonly HashSet<int> counted = [];
    private int features;

    public FeatureVocabulary(ICorpusStateStore? store = null)
    {
        this.store = store;
        features = (int)StateCodec.Counter(store, "story.features");
        Documents = (int)StateCodec.Counter(store, "story.documents");
    }

    public int Documents { get; private set; }

    public int Intern(string feature)
    {
        if (ids.TryGetValue(feature, out var id))
        {
            return id;
        }

        if (store?.Read("story.feature", feature) is { } stored)
        {
            id = (int)StateCodec.Int(stored)!.Value;
        }
        else
        {
            id = features++;
            documentFrequency[id] = 0;
            store?.Write("story.feature", feature, StateCodec.Int(id));
        }

        ids[feature] = id;
        return id;
    }

    /// <summary>The id of a feature some document had, or null (a lookup that adds nothing).</summary>
    public int? Find(string feature)
    {
        if (ids.TryGetValue(feature, out var id))
        {
            return id;
        }

        if (store?.Read("story.feature", feature) is { } stored)
        {
            id = (int)StateCodec.Int(stored)!.Value;
            ids[feature] = id;
            return id;
        }

        return null;
    }

    public void Count(StoryProfile profile)
    {
        Documents++;
        foreach (var feature in profile.Features)
        {
            documentFrequency[feature] = Frequency(feature) + 1;
            counted.Add(feature);
        }
    }

    /// <summary>Counts one more document holding <paramref name="feature"/>, a key that is no story feature (a means of attack in a state).</summary>
    public void CountKey(int feature)
    {
        documentFrequency[feature] = Frequency(feature) + 1;
        counted.Add(feature);
    }

    public int Frequency(int feature)
    {
        if (!documentFrequency.TryGetValue(feature, out var frequency))
        {
            frequency = (int)(StateCodec.Int(store?.Read("story.df", feature)) ?? 0);
            documentFrequency[feature] = frequency;
        }

        return frequency;
    }

    /// <summary>ln(1 + N/df): a feature every document has weighs ln 2, one in a single document of N weighs ln(1 + N).</summary>
    public double Idf(int feature) => Math.Log(1 + (Documents / (double)Math.Max(1, Frequency(feature))));

    /// <summary>Writes the frequencies that changed and the counts.</summary>
    public void Save()
    {
        if (store is null)
        {
            return;
        }

        foreach (var feature in counted)
        {
            store.Write("story.df", feature, StateCodec.Int(documentFrequency[feature]));
        }

        counted.Clear();
        store.Write("count", "story.features", StateCodec.Int(features));
        store.Write("count", "story.documents", StateCodec.Int(Documents));
    }
}
