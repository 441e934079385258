using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>Relative dates: fixed phrases, weekdays, "last"/"this" with a weekday or a unit, and "N units ago".</summary>
internal ref partial struct SentenceDates
{
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
                var weekday = modifier > 0 ? RelativeDates.NextWeekday(context.Published, next.Weekday) : RelativeDates.Weekday(context.Published, next.Weekday, modifier < 0);
                return Emit(p, q + after, weekday, relative: true);
            }

            if (after > 0 && next.Unit is "week" or "month" or "year")
            {
                return Emit(p, q + after, Offset(next.Unit, modifier), relative: true);
            }

            return MonthAlone(p, q, modifier < 0, upcoming: modifier > 0);
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

    private readonly PartialDate? Offset(string unit, int offset) => unit switch
    {
        "day" => RelativeDates.Days(context.Published, offset),
        "week" => RelativeDates.Weeks(context.Published, offset),
        "month" => RelativeDates.Months(context.Published, offset),
        "year" => RelativeDates.Years(context.Published, offset),
        _ => null,
    };
}
