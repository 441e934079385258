using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>
/// Reads the dates of one sentence that has a chance to hold one, piece by piece: weekdays,
/// relative phrases, "N units ago", day and month without a year, a month or a year alone.
/// Written full dates are found before (<see cref="Cleaning.DateExpressions"/>) and passed in as covered.
/// </summary>
internal ref partial struct SentenceDates
{
    private const int MaxPhraseChars = 160;
    private const int FirstYear = 1900;
    private const int LastYear = 2100;

    private readonly string text;
    private readonly ReadOnlySpan<Token> tokens;
    private readonly List<DatePiece> pieces;
    private readonly DateWords words;
    private readonly DateContext context;
    private readonly List<TextSpan> covered;
    private readonly List<DateMention> found;

    public SentenceDates(string text, ReadOnlySpan<Token> tokens, List<DatePiece> pieces, DateWords words, DateContext context, List<TextSpan> covered, List<DateMention> found)
    {
        this.text = text;
        this.tokens = tokens;
        this.pieces = pieces;
        this.words = words;
        this.context = context;
        this.covered = covered;
        this.found = found;
    }

    /// <summary>Splits the tokens into pieces; a hyphenated or elided word gives one piece per part.</summary>
    /// <summary>The pieces of the tokens; <paramref name="known"/>, when given, holds their words as the document folded them.</summary>
    public static void Collect(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<string>? known, List<DatePiece> pieces)
    {
        pieces.Clear();
        for (var t = 0; t < tokens.Length; t++)
        {
            var token = tokens[t];
            if (token.Kind != TokenKind.Word)
            {
                pieces.Add(new DatePiece(string.Empty, t, token.Kind == TokenKind.Number ? PieceKind.Number : PieceKind.Other));
                continue;
            }

            var folded = known?[t] ?? TextFolding.FoldWord(token.Span.AsSpan(text));
            if (!folded.Contains(' ', StringComparison.Ordinal))
            {
                pieces.Add(new DatePiece(folded, t, PieceKind.Word));
                continue;
            }

            foreach (var word in folded.Split(' '))
            {
                pieces.Add(new DatePiece(word, t, PieceKind.Word));
            }
        }
    }

    public readonly void Run()
    {
        var p = 0;
        while (p < pieces.Count)
        {
            var end = IsCovered(p) ? p : TryAt(p);
            p = end > p ? end : p + 1;
        }
    }

    private readonly int TryAt(int p)
    {
        int end;
        if (pieces[p].Kind == PieceKind.Number)
        {
            if ((end = TryDayMonth(p)) > p || (end = TryAgoAfter(p)) > p)
            {
                return end;
            }

            return TryYear(p);
        }

        // Most words of a sentence begin no phrase, are no month and no amount: one or two look-ups each.
        var word = pieces[p].Word;
        if (pieces[p].Kind != PieceKind.Word)
        {
            return p;
        }

        var entry = DateEntry.None;
        var length = words.PhraseStarts.Contains(word) ? Match(p, out entry) : 0;
        if (length > 0 && entry.AgoBefore && (end = TryAgoBefore(p, length)) > p)
        {
            return end;
        }

        if ((words.Numbers.CanStart(word) || words.FunctionWords.Contains(word)) && (end = TryAgoAfter(p)) > p)
        {
            return end;
        }

        if (length > 0 && (end = TryPhrase(p, length, entry)) > p)
        {
            return end;
        }

        return words.Months.Contains(word) ? TryMonth(p) : p;
    }

    /// <summary>How many pieces from <paramref name="p"/> make the longest listed phrase, or 0.</summary>
    private readonly int Match(int p, out DateEntry entry)
    {
        entry = DateEntry.None;
        Span<char> buffer = stackalloc char[MaxPhraseChars];
        for (var length = Math.Min(words.MaxWords, pieces.Count - p); length >= 1; length--)
        {
            var written = 0;
            var fits = true;
            for (var k = 0; k < length && fits; k++)
            {
                var piece = pieces[p + k];
                var word = piece.Word.AsSpan();
                fits = piece.Kind == PieceKind.Word && written + word.Length + 1 <= buffer.Length;
                if (fits)
                {
                    if (k > 0)
                    {
                        buffer[written++] = ' ';
                    }

                    word.CopyTo(buffer[written..]);
                    written += word.Length;
                }
            }

            if (fits && words.Phrases.TryGet(buffer[..written], out var found))
            {
                entry = found;
                return length;
            }
        }

        return 0;
    }

    /// <summary>Adds the mention of pieces [start, end) when it resolved; returns where to go on either way.</summary>
    private readonly int Emit(int start, int end, PartialDate? date, bool relative)
    {
        if (date is { } resolved)
        {
            var span = new TextSpan(tokens[pieces[start].Token].Span.Start, tokens[pieces[end - 1].Token].Span.End);
            found.Add(new DateMention(span, resolved, relative));
        }

        return end;
    }

    private readonly PieceKind Kind(int p) => p >= 0 && p < pieces.Count ? pieces[p].Kind : PieceKind.Other;

    // Kind() says Other past either end too, so the bounds are checked again before reading the piece.
    private readonly bool IsChar(int p, char c) => p >= 0 && p < pieces.Count && Kind(p) == PieceKind.Other && TokenWords.IsChar(text, tokens[pieces[p].Token], c);

    private readonly bool Adjacent(int left, int right) => TokenWords.Adjacent(tokens[pieces[left].Token], tokens[pieces[right].Token]);

    private readonly bool HasCapital(int token)
    {
        foreach (var c in tokens[token].Span.AsSpan(text))
        {
            if (char.IsUpper(c))
            {
                return true;
            }
        }

        return false;
    }

    private readonly bool IsCovered(int p)
    {
        var span = tokens[pieces[p].Token].Span;
        foreach (var match in covered)
        {
            if (match.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The value of a number piece of at most four plain digits, or -1.</summary>
    private readonly int SmallNumber(int p)
    {
        if (Kind(p) != PieceKind.Number)
        {
            return -1;
        }

        var digits = tokens[pieces[p].Token].Span.AsSpan(text);
        if (digits.Length > 4)
        {
            return -1;
        }

        var value = 0;
        foreach (var c in digits)
        {
            if (!char.IsAsciiDigit(c))
            {
                return -1;
            }

            value = (value * 10) + (c - '0');
        }

        return value;
    }

    private readonly int? YearAt(int p)
        => Kind(p) == PieceKind.Number && tokens[pieces[p].Token].Span.Length == 4 && SmallNumber(p) is >= FirstYear and <= LastYear and var year ? year : null;
}
