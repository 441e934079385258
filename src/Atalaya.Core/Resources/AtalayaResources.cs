using Atalaya.Core.Stages.Claims;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Stages.Quotes;

namespace Atalaya.Core.Resources;

/// <summary>
/// Everything the stages read and never write: language packs now, models, the knowledge base and
/// the gazetteer as they arrive. Loaded once per process and shared by all threads.
/// </summary>
public sealed class AtalayaResources
{
    /// <summary>Where the trained language identifier lives inside the data folder.</summary>
    public const string LanguageModelPath = "models/langid.atlm";

    private AtalayaResources(
        string dataDirectory,
        IReadOnlyDictionary<string, LanguagePack> languages,
        Func<LanguageIdentifier?> identifier,
        KnowledgeBase knowledgeBase,
        Func<IPlaceNames?> places,
        Func<INamedEntityTagger?> tagger,
        ResourceLoadTimes times)
    {
        DataDirectory = dataDirectory;
        Languages = languages;
        LoadTimes = times;

        // Start-up is mostly building lookup tables and compiling the code that builds them: the
        // independent ones are built on other cores. The entity names wait for the gazetteer and
        // the tagger, which may still be loading.
        var entitySources = Task.Run(() =>
        {
            var (placeNames, entityTagger) = (places(), tagger());
            return times.Time("entity names", () => NewEntitySources(languages, knowledgeBase, placeNames, entityTagger));
        });
        var boilerplate = Task.Run(() => times.Time("boilerplate", () => new BoilerplateLexicon(languages.Values.SelectMany(pack => pack.Boilerplate), languages.Values.SelectMany(pack => pack.FunctionWords))));
        Dates = times.Time("dates", () => new DateLexicon(languages.Values));
        Bylines = times.Time("bylines", () => new BylineLexicon(languages.Values));
        EventLexicon = times.Time("event words", () => new EventLexicon(languages, Dates));
        ClaimLexicon = times.Time("claim words", () => new ClaimLexicon(languages, EventLexicon));
        QuoteLexicon = times.Time("quote words", () => new QuoteLexicon(languages));
        LanguageIdentifier = identifier();
        Boilerplate = Wait(boilerplate);
        EntitySources = Wait(entitySources);
    }

    private static EntitySources NewEntitySources(IReadOnlyDictionary<string, LanguagePack> languages, KnowledgeBase knowledgeBase, IPlaceNames? places, INamedEntityTagger? tagger)
        => new(
            knowledgeBase,
            languages.ToDictionary(p => p.Key, p => p.Value.AliasCues),
            places,
            tagger,
            languages.ToDictionary(p => p.Key, p => p.Value.FunctionWords),
            languages.ToDictionary(p => p.Key, p => p.Value.Demonyms),
            languages.ToDictionary(p => p.Key, p => p.Value.PlaceCues),
            languages.ToDictionary(p => p.Key, p => (IReadOnlySet<string>)NotPlaceWords(p.Value)),
            languages.ToDictionary(p => p.Key, p => new InstitutionWords(p.Value.InstitutionWords, p.Value.NotNames, p.Value.EventTriggers.Select(t => t.Phrase))));

    /// <summary>The result of a load run on another thread, its failure thrown as it was (not wrapped).</summary>
    private static T Wait<T>(Task<T> task) => task.GetAwaiter().GetResult();

    /// <summary>Month names and number words of a language: "March", "Catorce" alone name a month or a count, not the town of that name.</summary>
    private static HashSet<string> NotPlaceWords(LanguagePack pack)
        => pack.Months.Keys.Concat(pack.NumberWords.Select(n => n.Word)).Where(w => !w.Contains(' ', StringComparison.Ordinal))
            .Select(w => Internal.TextFolding.Fold(w)).ToHashSet(StringComparer.Ordinal);

    public string DataDirectory { get; }

    public IReadOnlyDictionary<string, LanguagePack> Languages { get; }

    /// <summary>Boilerplate phrases of all languages: cleaning runs before the language is known.</summary>
    public BoilerplateLexicon Boilerplate { get; }

    public DateLexicon Dates { get; }

    public BylineLexicon Bylines { get; }

    /// <summary>Knowledge base, name index, gazetteer and tagger for the entity stage.</summary>
    internal EntitySources EntitySources { get; }

    /// <summary>Trigger words, actor nouns, number words and date phrases for the event stage.</summary>
    internal EventLexicon EventLexicon { get; }

    /// <summary>Claim cues and money words for the claim stage; speech verbs for the quote stage below.</summary>
    internal ClaimLexicon ClaimLexicon { get; }

    internal QuoteLexicon QuoteLexicon { get; }

    /// <summary>The domain knowledge base (data/kb).</summary>
    public KnowledgeBase KnowledgeBase => EntitySources.KnowledgeBase;

    /// <summary>The trained identifier, or null when the data folder has no model (then languages are "und").</summary>
    public LanguageIdentifier? LanguageIdentifier { get; }

    /// <summary>How long each resource took to load.</summary>
    public ResourceLoadTimes LoadTimes { get; }

    public static AtalayaResources Load(string? dataDirectory = null)
    {
        var times = new ResourceLoadTimes();
        var root = Resources.DataDirectory.Locate(dataDirectory);

        // The models and the gazetteer are files of their own: read on other cores while this one
        // reads the language packs and builds the lexicons from them.
        var modelPath = Path.Combine(root, LanguageModelPath);
        var model = Task.Run(() => File.Exists(modelPath) ? times.Time("language model", () => LanguageModel.Load(modelPath)) : null);
        var gazetteer = Task.Run(() => times.Time("gazetteer", () => GazetteerPlaces.TryLoad(root)));
        var tagger = Task.Run(() => times.Time("entity model", () => StatisticalTagger.TryLoad(root)));
        var languages = times.Time("language packs", () =>
        {
            var packs = new SortedDictionary<string, LanguagePack>(StringComparer.Ordinal);
            foreach (var folder in Directory.EnumerateDirectories(Path.Combine(root, "lang")).Order(StringComparer.Ordinal))
            {
                var pack = LanguagePack.Load(folder);
                packs[pack.Code] = pack;
            }

            return packs;
        });

        var knowledgeBase = times.Time("knowledge base", () => KnowledgeBase.Load(Path.Combine(root, "kb")));
        return new AtalayaResources(
            root,
            languages,
            () => Wait(model) is { } loaded ? LanguageIdentifier.FromModel(loaded, languages.ToDictionary(p => p.Key, p => p.Value.Markers)) : null,
            knowledgeBase,
            () => Wait(gazetteer),
            () => Wait(tagger),
            times);
    }

    /// <summary>Resources built in memory with entity sources of the caller's choosing (tests).</summary>
    internal static AtalayaResources ForEntities(AtalayaResources basis, KnowledgeBase knowledgeBase, IPlaceNames? places, INamedEntityTagger? tagger)
        => new(basis.DataDirectory, basis.Languages, () => basis.LanguageIdentifier, knowledgeBase, () => places, () => tagger, new ResourceLoadTimes());

    /// <summary>Resources built in memory (tests, tools); <paramref name="packs"/> stand for data/lang.</summary>
    public static AtalayaResources FromPacks(IEnumerable<LanguagePack> packs)
        => new("(memory)", packs.ToDictionary(pack => pack.Code, StringComparer.Ordinal), () => null, KnowledgeBase.Empty, () => null, () => null, new ResourceLoadTimes());
}
