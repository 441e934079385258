using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// Counts written in words: "siete", "treinta y dos", "twenty-one", "one hundred and five",
/// "dos mil", "dreihundertfünfzig", and vague quantities ("decenas", "dozens", "cientos de miles").
/// </summary>
internal static class WordCounts
{
    // Words of a number rarely run longer; the cap bounds the work on a run of words.
    private const int MaxPieces = 16;

    /// <summary>One word of the run being read; a hyphenated token ("twenty-one") gives several.</summary>
    private readonly record struct Piece(string Word, int Token);

    [ThreadStatic]
    private static List<Piece>? scratchPieces;

    [ThreadStatic]
    private static List<NumberPart>? scratchParts;

    public static CountRead Read(string text, ReadOnlySpan<Token> tokens, int start, CountingWords words)
    {
        var pieces = scratchPieces ??= [];
        var parts = scratchParts ??= [];
        Collect(text, tokens, start, words, pieces);

        var lexicon = words.Numbers;
        var number = new CompoundNumber();
        long vague = 0;
        var taken = 0;
        var p = 0;
        while (p < pieces.Count)
        {
            var length = Match(pieces, p, lexicon, out var part);
            if (length == 0)
            {
                if (!lexicon.TrySplitGlued(pieces[p].Word, parts) || !TryAddAll(ref number, parts))
                {
                    break;
                }

                taken = ++p;
                continue;
            }

            if (!number.HasValue && part.IsVague && !part.IsUnit)
            {
                p += length;
                vague = part.Vague * Multiplier(pieces, ref p, words);
                taken = p;
                break;
            }

            if ((number.HasValue && part.IsVague && !part.IsScale) || !number.TryAdd(part))
            {
                break;
            }

            p += length;
            if (!number.EndsWithJoiner)
            {
                taken = p;
            }
        }

        if (taken == 0)
        {
            return CountRead.Nothing(start + 1);
        }

        var end = pieces[taken - 1].Token + 1;
        var value = vague > 0 ? vague : number.Value;
        var endsInsideToken = taken < pieces.Count && pieces[taken].Token == end - 1;
        if ((vague == 0 && !number.HasUnit) || value > int.MaxValue || endsInsideToken || IsNoCountAfter(text, tokens, end, words))
        {
            return CountRead.Nothing(end);
        }

        return new CountRead(new Quantity((int)value, vague > 0, start, end), end);
    }

    /// <summary>
    /// The words from <paramref name="start"/> while they are number words, or function words that may
    /// sit inside a vague quantity ("cientos de miles"): the run ends at the first other word.
    /// </summary>
    private static void Collect(string text, ReadOnlySpan<Token> tokens, int start, CountingWords words, List<Piece> pieces)
    {
        pieces.Clear();
        for (var t = start; t < tokens.Length && tokens[t].Kind == TokenKind.Word && pieces.Count < MaxPieces; t++)
        {
            var folded = TextFolding.FoldWord(tokens[t].Span.AsSpan(text));
            var first = TokenWords.FirstWord(folded);
            if (t > start && !words.Numbers.IsNumberWord(first) && !words.FunctionWords.Contains(first))
            {
                break;
            }

            if (!folded.Contains(' ', StringComparison.Ordinal))
            {
                pieces.Add(new Piece(folded, t));
                continue;
            }

            foreach (var word in folded.Split(' '))
            {
                pieces.Add(new Piece(word, t));
            }
        }
    }

    /// <summary>How many pieces from <paramref name="p"/> make the longest listed phrase, or 0.</summary>
    private static int Match(List<Piece> pieces, int p, NumberLexicon lexicon, out NumberPart part)
    {
        // Sized to the words tried, not to the worst case: a stack buffer is zeroed on every call.
        var longest = Math.Min(lexicon.MaxWords, pieces.Count - p);
        var needed = 0;
        for (var k = 0; k < longest; k++)
        {
            needed += pieces[p + k].Word.Length + 1;
        }

        Span<char> buffer = stackalloc char[Math.Min(needed, (TokenWords.MaxLength + 1) * MaxPieces)];
        for (var length = longest; length >= 1; length--)
        {
            var written = 0;
            for (var k = 0; k < length; k++)
            {
                if (k > 0)
                {
                    buffer[written++] = ' ';
                }

                var word = pieces[p + k].Word.AsSpan();
                if (written + word.Length > buffer.Length)
                {
                    break;
                }

                word.CopyTo(buffer[written..]);
                written += word.Length;
            }

            if (lexicon.TryGet(buffer[..written], out part))
            {
                return length;
            }
        }

        part = NumberPart.None;
        return 0;
    }

    private static bool TryAddAll(ref CompoundNumber number, List<NumberPart> parts)
    {
        var trial = number;
        foreach (var part in parts)
        {
            if (!trial.TryAdd(part))
            {
                return false;
            }
        }

        if (trial.EndsWithJoiner)
        {
            return false;
        }

        number = trial;
        return true;
    }

    /// <summary>"cientos de miles", "hundreds of thousands", "Zehntausende": a vague quantity of a scale multiplies it.</summary>
    private static long Multiplier(List<Piece> pieces, ref int p, CountingWords words)
    {
        var at = p;
        if (at < pieces.Count && words.FunctionWords.Contains(pieces[at].Word))
        {
            at++;
        }

        if (at < pieces.Count && words.Numbers.TryGet(pieces[at].Word, out var next)
            && (next.Scale >= 1000 || next.Vague >= 1000) && !next.IsUnit)
        {
            p = at + 1;
            return Math.Max(next.Scale, next.Vague);
        }

        return 1;
    }

    /// <summary>"tres años", "dos semanas", "veinte por ciento", "dos de agosto": a duration, an age, a share or a day, not a count.</summary>
    private static bool IsNoCountAfter(string text, ReadOnlySpan<Token> tokens, int end, CountingWords words)
    {
        if (end >= tokens.Length)
        {
            return false;
        }

        var next = tokens[end];
        if (next.Kind != TokenKind.Word)
        {
            return text[next.Span.Start] is '%' or '‰';
        }

        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        var folded = TokenWords.Fold(text, next, buffer);
        var first = TokenWords.FirstWord(folded);
        if (words.TimeUnits.Contains(first) || NonCountMarkers.IsPercent(first) || words.Months.Contains(TokenWords.LastWord(folded)))
        {
            return true;
        }

        return words.FunctionWords.Contains(folded) && end + 1 < tokens.Length
            && words.Months.Contains(TokenWords.Fold(text, tokens[end + 1], buffer));
    }
}
