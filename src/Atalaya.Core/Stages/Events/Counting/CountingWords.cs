using Atalaya.Core.Internal;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// The words of one language that the quantity reader needs, folded once: number words, and the
/// words that show a number is no count (a month after "2 de", a unit of time after "23 años",
/// a preposition before "en 2015").
/// </summary>
internal sealed class CountingWords
{
    public static CountingWords Empty { get; } = new();

    public NumberLexicon Numbers { get; private init; } = NumberLexicon.Empty;

    /// <summary>Month names and abbreviations to 1–12.</summary>
    public FoldedTable<int> Months { get; private init; } = FoldedTable<int>.Empty;

    /// <summary>Units of time ("días", "years", "Wochen") to day, week, month or year.</summary>
    public FoldedTable<string> TimeUnits { get; private init; } = FoldedTable<string>.Empty;

    public FoldedTable<bool> FunctionWords { get; private init; } = FoldedTable<bool>.Empty;

    /// <summary>Words after which four digits are a year: parts of a period ("principios", "early", "Anfang") and "last"/"this".</summary>
    public FoldedTable<bool> YearCues { get; private init; } = FoldedTable<bool>.Empty;

    /// <summary>Nouns of people: four digits before one are a count ("2000 personas"), not a year.</summary>
    public CountedNouns Nouns { get; private init; } = CountedNouns.Empty;

    public static CountingWords Build(LanguagePack pack) => new()
    {
        Nouns = CountedNouns.Build(pack.ActorNouns),
        Numbers = NumberLexicon.Build(pack.NumberWords),
        Months = Table(pack.Months.Select(m => KeyValuePair.Create(TextFolding.Fold(m.Key), m.Value))),
        TimeUnits = Table(pack.DatePhrases.Where(p => p.Kind == "unit").Select(p => KeyValuePair.Create(TextFolding.Fold(p.Phrase), p.Value))),
        FunctionWords = Table(pack.FunctionWords.Select(w => KeyValuePair.Create(TextFolding.Fold(w), true))),
        YearCues = Table(pack.DatePhrases.Where(p => p.Kind is "part" or "last" or "this")
            .SelectMany(p => TextFolding.Fold(p.Phrase).Split(' '))
            .Select(w => KeyValuePair.Create(w, true))),
    };

    private static FoldedTable<T> Table<T>(IEnumerable<KeyValuePair<string, T>> entries)
    {
        var distinct = new Dictionary<string, T>(StringComparer.Ordinal);
        foreach (var (key, value) in entries)
        {
            if (key.Length > 0)
            {
                distinct.TryAdd(key, value);
            }
        }

        return new FoldedTable<T>(distinct);
    }
}
