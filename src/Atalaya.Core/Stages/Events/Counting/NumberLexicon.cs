using Atalaya.Core.Internal;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// The number words of one language, folded: single words and phrases ("treinta y un", "a dozen"),
/// and the pieces a glued compound is made of ("dreihundertfünfzig", "duemilacinquecento").
/// </summary>
internal sealed class NumberLexicon
{
    // Glued compounds are tried only for words that begin like a number word and are long enough
    // to hold two of them: the prefix test keeps the split off ordinary words.
    private const int GluedPrefixLength = 3;
    private const int MinGluedLength = 6;
    private const int MinPieceLength = 2;

    private readonly FoldedTable<NumberPart> phrases;
    private readonly FoldedTable<bool> starts;
    private readonly FoldedTable<bool> words;
    private readonly FoldedTable<bool> gluedPrefixes;
    private readonly int longestWord;

    private NumberLexicon(Dictionary<string, NumberPart> entries)
    {
        phrases = new FoldedTable<NumberPart>(entries);
        // A joiner ("y", "and") never begins a number: leaving it out keeps "y" off the slow path.
        starts = Set(entries.Where(e => !(e.Value.Joiner && !e.Value.IsUnit && !e.Value.IsScale && !e.Value.IsVague)).Select(e => e.Key.Split(' ')[0]));
        words = Set(entries.Keys.SelectMany(k => k.Split(' ')));
        var single = entries.Keys.Where(k => !k.Contains(' ', StringComparison.Ordinal)).ToList();
        gluedPrefixes = Glues(entries) ? Set(single.Where(k => k.Length >= GluedPrefixLength).Select(k => k[..GluedPrefixLength])) : FoldedTable<bool>.Empty;
        longestWord = single.Count == 0 ? 0 : single.Max(k => k.Length);
        MaxWords = entries.Count == 0 ? 0 : entries.Keys.Max(k => k.Count(c => c == ' ') + 1);
    }

    public static NumberLexicon Empty { get; } = new([]);

    /// <summary>The most words in one phrase.</summary>
    public int MaxWords { get; }

    public static NumberLexicon Build(IEnumerable<NumberWord> words)
    {
        var entries = new Dictionary<string, NumberPart>(StringComparer.Ordinal);
        foreach (var word in words)
        {
            var folded = TextFolding.Fold(word.Word);
            // A pronoun, a singular verb, "also", "more" or an ordinal is no part of a number: each only tells how victims are counted (see EventLexicon).
            if (folded.Length == 0 || word.Kind is "pronoun" or "singular_verb" or "addition" or "participation" or "more" or "ordinal" or "several_incidents")
            {
                continue;
            }

            entries[folded] = entries.GetValueOrDefault(folded, NumberPart.None).With(word.Kind, word.Value);
        }

        return new NumberLexicon(entries);
    }

    /// <summary>Whether a folded word is any word of an entry ("y" of "treinta y un"), or may be a glued compound.</summary>
    public bool IsNumberWord(ReadOnlySpan<char> word)
        => words.Contains(word) || (word.Length >= MinGluedLength && gluedPrefixes.Contains(word[..GluedPrefixLength]));

    /// <summary>Whether a folded word can begin a number: the first word of an entry, or the start of a glued compound.</summary>
    public bool CanStart(ReadOnlySpan<char> firstWord)
        => starts.Contains(firstWord) || (firstWord.Length >= MinGluedLength && gluedPrefixes.Contains(firstWord[..GluedPrefixLength]));

    public bool TryGet(ReadOnlySpan<char> folded, out NumberPart part)
    {
        if (phrases.TryGet(folded, out part))
        {
            return true;
        }

        part = NumberPart.None;
        return false;
    }

    /// <summary>
    /// Splits a word written as one compound into listed words ("dreihundertfunfzig" → drei, hundert,
    /// funfzig). Only splits with a hundred or more in them count ("duecentocinquanta"): two small
    /// units glued together are more often an ordinary word than a number.
    /// </summary>
    public bool TrySplitGlued(string word, List<NumberPart> parts)
    {
        parts.Clear();
        if (word.Length < MinGluedLength || !gluedPrefixes.Contains(word.AsSpan(0, GluedPrefixLength)))
        {
            return false;
        }

        return Split(word, 0, parts) && parts.Count >= 2 && parts.Exists(p => p.IsScale || p.Unit >= 100);
    }

    /// <summary>
    /// Whether the language glues scale words to what they multiply: some listed word ends with a
    /// scale word ("zweihundert", "duecento"). Spanish "doscientos" does not ("ciento" is no ending
    /// of it), so words in Spanish, English or French are never split.
    /// </summary>
    private static bool Glues(Dictionary<string, NumberPart> entries)
    {
        var scales = entries.Where(e => e.Value.IsScale && !e.Key.Contains(' ', StringComparison.Ordinal)).Select(e => e.Key).ToList();
        return entries.Keys.Any(word => !word.Contains(' ', StringComparison.Ordinal)
            && scales.Exists(scale => word.Length > scale.Length && word.EndsWith(scale, StringComparison.Ordinal)));
    }

    private static FoldedTable<bool> Set(IEnumerable<string> keys)
        => new(keys.Where(k => k.Length > 0).Distinct(StringComparer.Ordinal).Select(k => KeyValuePair.Create(k, true)));

    private bool Split(string word, int position, List<NumberPart> parts)
    {
        if (position == word.Length)
        {
            return true;
        }

        // Longest piece first, backing off when the rest does not split.
        for (var length = Math.Min(longestWord, word.Length - position); length >= MinPieceLength; length--)
        {
            if (phrases.TryGet(word.AsSpan(position, length), out var part))
            {
                parts.Add(part);
                if (Split(word, position + length, parts))
                {
                    return true;
                }

                parts.RemoveAt(parts.Count - 1);
            }
        }

        return false;
    }
}
