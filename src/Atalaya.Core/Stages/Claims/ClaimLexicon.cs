using Atalaya.Core.Internal;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Claims;

/// <summary>A template cue: the words right before and right after the number ("de" &lt;n&gt; "años").</summary>
internal sealed record CueTemplate(string[] Before, string[] After, string Cue);

/// <summary>The claim words of one language, folded once (from data/lang/&lt;code&gt;/claim_cues.tsv).</summary>
internal sealed class ClaimWordsOfLanguage
{
    private const int StemPrefix = WordMatcher.MinStemLength;

    private readonly FoldedTable<bool> gateWords;
    private readonly FoldedTable<bool> gateStems;

    public ClaimWordsOfLanguage(IReadOnlyList<ClaimCue> cues, EventWordsOfLanguage? events, NumberLexicon numbers)
    {
        Events = events;
        Numbers = numbers;
        var anywhere = cues.Where(c => !ClaimWords.TemplateCues.Contains(c.Cue) && c.Cue is not ("scale" or "currency")).ToList();
        Cues = new WordMatcher(anywhere.Select(c => (c.Phrase, c.Cue)));
        Templates = [.. cues.Where(c => ClaimWords.TemplateCues.Contains(c.Cue)).Select(Template)];
        var scales = new Dictionary<string, long>(StringComparer.Ordinal);
        var currencies = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var cue in cues)
        {
            // Spellings with and without accents fold to one key ("dólares", "dolares"): the first row wins.
            _ = cue.Cue switch
            {
                "scale" => scales.TryAdd(Key(cue.Phrase), long.Parse(cue.Value, System.Globalization.CultureInfo.InvariantCulture)),
                "currency" => currencies.TryAdd(Key(cue.Phrase), cue.Value),
                _ => false,
            };
        }

        (Scales, Currencies) = (scales, currencies);

        // The gate: a sentence is read only when it holds the most telling word of some cue ("total" of
        // "a total of"); function words ("de", "a", "in") would let every sentence through. Templates are
        // looked for right beside numbers instead.
        var words = new HashSet<string>(StringComparer.Ordinal);
        var stems = new HashSet<string>(StringComparer.Ordinal);
        foreach (var phrase in anywhere.Where(c => !ClaimWords.QuietCues.Contains(c.Cue)).Select(c => c.Phrase))
        {
            var telling = Words(phrase).Where(w => w != ClaimWords.Slot).SelectMany(w => w.Split(' ')).MaxBy(w => w.TrimEnd('*').Length);
            if (telling is null || telling.Length < 2)
            {
                continue;
            }

            if (telling.EndsWith('*'))
            {
                stems.Add(telling[..Math.Min(StemPrefix, telling.Length - 1)]);
            }
            else
            {
                words.Add(telling);
            }
        }

        gateWords = new FoldedTable<bool>(words.Select(w => KeyValuePair.Create(w, true)));
        TemplateFollowers = Set(Templates.Where(t => t.After.Length > 0).Select(t => t.After[0]));
        TemplatePrecedents = Set(Templates.Where(t => t.Before.Length > 0).Select(t => t.Before[^1]));
        gateStems = new FoldedTable<bool>(stems.Where(s => s.Length == StemPrefix).Select(s => KeyValuePair.Create(s, true)));
    }

    /// <summary>Cues found anywhere in a sentence (reward, founded, since, so far this year …).</summary>
    public WordMatcher Cues { get; }

    public IReadOnlyList<CueTemplate> Templates { get; }

    /// <summary>The first word after the number of each template ("años" of "&lt;n&gt; años de edad"): the gate looks right after numbers.</summary>
    public FoldedTable<bool> TemplateFollowers { get; }

    /// <summary>The last word before the number of each template ("aged" of "aged &lt;n&gt;").</summary>
    public FoldedTable<bool> TemplatePrecedents { get; }

    /// <summary>Money scale words and phrases ("millones", "mil millones", "bn"), folded, to their multiplier.</summary>
    public IReadOnlyDictionary<string, long> Scales { get; }

    /// <summary>Currency words and signs ("dólares", "$", "us $"), folded, to their ISO code.</summary>
    public IReadOnlyDictionary<string, string> Currencies { get; }

    /// <summary>The number words of the language (numbers.tsv): with digits, what the gate looks for besides a cue.</summary>
    public NumberLexicon Numbers { get; }

    /// <summary>The event words of the language: kill triggers and victim nouns make tallies.</summary>
    public EventWordsOfLanguage? Events { get; }

    /// <summary>Whether a folded word is the telling word of a cue: a few look-ups, no allocation ("year old" of "54-year-old" is two words).</summary>
    public bool MayCue(ReadOnlySpan<char> folded)
    {
        foreach (var range in folded.Split(' '))
        {
            var word = folded[range];
            if (gateWords.Contains(word) || (word.Length >= StemPrefix && gateStems.Contains(word[..StemPrefix])))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>Folded tokens of a phrase; punctuation ("," of "&lt;n&gt; años,") and signs ("$") stay as written.</summary>
    public static string[] Words(string phrase)
    {
        var words = new List<string>();
        foreach (var raw in phrase.Split(' ', StringSplitOptions.RemoveEmptyEntries))
        {
            if (raw == ClaimWords.Slot)
            {
                words.Add(raw);
                continue;
            }

            var star = raw.EndsWith('*');
            var core = star ? raw[..^1] : raw;
            var trailing = core.Length > 1 && char.IsPunctuation(core[^1]) ? core[^1].ToString() : null;
            core = trailing is null ? core : core[..^1];
            var folded = TextFolding.Fold(core);
            if (folded.Length == 0)
            {
                words.Add(core);
            }
            else
            {
                // One entry a token, as the sentence's words are: "-year-old" is the one token "year old".
                words.Add(star ? folded + "*" : folded);
            }

            if (trailing is not null)
            {
                words.Add(trailing);
            }
        }

        return [.. words];
    }

    private static FoldedTable<bool> Set(IEnumerable<string> words)
        => new(words.Distinct(StringComparer.Ordinal).Select(w => KeyValuePair.Create(w, true)));

    private static string Key(string phrase) => string.Join(' ', Words(phrase));

    private static CueTemplate Template(ClaimCue cue)
    {
        var words = Words(cue.Phrase);
        var slot = Array.IndexOf(words, ClaimWords.Slot);
        return new CueTemplate(words[..slot], words[(slot + 1)..], cue.Cue);
    }
}

/// <summary>Everything the claim stage reads, built once from the language packs; the readers of counts and dates are the event stage's.</summary>
internal sealed class ClaimLexicon
{
    private readonly Dictionary<string, ClaimWordsOfLanguage> languages = new(StringComparer.Ordinal);

    public ClaimLexicon(IReadOnlyDictionary<string, LanguagePack> packs, EventLexicon events)
    {
        foreach (var (code, pack) in packs)
        {
            if (pack.ClaimCues.Count > 0)
            {
                languages[code] = new ClaimWordsOfLanguage(pack.ClaimCues, events.For(code), NumberLexicon.Build(pack.NumberWords));
            }
        }

        Demonyms = packs.ToDictionary(p => p.Key, p => p.Value.DemonymPlaces, StringComparer.Ordinal);
        Quantities = events.Quantities;
        DateReader = events.DateReader;
    }

    public QuantityReader Quantities { get; }

    public Events.Dates.EventDateReader DateReader { get; }

    /// <summary>Nationality words per language: "Mexican states" and "American states" name a country.</summary>
    public IReadOnlyDictionary<string, IReadOnlyDictionary<string, DemonymPlace>> Demonyms { get; }

    /// <summary>The words of <paramref name="language"/>, or null when it has no claim cues (then no claims are read).</summary>
    public ClaimWordsOfLanguage? For(string language) => languages.GetValueOrDefault(language);
}
