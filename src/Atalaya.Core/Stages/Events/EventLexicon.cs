using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events.Counting;
using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Events;

/// <summary>The words of one language the event stage looks for.</summary>
/// <param name="Singular">Folded words for "one" and the indefinite articles ("un", "una", "a", "een"): "un policía" is one victim.</param>
/// <param name="Weekdays">Folded weekday words to their number (Monday 1), for dates the text gives but the reader cannot resolve.</param>
/// <param name="DateCues">Folded words a date expression of the language can hold (months, weekdays, "ayer", "ago"): a sentence without one, and without a digit, has no date to read.</param>
internal sealed record EventWordsOfLanguage(WordMatcher Triggers, WordMatcher Actors, IReadOnlySet<string> Singular, IReadOnlyDictionary<string, int> Weekdays, IReadOnlySet<string> DateCues);

/// <summary>
/// Everything the event stage reads, built once from the language packs: trigger and actor-noun
/// matchers per language, the count reader and the date reader.
/// </summary>
internal sealed class EventLexicon
{
    private readonly Dictionary<string, EventWordsOfLanguage> languages = new(StringComparer.Ordinal);

    public EventLexicon(IReadOnlyDictionary<string, LanguagePack> packs, DateLexicon dates)
    {
        foreach (var (code, pack) in packs)
        {
            var triggers = new WordMatcher(pack.EventTriggers.Select(t => (t.Phrase, t.Trigger)));
            if (!triggers.IsEmpty)
            {
                var singular = pack.NumberWords.Where(n => n.Value == 1 && n.Kind is "article" or "unit").Select(n => Internal.TextFolding.Fold(n.Word)).ToHashSet(StringComparer.Ordinal);
                var weekdays = new Dictionary<string, int>(StringComparer.Ordinal);
                foreach (var phrase in pack.DatePhrases.Where(p => p.Kind == "weekday" && !p.Phrase.Contains(' ', StringComparison.Ordinal)))
                {
                    weekdays.TryAdd(Internal.TextFolding.Fold(phrase.Phrase), int.TryParse(phrase.Value, System.Globalization.CultureInfo.InvariantCulture, out var day) ? day : 0);
                }

                var cues = pack.Months.Keys.Concat(pack.DatePhrases.Where(p => p.Kind is not ("unit" or "this" or "part")).SelectMany(p => p.Phrase.Split(' ')))
                    .Select(w => Internal.TextFolding.Fold(w)).SelectMany(w => w.Split(' ')).Where(w => w.Length > 0).ToHashSet(StringComparer.Ordinal);
                languages[code] = new EventWordsOfLanguage(triggers, new WordMatcher(pack.ActorNouns.Select(a => (a.Phrase, a.Category))), singular, weekdays, cues);
            }
        }

        Months = FoldedMonths(packs);
        Quantities = QuantityReader.Build(packs);
        DateReader = EventDateReader.Build(packs, dates);
    }

    /// <summary>Folded month names of all languages to their number; a name two languages read as different months is left out.</summary>
    public IReadOnlyDictionary<string, int> Months { get; }

    public QuantityReader Quantities { get; }

    public EventDateReader DateReader { get; }

    private static Dictionary<string, int> FoldedMonths(IReadOnlyDictionary<string, LanguagePack> packs)
    {
        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var (name, number) in packs.Values.SelectMany(p => p.Months))
        {
            var folded = Internal.TextFolding.Fold(name);
            months[folded] = months.TryGetValue(folded, out var known) && known != number ? 0 : number;
        }

        return months;
    }

    /// <summary>The words of <paramref name="language"/>, or null when it has no event lexicon (then no events are read).</summary>
    public EventWordsOfLanguage? For(string language) => languages.GetValueOrDefault(language);
}
