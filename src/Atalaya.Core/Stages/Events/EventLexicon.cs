using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events.Counting;
using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Events;

/// <summary>The words of one language the event stage looks for.</summary>
/// <param name="Singular">Folded words for "one" and the indefinite articles ("un", "una", "a", "een"): "un policía" is one victim.</param>
/// <param name="Pronouns">Folded personal pronouns for one person ("he", "him", "han") and singular verb forms ("fue", "murió"): "he was killed" is one victim.</param>
/// <param name="Definite">Folded definite articles and demonstratives ("el", "the", "diese"): "the attack" refers back to an incident told.</param>
/// <param name="Additions">Folded words for "also" ("también", "auch", "også"): "a bystander also died" adds to the dead already told.</param>
/// <param name="Participation">Folded verbs of taking part ("participaron", "deltog"): "eight men took part in the killing" counts no victims.</param>
/// <param name="More">Folded words that make a count more victims than those told ("two more", "otros dos", "zwei weitere", "nog drie").</param>
/// <param name="Ordinals">Folded ordinals from two up with their value ("third" 3, "tercera" 3): "a third person was killed" tells three dead in all.</param>
internal sealed record EventWordsOfLanguage(WordMatcher Triggers, WordMatcher Actors, IReadOnlySet<string> Singular, IReadOnlySet<string> Pronouns, IReadOnlySet<string> Definite, IReadOnlySet<string> Additions, IReadOnlySet<string> Participation)
{
    public IReadOnlySet<string> More { get; init; } = new HashSet<string>();

    public IReadOnlyDictionary<string, int> Ordinals { get; init; } = new Dictionary<string, int>();

    /// <summary>Folded words for "and" ("y", "and", "og"): a count after one begins a group of its own, not the object of the verb before it.</summary>
    public IReadOnlySet<string> Conjunctions { get; init; } = new HashSet<string>();

    /// <summary>Folded plural nouns for clashes ("enfrentamientos", "clashes", "skuddvekslinger"): the dead told of them are a total over several incidents.</summary>
    public IReadOnlySet<string> SeveralIncidents { get; init; } = new HashSet<string>();
}

/// <summary>
/// Everything the event stage reads, built once from the language packs: trigger and actor-noun
/// matchers per language, the count reader and the date reader.
/// </summary>
internal sealed class EventLexicon
{
    private const string DefiniteCode = "definite";

    private readonly Dictionary<string, EventWordsOfLanguage> languages = new(StringComparer.Ordinal);

    public EventLexicon(IReadOnlyDictionary<string, LanguagePack> packs, DateLexicon dates)
    {
        foreach (var (code, pack) in packs)
        {
            // Articles are looked up only before a trigger found: matched as triggers they would make every sentence one to read.
            var triggers = new WordMatcher(pack.EventTriggers.Where(t => t.Trigger != DefiniteCode).Select(t => (t.Phrase, t.Trigger)));
            var definite = pack.EventTriggers.Where(t => t.Trigger == DefiniteCode).Select(t => Internal.TextFolding.Fold(t.Phrase)).ToHashSet(StringComparer.Ordinal);
            if (!triggers.IsEmpty)
            {
                var singular = pack.NumberWords.Where(n => n.Value == 1 && n.Kind is "article" or "unit").Select(n => Internal.TextFolding.Fold(n.Word)).ToHashSet(StringComparer.Ordinal);
                var pronouns = pack.NumberWords.Where(n => n.Kind is "pronoun" or "singular_verb").Select(n => Internal.TextFolding.Fold(n.Word)).ToHashSet(StringComparer.Ordinal);
                var additions = FoldedOfKind(pack, "addition");
                var participation = FoldedOfKind(pack, "participation");
                languages[code] = new EventWordsOfLanguage(triggers, new WordMatcher(pack.ActorNouns.Select(a => (a.Phrase, a.Category))), singular, pronouns, definite, additions, participation)
                {
                    More = FoldedOfKind(pack, "more"),
                    Ordinals = OrdinalsOf(pack),
                    Conjunctions = FoldedOfKind(pack, "and"),
                    SeveralIncidents = FoldedOfKind(pack, "several_incidents"),
                };
            }
        }

        Quantities = QuantityReader.Build(packs);
        DateReader = EventDateReader.Build(packs, dates);
    }

    public QuantityReader Quantities { get; }

    private static HashSet<string> FoldedOfKind(LanguagePack pack, string kind)
        => pack.NumberWords.Where(n => n.Kind == kind).Select(n => Internal.TextFolding.Fold(n.Word)).ToHashSet(StringComparer.Ordinal);

    private static Dictionary<string, int> OrdinalsOf(LanguagePack pack)
    {
        var ordinals = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var word in pack.NumberWords.Where(n => n.Kind == "ordinal"))
        {
            ordinals[Internal.TextFolding.Fold(word.Word)] = word.Value;
        }

        return ordinals;
    }

    public EventDateReader DateReader { get; }

    /// <summary>The words of <paramref name="language"/>, or null when it has no event lexicon (then no events are read).</summary>
    public EventWordsOfLanguage? For(string language) => languages.GetValueOrDefault(language);
}
