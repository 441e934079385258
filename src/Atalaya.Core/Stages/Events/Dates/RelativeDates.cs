using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>
/// Resolves relative dates against the publication date. The result is never more precise than
/// the publication date: against a date known only to the month, "ayer" is that month.
/// </summary>
internal static class RelativeDates
{
    private const int DaysInWeek = 7;

    /// <summary>
    /// The latest such weekday (Monday 1 … Sunday 7) on or before publication; with
    /// <paramref name="strictlyBefore"/> ("last Sunday", "el domingo pasado"), before it.
    /// </summary>
    public static PartialDate? Weekday(PartialDate? published, int weekday, bool strictlyBefore)
    {
        if (published is not { } date || date.Precision != DatePrecision.Day)
        {
            return Coarse(published);
        }

        var day = new DateOnly(date.Year, date.Month, date.Day);
        var back = (IsoWeekday(day) - weekday + DaysInWeek) % DaysInWeek;
        if (back == 0 && strictlyBefore)
        {
            back = DaysInWeek;
        }

        return Day(day.AddDays(-back));
    }

    /// <summary>"next Sunday", "el próximo domingo": the first such weekday after publication.</summary>
    public static PartialDate? NextWeekday(PartialDate? published, int weekday)
    {
        if (published is not { } date || date.Precision != DatePrecision.Day)
        {
            return Coarse(published);
        }

        var day = new DateOnly(date.Year, date.Month, date.Day);
        var ahead = (weekday - IsoWeekday(day) + DaysInWeek) % DaysInWeek;
        return Day(day.AddDays(ahead == 0 ? DaysInWeek : ahead));
    }

    /// <summary>"ayer" -1, "hoy" 0, "hace tres días" -3: a day.</summary>
    public static PartialDate? Days(PartialDate? published, int offset)
        => published is { Precision: DatePrecision.Day } date ? Day(ToDay(date).AddDays(offset)) : Coarse(published);

    /// <summary>"la semana pasada" -1, "three weeks ago" -3: seven days a week back, known only to the month.</summary>
    public static PartialDate? Weeks(PartialDate? published, int offset)
    {
        if (published is not { Precision: DatePrecision.Day } date)
        {
            return Coarse(published);
        }

        var day = ToDay(date).AddDays(offset * DaysInWeek);
        return PartialDate.OfMonth(day.Year, day.Month);
    }

    /// <summary>"el mes pasado" -1: a month.</summary>
    public static PartialDate? Months(PartialDate? published, int offset)
    {
        if (published is not { } date)
        {
            return null;
        }

        if (date.Precision == DatePrecision.Year)
        {
            return offset == 0 ? date : null;
        }

        var month = new DateOnly(date.Year, date.Month, 1).AddMonths(offset);
        return PartialDate.OfMonth(month.Year, month.Month);
    }

    /// <summary>"el año pasado" -1: a year.</summary>
    public static PartialDate? Years(PartialDate? published, int offset)
        => published is { } date ? PartialDate.TryCreate(date.Year + offset, 0, 0) : null;

    /// <summary>
    /// A day and month written without a year ("el 2 de agosto", "on 19 August"), or a month alone
    /// (<paramref name="day"/> 0): the publication year, or the year before when that date would come
    /// after publication; without a publication date, the latest year the document wrote.
    /// </summary>
    public static PartialDate? InferYear(DateContext context, int month, int day, bool strictlyBefore = false, bool upcoming = false)
    {
        if (context.Published is not { } published)
        {
            return context.DocumentYear is { } year ? PartialDate.TryCreate(year, month, day) : null;
        }

        if (upcoming)
        {
            // "the upcoming June 2 elections", "next March": the first such day after publication.
            var earlier = published.Precision switch
            {
                DatePrecision.Day => month < published.Month || (month == published.Month && day != 0 && day <= published.Day),
                DatePrecision.Month => month < published.Month,
                _ => false,
            };
            return PartialDate.TryCreate(earlier ? published.Year + 1 : published.Year, month, day);
        }

        var later = published.Precision switch
        {
            DatePrecision.Day => month > published.Month || (month == published.Month && (day > published.Day || (strictlyBefore && day == 0))),
            DatePrecision.Month => month > published.Month || (strictlyBefore && month == published.Month),
            _ => false,
        };

        return PartialDate.TryCreate(later ? published.Year - 1 : published.Year, month, day);
    }

    private static PartialDate? Coarse(PartialDate? published) => published switch
    {
        { Precision: DatePrecision.Month } date => PartialDate.OfMonth(date.Year, date.Month),
        { Precision: DatePrecision.Year } date => PartialDate.OfYear(date.Year),
        _ => null,
    };

    private static DateOnly ToDay(PartialDate date) => new(date.Year, date.Month, date.Day);

    private static PartialDate Day(DateOnly day) => PartialDate.OfDay(day.Year, day.Month, day.Day);

    private static int IsoWeekday(DateOnly day) => day.DayOfWeek == DayOfWeek.Sunday ? DaysInWeek : (int)day.DayOfWeek;
}
