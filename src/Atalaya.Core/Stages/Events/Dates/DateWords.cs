using Atalaya.Core.Internal;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>A month name of one language: its number, and whether it is a full name rather than an abbreviation ("agosto", not "ago").</summary>
internal readonly record struct MonthName(int Month, bool Full);

/// <summary>The date words of one language, folded once: date phrases, month names, function words and number words for amounts.</summary>
internal sealed class DateWords
{
    // English and German write month names with a capital: a lowercase "may" is the verb.
    private static readonly HashSet<string> CapitalizingMonths = new(StringComparer.Ordinal) { "en", "de" };

    public static DateWords Empty { get; } = new();

    public FoldedTable<DateEntry> Phrases { get; private init; } = FoldedTable<DateEntry>.Empty;

    /// <summary>The most words in one phrase.</summary>
    public int MaxWords { get; private init; }

    /// <summary>
    /// The words of phrases other than function words, and month names: a sentence without any of
    /// them and without digits holds no date, and is passed over at the cost of one look-up a word.
    /// </summary>
    public FoldedTable<bool> KeyWords { get; private init; } = FoldedTable<bool>.Empty;

    /// <summary>First words of phrases: no phrase is looked for at a piece that is none.</summary>
    public FoldedTable<bool> PhraseStarts { get; private init; } = FoldedTable<bool>.Empty;

    public FoldedTable<MonthName> Months { get; private init; } = FoldedTable<MonthName>.Empty;

    public FoldedTable<bool> FunctionWords { get; private init; } = FoldedTable<bool>.Empty;

    /// <summary>The shortest form of each unit ("día", "week", "Jahr"): after an article it means one ("hace un año").</summary>
    public FoldedTable<bool> SingularUnits { get; private init; } = FoldedTable<bool>.Empty;

    public NumberLexicon Numbers { get; private init; } = NumberLexicon.Empty;

    /// <summary>Nouns of people: four digits before one are a count ("2000 personas"), not a year.</summary>
    public CountedNouns Nouns { get; private init; } = CountedNouns.Empty;

    /// <summary>Whether a month alone must be written with a capital to be a month.</summary>
    public bool MonthsCapitalized { get; private init; }

    public static DateWords Build(LanguagePack pack)
    {
        var phrases = new Dictionary<string, DateEntry>(StringComparer.Ordinal);
        foreach (var phrase in pack.DatePhrases)
        {
            var folded = TextFolding.Fold(phrase.Phrase);
            if (folded.Length > 0)
            {
                phrases[folded] = phrases.GetValueOrDefault(folded, DateEntry.None).With(phrase);
            }
        }

        var months = FoldMonths(pack.Months);
        var functionWords = Set(pack.FunctionWords.Select(w => TextFolding.Fold(w)));
        var singular = phrases.Where(p => p.Value.Unit is not null)
            .GroupBy(p => p.Value.Unit, StringComparer.Ordinal)
            .Select(g => g.MinBy(p => p.Key.Length).Key);
        return new DateWords
        {
            Phrases = new FoldedTable<DateEntry>(phrases),
            MaxWords = phrases.Count == 0 ? 0 : phrases.Keys.Max(k => k.Count(c => c == ' ') + 1),
            KeyWords = Set(phrases.Keys.SelectMany(k => KeyWordsOf(k, functionWords)).Concat(months.Keys)),
            PhraseStarts = Set(phrases.Keys.Select(k => k.Split(' ')[0])),
            Months = new FoldedTable<MonthName>(months),
            FunctionWords = functionWords,
            SingularUnits = Set(singular),
            Numbers = NumberLexicon.Build(pack.NumberWords),
            Nouns = CountedNouns.Build(pack.ActorNouns),
            MonthsCapitalized = CapitalizingMonths.Contains(pack.Code),
        };
    }

    /// <summary>
    /// Month names folded; a name is full unless it is the start of a longer name of the same month
    /// or shorter than four letters beside a longer one ("ago" of "agosto", "mrz" of "märz").
    /// </summary>
    private static Dictionary<string, MonthName> FoldMonths(IReadOnlyDictionary<string, int> names)
    {
        var folded = names.Select(n => (Name: TextFolding.Fold(n.Key), Month: n.Value)).Where(n => n.Name.Length > 0).ToList();
        var months = new Dictionary<string, MonthName>(StringComparer.Ordinal);
        foreach (var (name, month) in folded)
        {
            var same = folded.Where(o => o.Month == month && o.Name != name).Select(o => o.Name).ToList();
            var prefix = same.Exists(o => o.StartsWith(name, StringComparison.Ordinal));
            var abbreviated = name.Length < 4 && same.Exists(o => o.Length > name.Length);
            months.TryAdd(name, new MonthName(month, !prefix && !abbreviated));
        }

        return months;
    }

    /// <summary>The words of a phrase that are no function words; all of them when every word is one ("i går" keeps "går").</summary>
    private static IEnumerable<string> KeyWordsOf(string phrase, FoldedTable<bool> functionWords)
    {
        var all = phrase.Split(' ');
        var content = all.Where(w => !functionWords.Contains(w)).ToList();
        return content.Count > 0 ? content : all;
    }

    private static FoldedTable<bool> Set(IEnumerable<string> words)
        => new(words.Where(w => w.Length > 0).Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));
}
