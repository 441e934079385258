using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>A place the gazetteer offers for a name, with what disambiguation needs.</summary>
internal sealed record PlaceCandidate(GeoPoint Point, string Kind, long Population);

/// <summary>Names of places (the gazetteer), behind an interface so the entity stage can be tested without the big file.</summary>
internal interface IPlaceNames
{
    int MaxNameWords { get; }

    /// <summary>Every place called <paramref name="name"/>, best prior first.</summary>
    IReadOnlyList<PlaceCandidate> Lookup(ReadOnlySpan<char> name);
}

/// <summary>A statistical tagger's view of one sentence.</summary>
internal interface INamedEntityTagger
{
    IReadOnlyList<(TextSpan Span, string Type, double Confidence)> Tag(string text, IReadOnlyList<TextSpan> tokens, string language);

    /// <summary>Whether running text of the language writes the word mostly in lower case ("mueren"); false when unknown.</summary>
    bool IsMostlyLowerCase(ReadOnlySpan<char> word, string language) => false;
}

/// <summary>Everything the entity stage reads: knowledge base, names, gazetteer and tagger (the last two optional).</summary>
internal sealed class EntitySources
{
    public EntitySources(KnowledgeBase knowledgeBase, IReadOnlyDictionary<string, IReadOnlyList<string>> aliasCues, IPlaceNames? places, INamedEntityTagger? tagger, IReadOnlyDictionary<string, IReadOnlyList<string>>? functionWords = null, IReadOnlyDictionary<string, IReadOnlySet<string>>? demonyms = null, IReadOnlyDictionary<string, IReadOnlyList<(string Phrase, string Position)>>? placeCues = null, IReadOnlyDictionary<string, IReadOnlySet<string>>? notPlaceWords = null, IReadOnlyDictionary<string, InstitutionWords>? institutions = null)
    {
        institutionsByLanguage = institutions ?? new Dictionary<string, InstitutionWords>();
        notPlaceWordsByLanguage = notPlaceWords ?? new Dictionary<string, IReadOnlySet<string>>();
        foreach (var (language, cues) in placeCues ?? new Dictionary<string, IReadOnlyList<(string Phrase, string Position)>>())
        {
            var index = placeCuesByLanguage[language] = new PhraseIndex<string>();
            var locatives = locativesByLanguage[language] = new HashSet<string>(StringComparer.Ordinal);
            var heads = placeHeadsByLanguage[language] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var (phrase, position) in cues)
            {
                if (position == "locative")
                {
                    locatives.Add(Internal.TextFolding.Fold(phrase));
                }
                else
                {
                    var words = WordSequence.OfName(phrase);
                    index.Add(words, position);
                    if (words.Count == 1)
                    {
                        heads.Add(words[0]);
                    }
                }
            }
        }

        demonymsByLanguage = demonyms ?? new Dictionary<string, IReadOnlySet<string>>();
        functionWordsByLanguage = (functionWords ?? new Dictionary<string, IReadOnlyList<string>>())
            .ToDictionary(p => p.Key, p => (IReadOnlySet<string>)p.Value.Select(w => Internal.TextFolding.Fold(w)).ToHashSet(StringComparer.Ordinal), StringComparer.Ordinal);
        anyFunctionWord = functionWordsByLanguage.Values.SelectMany(s => s).ToHashSet(StringComparer.Ordinal);
        KnowledgeBase = knowledgeBase;
        FoldedNames = knowledgeBase.Entities
            .SelectMany(e => e.Aliases.Prepend(e.Name).Select(n => (Folded: Internal.TextFolding.Fold(n), Entity: e)))
            .Where(x => x.Folded.Length >= 6)
            .GroupBy(x => SimilarNamesKey(x.Entity.Type, x.Folded))
            .ToDictionary(g => g.Key, g => g.DistinctBy(x => (x.Folded, x.Entity.Id)).ToList(), StringComparer.Ordinal);
        Names = new NameMatcher(knowledgeBase, aliasCues, anyFunctionWord);
        Withheld = new WithheldSurnames(knowledgeBase);
        canonicalWords = knowledgeBase.Entities.ToDictionary(e => e.Id, e => WordSequence.OfName(e.Name), StringComparer.Ordinal);
        nameWords = knowledgeBase.Entities.Where(e => e.Type == "PER").ToDictionary(
            e => e.Id,
            e => (IReadOnlySet<string>)e.Aliases.Prepend(e.Name).SelectMany(WordSequence.OfName).Where(w => w.Length >= 2 && !anyFunctionWord.Contains(w)).ToHashSet(StringComparer.Ordinal),
            StringComparer.Ordinal);
        Places = places;
        Tagger = tagger;
    }

    public KnowledgeBase KnowledgeBase { get; }

    /// <summary>The knowledge base's people by given name, for names written with the surname withheld.</summary>
    public WithheldSurnames Withheld { get; }

    public NameMatcher Names { get; }

    /// <summary>A name's content words, function words of any language left out: "cartel santa rosa lima".</summary>
    public string ContentKey(string name) => ContentKey(WordSequence.OfName(name));

    /// <summary>The content key of a name already split into folded words.</summary>
    public string ContentKey(IEnumerable<string> words) => string.Join(' ', words.Where(w => !anyFunctionWord.Contains(w)));

    /// <summary>Knowledge-base entities by the content words of their names and type (unique keys only).</summary>
    public IReadOnlyDictionary<string, KbEntity> ByContentKey => byContentKey ??= BuildContentKeys();

    private Dictionary<string, KbEntity>? byContentKey;

    private Dictionary<string, KbEntity> BuildContentKeys()
    {
        var keys = new Dictionary<string, KbEntity?>(StringComparer.Ordinal);
        foreach (var entity in KnowledgeBase.Entities)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                var key = entity.Type + ":" + ContentKey(name);
                if (key.Length <= entity.Type.Length + 1)
                {
                    continue;
                }

                // A key two entities share decides nothing.
                keys[key] = keys.TryGetValue(key, out var other) && other is not null && other.Id != entity.Id ? null : entity;
            }
        }

        return keys.Where(p => p.Value is not null).ToDictionary(p => p.Key, p => p.Value!, StringComparer.Ordinal);
    }

    /// <summary>
    /// Names already compared with every known name of their type and letter ("PER:joaquin guzmam"),
    /// with the entity they misspell or null: the comparison reads hundreds of names, and news
    /// repeats an unknown name from article to article.
    /// </summary>
    public Internal.BoundedMemo<KbEntity?> MisspeltNames { get; } = new(50_000);

    /// <summary>Folded names of six letters or more by <see cref="SimilarNamesKey"/>, for matching misspellings.</summary>
    public IReadOnlyDictionary<string, List<(string Folded, KbEntity Entity)>> FoldedNames { get; }

    /// <summary>Misspellings keep type and first letter: the only names worth an edit distance.</summary>
    public static string SimilarNamesKey(string type, string folded) => string.Concat(type, ":", folded.AsSpan(0, 1));

    public IPlaceNames? Places { get; }

    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> notPlaceWordsByLanguage;

    /// <summary>Folded months and number words of a language: a place of one such word needs more than a capital.</summary>
    public IReadOnlySet<string> NotPlaceWords(string language) => notPlaceWordsByLanguage.GetValueOrDefault(language) ?? NoWords;

    private readonly Dictionary<string, PhraseIndex<string>> placeCuesByLanguage = new(StringComparer.Ordinal);
    private static readonly PhraseIndex<string> NoPlaceCues = new();

    /// <summary>Words that name a locality around its name ("comunidad de", "neighborhood", "rancho") with their position (before, after, part). None for an unknown language.</summary>
    public PhraseIndex<string> PlaceCues(string language) => placeCuesByLanguage.GetValueOrDefault(language) ?? NoPlaceCues;

    private readonly Dictionary<string, HashSet<string>> locativesByLanguage = new(StringComparer.Ordinal);

    /// <summary>Folded locative prepositions ("en las", "in der", "i") after which a name of several words may be a neighbourhood of the document's city.</summary>
    private readonly Dictionary<string, HashSet<string>> placeHeadsByLanguage = new(StringComparer.Ordinal);

    /// <summary>The one-word place cues of a language ("rancho", "ranch", "landsbyen"): the generic head of a place name.</summary>
    public IReadOnlySet<string> PlaceHeads(string language) => placeHeadsByLanguage.TryGetValue(language, out var heads) ? heads : NoWords;

    public IReadOnlySet<string> Locatives(string language) => locativesByLanguage.TryGetValue(language, out var locatives) ? locatives : NoWords;

    public INamedEntityTagger? Tagger { get; }

    private readonly Dictionary<string, IReadOnlySet<string>> functionWordsByLanguage;
    private readonly IReadOnlyDictionary<string, IReadOnlySet<string>> demonymsByLanguage;
    private readonly Dictionary<string, IReadOnlySet<string>> nameWords;
    private readonly Dictionary<string, List<string>> canonicalWords;
    private static readonly HashSet<string> NoWords = [];

    private readonly IReadOnlyDictionary<string, InstitutionWords> institutionsByLanguage;

    /// <summary>A language's institution words and words that name nothing; none when the language has no list.</summary>
    public InstitutionWords Institutions(string language) => institutionsByLanguage.GetValueOrDefault(language) ?? InstitutionWords.None;

    /// <summary>Folded nationality words of a language ("mexicaanse", "mexican"): adjectives, not names.</summary>
    public IReadOnlySet<string> Demonyms(string language) => demonymsByLanguage.GetValueOrDefault(language) ?? NoWords;

    /// <summary>The folded first word of an entity's canonical name ("cartel" of "Cártel de Sinaloa").</summary>
    public string FirstWord(KbEntity entity) => CanonicalWords(entity) is [var first, ..] ? first : "";

    /// <summary>The folded last word of an entity's canonical name ("mexicano" of "Ejército Mexicano").</summary>
    public string LastWord(KbEntity entity) => CanonicalWords(entity) is [.., var last] ? last : "";

    /// <summary>The folded words of an entity's canonical name.</summary>
    public List<string> CanonicalWords(KbEntity entity) => canonicalWords.GetValueOrDefault(entity.Id) ?? [];

    /// <summary>The folded words of a person's names in the knowledge base, function words left out.</summary>
    public IReadOnlySet<string> NameWords(KbEntity person) => nameWords.GetValueOrDefault(person.Id) ?? NoWords;
    private readonly HashSet<string> anyFunctionWord;

    /// <summary>Folded function words of a language ("sur" is one in French, not in Spanish); of all languages when it is unknown.</summary>
    public IReadOnlySet<string> FunctionWords(string language) => functionWordsByLanguage.GetValueOrDefault(language) ?? anyFunctionWord;
}
