using Atalaya.Core.Documents;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>
/// Reads the dates of one sentence that has a chance to hold one, piece by piece: weekdays,
/// relative phrases, "N units ago", day and month without a year, a month or a year alone.
/// Written full dates are found before (<see cref="Cleaning.DateExpressions"/>) and passed in as covered.
/// </summary>
internal ref struct SentenceDates
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
    public static void Collect(string text, ReadOnlySpan<Token> tokens, List<DatePiece> pieces)
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

            var folded = TextFolding.FoldWord(token.Span.AsSpan(text));
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

    // "ayer", "last week", "el domingo pasado", "sist torsdag", "a principios de 2020", "semana pasada".
    private readonly int TryPhrase(int p, int length, DateEntry entry)
    {
        var q = p + length;
        if (entry.OffsetUnit is { } unit)
        {
            return Emit(p, q, Offset(unit, entry.Offset), relative: true);
        }

        if (entry.Weekday > 0)
        {
            // "domingo 5 de mayo": the written date that follows says it better.
            var dated = IsChar(q, ',') ? q + 1 : q;
            if (Kind(dated) == PieceKind.Number && (IsCovered(dated) || DayMonthEnd(dated, out _, out _) > dated))
            {
                return q;
            }

            var after = Match(q, out var next);
            var last = after > 0 && next.Modifier == -1;
            return Emit(p, last ? q + after : q, RelativeDates.Weekday(context.Published, entry.Weekday, last), relative: true);
        }

        if (entry.Modifier is { } modifier)
        {
            var after = Match(q, out var next);
            if (after > 0 && next.Weekday > 0)
            {
                return Emit(p, q + after, RelativeDates.Weekday(context.Published, next.Weekday, modifier < 0), relative: true);
            }

            if (after > 0 && next.Unit is "week" or "month" or "year")
            {
                return Emit(p, q + after, Offset(next.Unit, modifier), relative: true);
            }

            return MonthAlone(p, q, modifier < 0);
        }

        if (entry.Part is not null)
        {
            if (IsChar(q, '-'))
            {
                q++;
            }

            return YearAt(q) is { } year ? Emit(p, q + 1, PartialDate.OfYear(year), relative: false) : MonthAlone(p, q, strictlyBefore: false);
        }

        if (entry.Unit is "week" or "month" or "year")
        {
            var after = Match(q, out var next);
            if (after > 0 && next.Modifier is { } offset)
            {
                return Emit(p, q + after, Offset(entry.Unit, offset), relative: true);
            }
        }

        return p;
    }

    // "hace tres días", "vor drei Wochen", "il y a deux jours", "há um ano".
    private readonly int TryAgoBefore(int p, int length)
    {
        if (!TryAmount(p + length, out var amount, out var amountLength)
            || UnitAt(p + length + amountLength, out var unit) is not (> 0 and var unitLength))
        {
            return p;
        }

        var end = p + length + amountLength + unitLength;
        var after = Match(end, out var next);
        return Emit(p, after > 0 && next.AgoAfter ? end + after : end, Offset(unit!, -amount), relative: true);
    }

    // "three weeks ago", "tre giorni fa", "to uker siden", "drie dagen geleden".
    private readonly int TryAgoAfter(int p)
    {
        if (!TryAmount(p, out var amount, out var amountLength) || UnitAt(p + amountLength, out var unit) is not (> 0 and var unitLength))
        {
            return p;
        }

        var end = p + amountLength + unitLength;
        var after = Match(end, out var next);
        return after > 0 && next.AgoAfter ? Emit(p, end + after, Offset(unit!, -amount), relative: true) : p;
    }

    // "el 2 de agosto", "on 19 August", "19. August", "le 3 mars", "2 d'agosto".
    private readonly int TryDayMonth(int p)
    {
        var end = DayMonthEnd(p, out var day, out var month);
        return end > p ? Emit(p, end, RelativeDates.InferYear(context, month, day), relative: false) : p;
    }

    /// <summary>Where a day and month without a year that begins at <paramref name="p"/> ends, or <paramref name="p"/>.</summary>
    private readonly int DayMonthEnd(int p, out int day, out int month)
    {
        month = 0;
        day = SmallNumber(p);
        if (day is < 1 or > 31)
        {
            return p;
        }

        var q = p + 1;
        if ((IsChar(q, '.') && Adjacent(q - 1, q)) || (Kind(q) == PieceKind.Word && Adjacent(q - 1, q) && pieces[q].Word.Length <= 2))
        {
            q++;
        }

        if (Kind(q) == PieceKind.Word && !words.Months.Contains(pieces[q].Word) && (words.FunctionWords.Contains(pieces[q].Word) || pieces[q].Word.Length == 1))
        {
            q++;
        }

        if (Kind(q) != PieceKind.Word || !words.Months.TryGet(pieces[q].Word, out var name) || Kind(q + 1) == PieceKind.Number)
        {
            return p;
        }

        month = name.Month;
        return q + 1;
    }

    // "en 2015", "since 2006", "del año 2019".
    private readonly int TryYear(int p)
    {
        if (YearAt(p) is not { } year || p == 0 || Kind(p - 1) != PieceKind.Word)
        {
            return p;
        }

        // "más de 2000 personas" counts people.
        if (Kind(p + 1) == PieceKind.Word && words.Nouns.Contains(pieces[p + 1].Word))
        {
            return p;
        }

        var previous = pieces[p - 1].Word;
        var cue = words.FunctionWords.Contains(previous) || (words.Phrases.TryGet(previous, out var entry) && entry.Unit == "year");
        return cue ? Emit(p, p + 1, PartialDate.OfYear(year), relative: false) : p;
    }

    // "August 19", "in January", "en enero", "i januar", "enero pasado".
    private readonly int TryMonth(int p)
    {
        if (!words.Months.TryGet(pieces[p].Word, out var month) || !month.Full)
        {
            return p;
        }

        if (SmallNumber(p + 1) is >= 1 and <= 31 and var day && !IsChar(p + 2, ':') && Kind(p + 3) != PieceKind.Number)
        {
            var end = Kind(p + 2) == PieceKind.Word && Adjacent(p + 1, p + 2) && pieces[p + 2].Word.Length <= 2 ? p + 3 : p + 2;
            return Emit(p, end, RelativeDates.InferYear(context, month.Month, day), relative: false);
        }

        var cue = p == 0 || (Kind(p - 1) == PieceKind.Word && (words.FunctionWords.Contains(pieces[p - 1].Word) || pieces[p - 1].Word.Length == 1));
        return cue ? MonthAlone(p, p, strictlyBefore: false) : p;
    }

    /// <summary>A month alone at <paramref name="q"/>, its mention starting at <paramref name="start"/>; "pasado" after it makes it the last one.</summary>
    private readonly int MonthAlone(int start, int q, bool strictlyBefore)
    {
        if (Kind(q) != PieceKind.Word || !words.Months.TryGet(pieces[q].Word, out var month) || !month.Full || Kind(q + 1) == PieceKind.Number)
        {
            return start;
        }

        if (words.MonthsCapitalized && !HasCapital(pieces[q].Token))
        {
            return start;
        }

        var end = q + 1;
        var after = Match(end, out var next);
        if (after > 0 && next.Modifier == -1)
        {
            strictlyBefore = true;
            end += after;
        }

        return Emit(start, end, RelativeDates.InferYear(context, month.Month, 0, strictlyBefore), relative: false);
    }

    /// <summary>An amount before a unit: digits, number words, or an article before a singular unit ("hace un año", "a week ago").</summary>
    private readonly bool TryAmount(int p, out int amount, out int length)
    {
        amount = 0;
        length = 0;
        if (SmallNumber(p) is >= 1 and var value)
        {
            (amount, length) = (value, 1);
            return true;
        }

        var number = new CompoundNumber();
        var q = p;
        while (Kind(q) == PieceKind.Word && words.Numbers.TryGet(pieces[q].Word, out var part) && !part.IsVague && number.TryAdd(part))
        {
            q++;
        }

        if (number.HasUnit && !number.EndsWithJoiner && number.Value is > 0 and < 1000)
        {
            (amount, length) = ((int)number.Value, q - p);
            return true;
        }

        if (Kind(p) == PieceKind.Word && words.FunctionWords.Contains(pieces[p].Word) && Kind(p + 1) == PieceKind.Word && words.SingularUnits.Contains(pieces[p + 1].Word))
        {
            (amount, length) = (1, 1);
            return true;
        }

        return false;
    }

    /// <summary>How many pieces the unit of time at <paramref name="p"/> takes, or 0.</summary>
    private readonly int UnitAt(int p, out string? unit)
    {
        var length = Match(p, out var entry);
        unit = length > 0 ? entry.Unit : null;
        return unit is null ? 0 : length;
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

    private readonly PartialDate? Offset(string unit, int offset) => unit switch
    {
        "day" => RelativeDates.Days(context.Published, offset),
        "week" => RelativeDates.Weeks(context.Published, offset),
        "month" => RelativeDates.Months(context.Published, offset),
        "year" => RelativeDates.Years(context.Published, offset),
        _ => null,
    };

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

    private readonly bool IsChar(int p, char c) => Kind(p) == PieceKind.Other && TokenWords.IsChar(text, tokens[pieces[p].Token], c);

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
