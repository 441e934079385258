using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>Dates written without a full date: a day and month, a month alone, a year alone, resolved to the calendar year they most likely mean.</summary>
internal ref partial struct SentenceDates
{
    // "el 2 de agosto", "on 19 August", "19. August", "le 3 mars", "2 d'agosto".
    private readonly int TryDayMonth(int p)
    {
        var end = DayMonthEnd(p, out var day, out var month);
        return end > p ? Emit(p, end, RelativeDates.InferYear(context, month, day, upcoming: IsUpcoming(p)), relative: false) : p;
    }

    /// <summary>How many words before a date a "next" word may stand and still make it upcoming: "las próximas elecciones del 2 de junio".</summary>
    private const int UpcomingReach = 4;

    /// <summary>Whether a "next" word ("upcoming", "próximas", "komende") stands shortly before the date at <paramref name="p"/>.</summary>
    private readonly bool IsUpcoming(int p)
    {
        for (var k = Math.Max(0, p - UpcomingReach); k < p; k++)
        {
            if (Kind(k) == PieceKind.Word && Match(k, out var entry) > 0 && entry.Modifier > 0)
            {
                return true;
            }
        }

        return false;
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
            return Emit(p, end, RelativeDates.InferYear(context, month.Month, day, upcoming: IsUpcoming(p)), relative: false);
        }

        var cue = p == 0 || (Kind(p - 1) == PieceKind.Word && (words.FunctionWords.Contains(pieces[p - 1].Word) || pieces[p - 1].Word.Length == 1));
        return cue ? MonthAlone(p, p, strictlyBefore: false, upcoming: IsUpcoming(p)) : p;
    }

    /// <summary>A month alone at <paramref name="q"/>, its mention starting at <paramref name="start"/>; "pasado" after it makes it the last one.</summary>
    private readonly int MonthAlone(int start, int q, bool strictlyBefore, bool upcoming = false)
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

        return Emit(start, end, RelativeDates.InferYear(context, month.Month, 0, strictlyBefore, upcoming && !strictlyBefore), relative: false);
    }
}
