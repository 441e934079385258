using System.Collections.Frozen;

namespace Atalaya.Core.Resources;

/// <summary>How a boilerplate phrase must meet a line to mark it.</summary>
public enum PhraseMatch
{
    /// <summary>The whole line is the phrase.</summary>
    Line,

    /// <summary>The line starts with the phrase.</summary>
    Prefix,

    /// <summary>A short line contains the phrase.</summary>
    Contains,

    /// <summary>A heading-shaped line (a few words, no closing period) starts with the phrase: "More from Politics".</summary>
    Heading,

    /// <summary>A heading-shaped line ends with the phrase: "Daily Herald, en Español".</summary>
    Suffix,

    /// <summary>
    /// The closing sentence of a paragraph is a call to read another story: "Read the full story here"
    /// ("read * here": the words before and after the star, any words between).
    /// </summary>
    Call,
}

public sealed record BoilerplatePhrase(string Phrase, PhraseMatch Match, string Kind, string Language);

/// <summary>
/// The words of one language, read from data/lang/&lt;code&gt;/*.tsv. Every language folder has the
/// same files; code holds the mechanisms, these files hold the words.
/// </summary>
public sealed class LanguagePack
{
    public required string Code { get; init; }

    public IReadOnlyList<BoilerplatePhrase> Boilerplate { get; init; } = [];

    /// <summary>Month names and abbreviations (lowercase) to month numbers.</summary>
    public IReadOnlyDictionary<string, int> Months { get; init; } = new Dictionary<string, int>();

    /// <summary>Words that introduce a publication date ("published", "publicado") with their kind.</summary>
    public IReadOnlyDictionary<string, string> DateLabels { get; init; } = new Dictionary<string, string>();

    /// <summary>Words that introduce an author on a byline line ("by", "por", "door").</summary>
    public IReadOnlyList<string> BylinePrefixes { get; init; } = [];

    /// <summary>Role words that follow an author name ("correspondent", "redactor").</summary>
    public IReadOnlyList<string> BylineRoles { get; init; } = [];

    /// <summary>Words typical of this language among its close neighbours (for the language identifier).</summary>
    public IReadOnlyList<string> Markers { get; init; } = [];

    /// <summary>Phrases that introduce another name of whoever was just named ("alias", "known as", "bijnaam").</summary>
    public IReadOnlyList<string> AliasCues { get; init; } = [];

    /// <summary>
    /// Words that name a locality around its name ("comunidad de", "village of", "landsbyen"; "neighborhood"
    /// written after it; "rancho", part of the name), lowercase, with their position: "before", "after" or "part".
    /// </summary>
    public IReadOnlyList<(string Phrase, string Position)> PlaceCues { get; init; } = [];

    /// <summary>Articles, prepositions, pronouns: never a name alone, trimmed from the edges of tagged names.</summary>
    public IReadOnlyList<string> FunctionWords { get; init; } = [];

    /// <summary>
    /// Nationality adjectives and inhabitant nouns with their inflections ("mexicano", "mexicanas",
    /// "mexicaanse", "mexikanischen", "meksikanske"), folded with <see cref="Internal.TextFolding.Fold"/>
    /// (lower case, no accents; a hyphen or space becomes one space: "us amerikanisch", "new yorker").
    /// They are no entities: "Mexican government" names no place. Read from demonyms.tsv.
    /// </summary>
    public IReadOnlySet<string> Demonyms { get; init; } = FrozenSet<string>.Empty;

    /// <summary>The place each of <see cref="Demonyms"/> is about: "jalisciense" → (MX, Jalisco), "mexicaanse" → (MX, null).</summary>
    public IReadOnlyDictionary<string, DemonymPlace> DemonymPlaces { get; init; } = FrozenDictionary<string, DemonymPlace>.Empty;

    /// <summary>Institution words (phrase, kind: head, role, generic, suffix), from institution_words.tsv.</summary>
    public IReadOnlyList<(string Phrase, string Kind)> InstitutionWords { get; init; } = [];

    /// <summary>Words written like names that name no entity (weapon models, "IED", "WK"), from not_names.tsv.</summary>
    public IReadOnlyList<string> NotNames { get; init; } = [];

    /// <summary>Words that signal an event, from event_triggers.tsv.</summary>
    public IReadOnlyList<TriggerPhrase> EventTriggers { get; init; } = [];

    /// <summary>Nouns for the people and forces in events, from event_actors.tsv.</summary>
    public IReadOnlyList<ActorNoun> ActorNouns { get; init; } = [];

    /// <summary>Cardinal and vague number words, from numbers.tsv.</summary>
    public IReadOnlyList<NumberWord> NumberWords { get; init; } = [];

    /// <summary>Weekdays and relative-date words, from date_phrases.tsv.</summary>
    public IReadOnlyList<DatePhrase> DatePhrases { get; init; } = [];

    /// <summary>Words that mark a numeric claim (rewards, founding years, ages, tallies), from claim_cues.tsv.</summary>
    public IReadOnlyList<ClaimCue> ClaimCues { get; init; } = [];

    /// <summary>Verbs that attribute direct speech ("said", "dijo", "sier", "sagte"), from speech_verbs.tsv.</summary>
    public IReadOnlyList<string> SpeechVerbs { get; init; } = [];

    /// <summary>The words that let a speech verb refer back to the person last named, from speaker_reference.tsv.</summary>
    public SpeakerReferenceWords SpeakerReference { get; init; } = SpeakerReferenceWords.None;

    public static LanguagePack Load(string directory)
    {
        var code = Path.GetFileName(directory.TrimEnd(Path.DirectorySeparatorChar));
        var boilerplate = TsvFile.Rows(Path.Combine(directory, "boilerplate.tsv"))
            .Select(row => new BoilerplatePhrase(row[0], ParseMatch(TsvFile.Field(row, 1, "line"), directory), TsvFile.Field(row, 2, "other"), code))
            .ToList();

        var months = new Dictionary<string, int>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Rows(Path.Combine(directory, "months.tsv")))
        {
            if (int.TryParse(TsvFile.Field(row, 1), out var number) && number is >= 1 and <= 12)
            {
                months.TryAdd(row[0].ToLowerInvariant(), number);
            }
        }

        var labels = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var row in TsvFile.Rows(Path.Combine(directory, "date_labels.tsv")))
        {
            labels.TryAdd(row[0].ToLowerInvariant(), TsvFile.Field(row, 1, "published"));
        }

        var bylineRows = TsvFile.Rows(Path.Combine(directory, "byline.tsv")).ToList();
        var demonyms = Resources.Demonyms.Load(Path.Combine(directory, "demonyms.tsv"));
        return new LanguagePack
        {
            Code = code,
            Boilerplate = boilerplate,
            Months = months,
            DateLabels = labels,
            BylinePrefixes = [.. bylineRows.Where(r => TsvFile.Field(r, 1, "prefix") == "prefix").Select(r => r[0].ToLowerInvariant())],
            BylineRoles = [.. bylineRows.Where(r => TsvFile.Field(r, 1) == "role").Select(r => r[0].ToLowerInvariant())],
            Markers = [.. TsvFile.Rows(Path.Combine(directory, "markers.tsv")).Select(r => r[0].ToLowerInvariant())],
            AliasCues = [.. TsvFile.Rows(Path.Combine(directory, "alias_cues.tsv")).Select(r => r[0].ToLowerInvariant())],
            PlaceCues = [.. TsvFile.Rows(Path.Combine(directory, "place_cues.tsv")).Select(r => (r[0].ToLowerInvariant(), TsvFile.Field(r, 1, "before")))],
            FunctionWords = [.. TsvFile.Rows(Path.Combine(directory, "function_words.tsv")).Select(r => r[0].ToLowerInvariant())],
            Demonyms = demonyms.Keys.ToFrozenSet(StringComparer.Ordinal),
            DemonymPlaces = demonyms,
            InstitutionWords = [.. TsvFile.Rows(Path.Combine(directory, "institution_words.tsv")).Select(r => (r[0].ToLowerInvariant(), TsvFile.Field(r, 1, "head")))],
            NotNames = [.. TsvFile.Rows(Path.Combine(directory, "not_names.tsv")).Select(r => r[0].ToLowerInvariant())],
            EventTriggers = EventWords.ReadTriggers(Path.Combine(directory, "event_triggers.tsv")),
            ActorNouns = EventWords.ReadActors(Path.Combine(directory, "event_actors.tsv")),
            NumberWords = EventWords.ReadNumbers(Path.Combine(directory, "numbers.tsv")),
            DatePhrases = EventWords.ReadDatePhrases(Path.Combine(directory, "date_phrases.tsv")),
            ClaimCues = ClaimWords.ReadCues(Path.Combine(directory, "claim_cues.tsv")),
            SpeechVerbs = ClaimWords.ReadSpeechVerbs(Path.Combine(directory, "speech_verbs.tsv")),
            SpeakerReference = SpeakerReferenceWords.Read(Path.Combine(directory, "speaker_reference.tsv")),
        };
    }

    private static PhraseMatch ParseMatch(string value, string directory) => value switch
    {
        "line" => PhraseMatch.Line,
        "prefix" => PhraseMatch.Prefix,
        "contains" => PhraseMatch.Contains,
        "heading" => PhraseMatch.Heading,
        "suffix" => PhraseMatch.Suffix,
        "call" => PhraseMatch.Call,
        _ => throw new InvalidDataException($"{directory}/boilerplate.tsv: unknown match '{value}' (line, prefix or contains)"),
    };
}
