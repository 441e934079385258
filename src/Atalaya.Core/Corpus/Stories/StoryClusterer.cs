using System.Globalization;
using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.State;

namespace Atalaya.Core.Corpus.Stories;

/// <summary>
/// Groups documents that report the same story, in any language, without translating them: by the
/// corpus entities they share (weighted by kind and by how rare they are in the corpus, IDF), the
/// numbers they share, and dates that agree. Documents are taken in input order and each joins the
/// story of the earlier documents it matches, or starts its own; when it matches documents of several
/// stories, those stories become one (a report naming the town of one and the toll of the other shows
/// what neither could). Candidates come from the document's rarest features (blocking), so the cost
/// per document does not grow with the corpus.
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
/// so it does not count as shared evidence. Two documents of the same week that report one incident
/// (<see cref="StoryFeatures.Probes"/>: one town on the same or the next day, or one type in one state
/// when one of them places it no closer) are one story beside a shared person or place, whatever
/// else each names.
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
    public const double SameStorySimilarity = 0.3;

    /// <summary>
    /// The cosine documents of the same week need: that they appeared within days of each other is
    /// itself evidence (the same people and places at unknown times are far more often two stories),
    /// so half as much shared weight suffices. Dates help here; unknown dates do not block.
    /// </summary>
    public const double SameWeekSimilarity = 0.2;

    public const int MinimumSharedEvidence = 2;

    /// <summary>
    /// Earlier documents reporting a rare means of attack in a state (an aircraft attacked, a car
    /// bomb) below which one on the same day there is one incident by itself. A corpus where they
    /// are common in the state (years of one state's car bombs) has several a week.
    /// </summary>
    public const int RareMeansDocuments = 20;

    private const int BlockingFeatures = 8;
    private const int PostingsPerFeature = 32;
    private const int CandidatesCompared = 8;

    // Numbered by the story's number: the UTF-8 id of the story it was merged into.
    private const string MergedKind = "story.merged";

    private readonly ICorpusStateStore? store;
    private readonly FeatureVocabulary vocabulary;
    private readonly Dictionary<int, StoryProfile> profiles = [];
    private readonly Dictionary<int, List<int>> postings = [];
    private readonly Dictionary<string, string> storyByDocument = new(StringComparer.Ordinal);
    private readonly Dictionary<string, ContractStory> storyById = new(StringComparer.Ordinal);
    private readonly SortedDictionary<int, ContractStory> stories = [];
    private readonly SortedDictionary<int, ContractStory> changed = [];
    private readonly Dictionary<string, string> mergedInto = new(StringComparer.Ordinal);
    private readonly HashSet<string> roots = new(StringComparer.Ordinal);
    private readonly List<(string Absorbed, string Into)> merges = [];
    private int profileCount;
    private int storyCount;

    /// <summary>A clusterer continuing the stories of <paramref name="store"/> (read as needed), or starting from none.</summary>
    public StoryClusterer(ICorpusStateStore? store = null)
    {
        this.store = store;
        vocabulary = new FeatureVocabulary(store);
        profileCount = (int)StateCodec.Counter(store, "story.profiles");
        storyCount = (int)StateCodec.Counter(store, "story.stories");
    }

    /// <summary>The stories begun by this clusterer (all of them when it started from none), in order.</summary>
    public IEnumerable<ContractStory> Stories => stories.Values;

    /// <summary>With a state store: the stories that were begun or joined since the last <see cref="Save"/>, in order of their number.</summary>
    public IEnumerable<ContractStory> Changed => changed.Values;

    /// <summary>
    /// The story of the document (its id in "stories"). Call after its entities carry corpus ids and
    /// <see cref="ContractDocument.DuplicateOf"/> is set: a copy joins its original's story.
    /// </summary>
    public string Add(ContractDocument document)
    {
        if (document.DuplicateOf is { } original && StoryOf(original) is { } copied)
        {
            return Join(Story(Current(copied)), document);
        }

        var profile = StoryFeatures.Read(document, profileCount, vocabulary);
        var rareMeans = profile.MeansInStates.Any(key => vocabulary.Frequency(key) < RareMeansDocuments);
        vocabulary.Count(profile);
        Array.ForEach(profile.MeansInStates, vocabulary.CountKey);
        var matched = Matches(profile, rareMeans);
        var story = matched.Count == 0 ? NewStory() : Unite(matched);
        profile.Story = story.Id;
        profiles[profile.Index] = profile;
        profileCount++;
        store?.Write("story.profile", profile.Index, profile.Encode());
        Index(profile);
        return Join(story, document);
    }

    /// <summary>
    /// The story a story id stands for now: itself, or the story it was merged into (a document's
    /// story is read through this, since a later document may have united its story with another).
    /// </summary>
    public string Current(string storyId)
    {
        while (true)
        {
            if (!mergedInto.TryGetValue(storyId, out var into))
            {
                if (roots.Contains(storyId) || store?.Read(MergedKind, Number(storyId)) is not { } stored)
                {
                    roots.Add(storyId);
                    return storyId;
                }

                mergedInto[storyId] = into = System.Text.Encoding.UTF8.GetString(stored);
            }

            storyId = into;
        }
    }

    /// <summary>Stories merged into another since the last <see cref="Save"/>, in order: (the story that ended, the story that holds its documents now).</summary>
    public IReadOnlyList<(string Absorbed, string Into)> Merges => merges;

    /// <summary>Writes the stories that changed, the frequencies and the counts (other records are written as they are made).</summary>
    public void Save()
    {
        if (store is not null)
        {
            foreach (var story in store.Keeps(StateKinds.Story) ? changed.Values : Enumerable.Empty<ContractStory>())
            {
                store.Write(StateKinds.Story, Number(story.Id), JsonSerializer.SerializeToUtf8Bytes(story, ContractJsonContext.Default.ContractStory));
            }

            store.Write("count", "story.profiles", StateCodec.Int(profileCount));
            store.Write("count", "story.stories", StateCodec.Int(storyCount));
        }

        vocabulary.Save();
        changed.Clear();
        merges.Clear();
    }

    private string? StoryOf(string document)
    {
        if (storyByDocument.TryGetValue(document, out var story))
        {
            return story;
        }

        if (store?.Read(StateKinds.StoryOf, document) is { } stored)
        {
            story = System.Text.Encoding.UTF8.GetString(stored);
            storyByDocument[document] = story;
            return story;
        }

        return null;
    }

    private ContractStory Story(string id)
    {
        if (!storyById.TryGetValue(id, out var story))
        {
            var stored = store?.Read(StateKinds.Story, Number(id)) ?? throw new InvalidOperationException($"consolidation state has no story {id}");
            storyById[id] = story = JsonSerializer.Deserialize(stored, ContractJsonContext.Default.ContractStory)
                ?? throw new InvalidOperationException($"consolidation state holds an invalid story {id}");
        }

        return story;
    }

    private StoryProfile Profile(int index)
    {
        if (!profiles.TryGetValue(index, out var profile))
        {
            var stored = store?.Read("story.profile", index) ?? throw new InvalidOperationException($"consolidation state has no story profile {index}");
            profiles[index] = profile = StoryProfile.Decode(stored);
        }

        return profile;
    }

    /// <summary>The most recent holders of a feature (the only ones ever compared), oldest first.</summary>
    private List<int> Postings(int feature)
    {
        if (!postings.TryGetValue(feature, out var holders))
        {
            holders = store is null ? [] : [.. store.Tail("story.postings", feature, PostingsPerFeature).Select(i => (int)i)];
            postings[feature] = holders;
        }

        return holders;
    }

    private static int Number(string storyId) => int.Parse(storyId.AsSpan(1), CultureInfo.InvariantCulture);

    /// <summary>The stories (current ids, each once) of the earlier documents this one is close enough to.</summary>
    private List<ContractStory> Matches(StoryProfile profile, bool rareMeans)
    {
        var matched = new List<ContractStory>();
        var tollTells = profile.TolledIncidentProbes.Length > 0 && StoriesHolding(profile.TollWindowProbes) <= 1;
        foreach (var candidate in Candidates(profile))
        {
            var known = Profile(candidate);
            var dates = StoryDates.Compare(profile, known, WindowDays);
            if (dates == DateAgreement.Contradict)
            {
                continue;
            }

            // Months that touch say the same week only beside a town both name: in one town, the same
            // month is close; across a state or a country it is not ("last month" in a capital).
            if (dates == DateAgreement.Coarse)
            {
                dates = StoryDates.ShareTown(profile, known) ? DateAgreement.Agree : DateAgreement.Unknown;
            }

            var (similarity, identifying) = Similarity(profile, known);
            var needed = dates == DateAgreement.Agree ? SameWeekSimilarity : SameStorySimilarity;
            var oneIncident = dates == DateAgreement.Agree && profile.SharesIncident(known) switch
            {
                // An incident of one type in one town that day: two reports of the week telling of it
                // tell of one incident (two car bombs in one town on one day are not two stories).
                SharedIncident.InTownSameType => identifying >= 1,

                // A helicopter shot down or a car bomb in one state that day: there are not two, while
                // the corpus holds few of them there; where they are common, as a type in a state.
                SharedIncident.InStateSameMeans => rareMeans || identifying >= 1,

                // Beside one town's incident that day, a person or a place besides the town (itself
                // shared, most often): two incidents of a kind in one town a day apart are not rare.
                SharedIncident.InTown => identifying >= 2,

                // Beside an incident of one type in one state that day (a busy state has several), a
                // group or a toll is not enough: a person or a place must be shared.
                SharedIncident.InState => identifying >= 1,
                _ => false,
            };

            // The same toll of several dead in an incident of one type in one state within the days
            // both allow, told of one armed group: one incident (the days are in the signature), where
            // those days saw no other story of such an incident there (in a busy state tolls recur).
            oneIncident |= tollTells && profile.SharesTolledIncident(known);

            // A document that gives no date at all: an incident of one type in one town, beside a
            // person or a place besides the town, is what the day would have confirmed.
            oneIncident |= dates == DateAgreement.Unknown && identifying >= 2 && profile.SharesPlacedIncident(known);
            var story = Current(known.Story!);
            if ((similarity >= needed || oneIncident) && !matched.Exists(m => m.Id == story))
            {
                matched.Add(Story(story));
            }
        }

        return matched;
    }

    /// <summary>The distinct stories (as they are now) of the latest holders of any of the features.</summary>
    private int StoriesHolding(int[] features)
    {
        var found = new HashSet<string>(StringComparer.Ordinal);
        foreach (var feature in features)
        {
            var holders = Postings(feature);
            for (var k = holders.Count - 1; k >= Math.Max(0, holders.Count - PostingsPerFeature); k--)
            {
                if (Profile(holders[k]).Story is { } story)
                {
                    found.Add(Current(story));
                }
            }
        }

        return found.Count;
    }

    /// <summary>
    /// The story a document joins when it matches documents of several stories: they report one
    /// story, which the earlier documents could not tell (each knew only one side), so they become
    /// one, under the oldest id (the one a batch over all documents in order is likeliest to give).
    /// </summary>
    private ContractStory Unite(List<ContractStory> matched)
    {
        var oldest = matched.MinBy(s => Number(s.Id))!;
        foreach (var absorbed in matched.Where(s => !ReferenceEquals(s, oldest)))
        {
            oldest.Title ??= absorbed.Title;
            oldest.Documents.AddRange(absorbed.Documents);
            oldest.Languages.AddRange(absorbed.Languages.Where(l => !oldest.Languages.Contains(l, StringComparer.Ordinal)));
            mergedInto[absorbed.Id] = oldest.Id;
            roots.Remove(absorbed.Id);
            store?.Write(MergedKind, Number(absorbed.Id), System.Text.Encoding.UTF8.GetBytes(oldest.Id));
            stories.Remove(Number(absorbed.Id));
            storyById.Remove(absorbed.Id);
            changed.Remove(Number(absorbed.Id));
            merges.Add((absorbed.Id, oldest.Id));
        }

        if (store is not null)
        {
            changed[Number(oldest.Id)] = oldest;
        }

        return oldest;
    }

    /// <summary>Earlier documents holding the most of this one's rarest specific features.</summary>
    private IEnumerable<int> Candidates(StoryProfile profile)
    {
        var hits = new Dictionary<int, int>();
        var rarest = Enumerable.Range(0, profile.Features.Length)
            .Where(i => profile.Specific[i] && Postings(profile.Features[i]).Count > 0)
            .OrderBy(i => vocabulary.Frequency(profile.Features[i]))
            .Take(BlockingFeatures);
        foreach (var feature in rarest.Select(i => profile.Features[i]).Concat(profile.TownIncidentProbes).Concat(profile.TypedTownIncidentProbes).Concat(profile.PlacedIncidentProbes).Concat(profile.MeansIncidentProbes).Concat(profile.TolledIncidentProbes).Concat(profile.StateIncidentProbes))
        {
            var holders = Postings(feature);
            for (var k = holders.Count - 1; k >= Math.Max(0, holders.Count - PostingsPerFeature); k--)
            {
                hits[holders[k]] = hits.GetValueOrDefault(holders[k]) + 1;
            }
        }

        return hits.OrderByDescending(h => h.Value).ThenByDescending(h => h.Key)
            .Take(CandidatesCompared)
            .Select(h => h.Key);
    }

    /// <summary>
    /// The cosine of the two documents' weighted features (0 below <see cref="MinimumSharedEvidence"/>),
    /// and how many features they share that identify an incident (<see cref="IncidentEvidence"/>).
    /// </summary>
    private (double Cosine, int Identifying) Similarity(StoryProfile a, StoryProfile b)
    {
        double dot = 0, normA = 0, normB = 0;
        var shared = 0;
        var identifying = 0;
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
                identifying += a.Evidence[i] == IncidentEvidence.Identifies && b.Evidence[j] == IncidentEvidence.Identifies ? 1 : 0;
            }

            i += fa == feature ? 1 : 0;
            j += fb == feature ? 1 : 0;
        }

        if (shared < MinimumSharedEvidence || normA == 0 || normB == 0)
        {
            return (0, identifying);
        }

        return (dot / Math.Sqrt(normA * normB), identifying);
    }

    private void Index(StoryProfile profile)
    {
        for (var i = 0; i < profile.Features.Length; i++)
        {
            if (!profile.Specific[i])
            {
                continue;
            }

            Postings(profile.Features[i]).Add(profile.Index);
            store?.Append("story.postings", profile.Features[i], profile.Index);
        }

        foreach (var incident in profile.Incidents)
        {
            Postings(incident).Add(profile.Index);
            store?.Append("story.postings", incident, profile.Index);
        }
    }

    private ContractStory NewStory()
    {
        var story = new ContractStory { Id = $"S{++storyCount}" };
        stories.Add(storyCount, story);
        storyById[story.Id] = story;
        return story;
    }

    private string Join(ContractStory story, ContractDocument document)
    {
        story.Documents.Add(document.Id);
        if (!story.Languages.Contains(document.Language, StringComparer.Ordinal))
        {
            story.Languages.Add(document.Language);
        }

        story.Title ??= StoryTitle.Of(document);
        if (StoryOf(document.Id) is null)
        {
            storyByDocument[document.Id] = story.Id;
            store?.Write(StateKinds.StoryOf, document.Id, System.Text.Encoding.UTF8.GetBytes(story.Id));
        }

        if (store is not null)
        {
            changed[Number(story.Id)] = story;
        }

        return story.Id;
    }
}
