using Atalaya.Core.Contract;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// Groups documents that report the same story, in any language, without translating them: by the
/// corpus entities they share (weighted by kind and by how rare they are in the corpus, IDF), the
/// numbers they share, and dates that agree. Documents are taken in input order and each joins the
/// story of the most similar earlier document, or starts its own, so what is decided for document n
/// depends on documents 1..n only. Candidates come from the document's rarest features (blocking),
/// so the cost per document does not grow with the corpus.
/// </summary>
/// <remarks>
/// Two documents are one story when all of these hold:
/// - their dates are compatible: publication dates (else the dates of the reported incidents) within
///   <see cref="WindowDays"/> days; a document without dates is compatible with any;
/// - they share at least <see cref="MinimumSharedEvidence"/> specific features (a town, a person, a
///   group, a number: not a country or a state), so that a cartel named in both and the country
///   are never enough;
/// - the cosine of their weighted feature vectors reaches <see cref="SameStorySimilarity"/>, or
///   <see cref="SameWeekSimilarity"/> when both are dated and within the window.
/// A town where both documents date incidents, on days more than one apart, is two incidents there,
/// so it does not count as shared evidence.
/// </remarks>
public sealed class StoryClusterer
{
    /// <summary>A story's coverage, follow-ups and translations appear within a week; later coverage of the same place is new news.</summary>
    public const int WindowDays = 7;

    /// <summary>
    /// The cosine two undated documents need. Translations of one article share nearly all their
    /// features (0.7 and above); two outlets writing up one event share its place, people and toll
    /// but each adds its own background; different stories of one region share a state, a cartel, a
    /// leader named in passing. Half of that evidence must be common to both when nothing else tells.
    /// </summary>
    public const double SameStorySimilarity = 0.4;

    /// <summary>
    /// The cosine documents of the same week need: that they appeared within days of each other is
    /// itself evidence (the same people and places at unknown times are far more often two stories),
    /// so half as much shared weight suffices. Dates help here; unknown dates do not block.
    /// </summary>
    public const double SameWeekSimilarity = 0.2;

    public const int MinimumSharedEvidence = 2;

    private const int BlockingFeatures = 8;
    private const int PostingsPerFeature = 32;
    private const int CandidatesCompared = 8;

    private readonly FeatureVocabulary vocabulary = new();
    private readonly List<StoryProfile> profiles = [];
    private readonly Dictionary<int, List<int>> postings = [];
    private readonly Dictionary<string, ContractStory> storyByDocument = new(StringComparer.Ordinal);
    private readonly List<ContractStory> stories = [];

    public IReadOnlyList<ContractStory> Stories => stories;

    /// <summary>
    /// The story of the document (its id in "stories"). Call after its entities carry corpus ids and
    /// <see cref="ContractDocument.DuplicateOf"/> is set: a copy joins its original's story.
    /// </summary>
    public string Add(ContractDocument document)
    {
        if (document.DuplicateOf is { } original && storyByDocument.TryGetValue(original, out var copied))
        {
            return Join(copied, document);
        }

        var profile = StoryFeatures.Read(document, profiles.Count, vocabulary);
        vocabulary.Count(profile);
        var story = BestMatch(profile) ?? NewStory();
        profile.Story = story;
        profiles.Add(profile);
        Index(profile);
        return Join(story, document);
    }

    private ContractStory? BestMatch(StoryProfile profile)
    {
        ContractStory? best = null;
        var bestMargin = 0.0;
        foreach (var candidate in Candidates(profile))
        {
            var dates = StoryDates.Compare(profile, profiles[candidate], WindowDays);
            if (dates == DateAgreement.Contradict)
            {
                continue;
            }

            var similarity = Similarity(profile, profiles[candidate]);
            var margin = similarity / (dates == DateAgreement.Agree ? SameWeekSimilarity : SameStorySimilarity);
            if (margin >= 1 && margin > bestMargin)
            {
                bestMargin = margin;
                best = profiles[candidate].Story;
            }
        }

        return best;
    }

    /// <summary>Earlier documents holding the most of this one's rarest specific features.</summary>
    private IEnumerable<int> Candidates(StoryProfile profile)
    {
        var hits = new Dictionary<int, int>();
        var rarest = Enumerable.Range(0, profile.Features.Length)
            .Where(i => profile.Specific[i] && postings.ContainsKey(profile.Features[i]))
            .OrderBy(i => vocabulary.Frequency(profile.Features[i]))
            .Take(BlockingFeatures);
        foreach (var i in rarest)
        {
            if (!postings.TryGetValue(profile.Features[i], out var holders))
            {
                continue;
            }

            for (var k = holders.Count - 1; k >= Math.Max(0, holders.Count - PostingsPerFeature); k--)
            {
                hits[holders[k]] = hits.GetValueOrDefault(holders[k]) + 1;
            }
        }

        return hits.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key)
            .Take(CandidatesCompared)
            .Select(h => h.Key);
    }

    private double Similarity(StoryProfile a, StoryProfile b)
    {
        double dot = 0, normA = 0, normB = 0;
        var shared = 0;
        int i = 0, j = 0;
        while (i < a.Features.Length || j < b.Features.Length)
        {
            var fa = i < a.Features.Length ? a.Features[i] : int.MaxValue;
            var fb = j < b.Features.Length ? b.Features[j] : int.MaxValue;
            var feature = Math.Min(fa, fb);
            var idf = vocabulary.Idf(feature);
            var wa = fa == feature ? a.Priors[i] * idf : 0;
            var wb = fb == feature ? b.Priors[j] * idf : 0;
            normA += wa * wa;
            normB += wb * wb;
            if (fa == fb && !StoryDates.DifferentIncidentsAt(a, b, a.Towns[i]))
            {
                dot += wa * wb;
                shared += a.Specific[i] && b.Specific[j] ? 1 : 0;
            }

            i += fa == feature ? 1 : 0;
            j += fb == feature ? 1 : 0;
        }

        if (shared < MinimumSharedEvidence || normA == 0 || normB == 0)
        {
            return 0;
        }

        return dot / Math.Sqrt(normA * normB);
    }

    private void Index(StoryProfile profile)
    {
        for (var i = 0; i < profile.Features.Length; i++)
        {
            if (!profile.Specific[i])
            {
                continue;
            }

            if (!postings.TryGetValue(profile.Features[i], out var holders))
            {
                postings[profile.Features[i]] = holders = [];
            }

            holders.Add(profile.Index);
        }
    }

    private ContractStory NewStory()
    {
        var story = new ContractStory { Id = $"S{stories.Count + 1}" };
        stories.Add(story);
        return story;
    }

    private string Join(ContractStory story, ContractDocument document)
    {
        story.Documents.Add(document.Id);
        if (!story.Languages.Contains(document.Language, StringComparer.Ordinal))
        {
            story.Languages.Add(document.Language);
        }

        story.Title ??= string.IsNullOrWhiteSpace(document.Title) ? null : document.Title;
        storyByDocument.TryAdd(document.Id, story);
        return story.Id;
    }
}
