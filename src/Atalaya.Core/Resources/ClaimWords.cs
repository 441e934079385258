namespace Atalaya.Core.Resources;

/// <summary>A word or phrase that marks a numeric claim ("reward", "fundado", "so far this year", "&lt;n&gt; años de edad").</summary>
/// <param name="Phrase">Lowercase, words separated by one space; "&lt;n&gt;" stands for the number of a template; a final '*' matches any ending.</param>
/// <param name="Cue">One of <see cref="ClaimWords.Cues"/>.</param>
/// <param name="Value">For <c>scale</c> the multiplier, for <c>currency</c> the ISO 4217 code; empty otherwise.</param>
public sealed record ClaimCue(string Phrase, string Cue, string Value);

/// <summary>The fixed codes of claim_cues.tsv and the reader of speech_verbs.tsv (see data/lang/README.md).</summary>
public static class ClaimWords
{
    /// <summary>The number slot of a template phrase.</summary>
    public const string Slot = "<n>";

    /// <summary>What a cue says; see data/lang/README.md for each code's meaning.</summary>
    public static readonly IReadOnlySet<string> Cues = new HashSet<string>(StringComparer.Ordinal)
    {
        "reward", "revenue", "founded", "born", "age", "members", "presence", "points", "states", "homicide",
        "since", "between", "total", "per_year", "ytd", "off_duty", "group", "currency", "scale", "population", "country", "rate",
    };

    /// <summary>
    /// Cues that never open the claim gate: common words that only say who a figure is about ("the
    /// cartel", "the country") or where a span of years starts ("between", "entre", whose years open
    /// the gate by themselves) or that a number is a rate's base ("per 100,000 inhabitants"); they
    /// would let every sentence with a number through.
    /// </summary>
    public static readonly IReadOnlySet<string> QuietCues = new HashSet<string>(StringComparer.Ordinal) { "group", "country", "between", "rate" };

    /// <summary>Cues after which the start of a tally is written: "since 2018", "between 2018 and 2024".</summary>
    public static bool OpensPeriod(string cue) => cue is "since" or "between";

    /// <summary>Cues that are templates: the number stands at the "&lt;n&gt;".</summary>
    public static readonly IReadOnlySet<string> TemplateCues = new HashSet<string>(StringComparer.Ordinal) { "age", "members", "points", "states", "population" };

    internal static List<ClaimCue> ReadCues(string path)
    {
        var cues = new List<ClaimCue>();
        var row = 0;
        foreach (var fields in TsvFile.Rows(path))
        {
            row++;
            var where = $"{path}: row {row} ('{fields[0]}')";
            if (fields.Length < 2)
            {
                throw new InvalidDataException($"{where}: 2 columns expected, {fields.Length} found");
            }

            var phrase = string.Join(' ', fields[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries));
            var cue = fields[1];
            if (!Cues.Contains(cue))
            {
                throw new InvalidDataException($"{where}: unknown cue '{cue}' (one of {string.Join(", ", Cues.Order(StringComparer.Ordinal))})");
            }

            var isTemplate = phrase.Split(' ').Contains(Slot);
            if (isTemplate != TemplateCues.Contains(cue))
            {
                throw new InvalidDataException($"{where}: '{cue}' {(isTemplate ? "takes no" : "needs a")} '<n>' for the number");
            }

            var value = TsvFile.Field(fields, 2);
            if (cue == "scale" && !long.TryParse(value, System.Globalization.NumberStyles.None, System.Globalization.CultureInfo.InvariantCulture, out _))
            {
                throw new InvalidDataException($"{where}: a scale needs a whole multiplier");
            }

            if (cue == "currency" && value.Length != 3)
            {
                throw new InvalidDataException($"{where}: a currency needs its ISO 4217 code");
            }

            cues.Add(new ClaimCue(phrase, cue, value));
        }

        return cues;
    }

    internal static List<string> ReadSpeechVerbs(string path)
        => [.. TsvFile.Rows(path).Select(row => string.Join(' ', row[0].ToLowerInvariant().Split(' ', StringSplitOptions.RemoveEmptyEntries)))];
}
