namespace Atalaya.Core.Resources;

/// <summary>A word or phrase that signals an event ("asesinado", "shot dead", "narcobloqueo") and which kind.</summary>
/// <param name="Phrase">Lowercase; words separated by one space; a final '*' matches any ending of the last word.</param>
/// <param name="Trigger">One of <see cref="EventWords.Triggers"/>.</param>
public sealed record TriggerPhrase(string Phrase, string Trigger);

/// <summary>A noun for who acts or suffers in an event ("policías", "sicarios", "journalists") and its category.</summary>
/// <param name="Category">One of <see cref="EventWords.ActorCategories"/>.</param>
public sealed record ActorNoun(string Phrase, string Category);

/// <summary>A number word ("siete", "twenty-one", "dozens") with its value and how it combines.</summary>
/// <param name="Kind">One of <see cref="EventWords.NumberKinds"/>.</param>
public sealed record NumberWord(string Word, int Value, string Kind);

/// <summary>A word or phrase of a relative date ("ayer", "last week", "sist", "geleden") and how it resolves.</summary>
/// <param name="Kind">One of <see cref="EventWords.DateKinds"/>.</param>
/// <param name="Value">An offset, a weekday number (Monday 1 … Sunday 7) or a unit name, depending on the kind.</param>
public sealed record DatePhrase(string Phrase, string Kind, string Value);

/// <summary>The fixed codes of the event lexicons (data/lang/&lt;code&gt;/event_*.tsv, numbers.tsv, date_phrases.tsv).</summary>
public static class EventWords
{
    /// <summary>What a trigger phrase signals; see data/lang/README.md for each code's meaning.</summary>
    public static readonly IReadOnlySet<string> Triggers = new HashSet<string>(StringComparer.Ordinal)
    {
        "clash", "ambush", "attack", "shoot", "kill", "dead", "injure", "kidnap", "disappear", "torture", "massacre",
        "arrest", "seize", "defuse", "drone", "landmine", "explosive", "car_bomb", "aircraft", "grenade", "blockade", "arson",
        "banner", "protest", "riot", "escape", "takeover", "found", "tally", "tally_since", "subset", "destination", "border", "origin",
        "reward", "intent", "legal_seizure", "footage", "operation", "definite",
    };

    public static readonly IReadOnlySet<string> ActorCategories = new HashSet<string>(StringComparer.Ordinal)
    {
        "police", "military", "national_guard", "navy", "security", "official", "journalist", "civilian", "person",
        "child", "gunmen", "prisoner",
    };

    public static readonly IReadOnlySet<string> NumberKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "unit", "scale", "vague", "and", "article", "pronoun", "singular_verb", "addition", "participation", "more", "ordinal", "several_incidents",
    };

    public static readonly IReadOnlySet<string> DateKinds = new HashSet<string>(StringComparer.Ordinal)
    {
        "weekday", "day", "week", "month", "year", "last", "this", "next", "ago_before", "ago_after", "unit", "part",
    };

    internal static List<TriggerPhrase> ReadTriggers(string path)
        => [.. Read(path, 2, (row, where) => new TriggerPhrase(Phrase(row[0]), Code(row[1], Triggers, where)))];

    internal static List<ActorNoun> ReadActors(string path)
        => [.. Read(path, 2, (row, where) => new ActorNoun(Phrase(row[0]), Code(row[1], ActorCategories, where)))];

    internal static List<NumberWord> ReadNumbers(string path)
        => [.. Read(path, 3, (row, where) => new NumberWord(
            Phrase(row[0]),
            int.TryParse(row[1], System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out var value)
                ? value
                : throw new InvalidDataException($"{where}: '{row[1]}' is not a whole number"),
            Code(row[2], NumberKinds, where)))];

    internal static List<DatePhrase> ReadDatePhrases(string path)
        => [.. Read(path, 3, (row, where) => new DatePhrase(Phrase(row[0]), Code(row[1], DateKinds, where), row[2]))];

    private static IEnumerable<T> Read<T>(string path, int columns, Func<string[], string, T> build)
    {
        var row = 0;
        foreach (var fields in TsvFile.Rows(path))
        {
            row++;
            var where = $"{path}: row {row} ('{fields[0]}')";
            if (fields.Length < columns)
            {
                throw new InvalidDataException($"{where}: {columns} columns expected, {fields.Length} found");
            }

            yield return build(fields, where);
        }
    }

    private static string Phrase(string value) => string.Join(' ', value.ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));

    private static string Code(string value, IReadOnlySet<string> allowed, string where)
        => allowed.Contains(value) ? value : throw new InvalidDataException($"{where}: unknown code '{value}' (one of {string.Join(", ", allowed.Order(StringComparer.Ordinal))})");
}
