using System.Globalization;

namespace Atalaya.Core.Documents;

public enum DatePrecision
{
    Year,
    Month,
    Day,
}

/// <summary>A calendar date known to a day, a month or only a year; printed as ISO 8601 ("2020", "2020-07", "2020-07-14").</summary>
public readonly record struct PartialDate(int Year, int Month, int Day, DatePrecision Precision)
{
    public static PartialDate OfYear(int year) => new(year, 0, 0, DatePrecision.Year);

    public static PartialDate OfMonth(int year, int month) => new(year, month, 0, DatePrecision.Month);

    public static PartialDate OfDay(int year, int month, int day) => new(year, month, day, DatePrecision.Day);

    /// <summary>Builds a date only when it exists on the calendar (no 31 February) and the year is plausible for news.</summary>
    public static PartialDate? TryCreate(int year, int month, int day)
    {
        if (year < 1900 || year > 2100)
        {
            return null;
        }

        if (month == 0)
        {
            return OfYear(year);
        }

        if (month < 1 || month > 12)
        {
            return null;
        }

        if (day == 0)
        {
            return OfMonth(year, month);
        }

        return day >= 1 && day <= DateTime.DaysInMonth(year, month) ? OfDay(year, month, day) : null;
    }

    /// <summary>Whether this date and <paramref name="other"/> can describe the same day (one refines the other).</summary>
    public bool IsCompatibleWith(PartialDate other)
    {
        if (Year != other.Year)
        {
            return false;
        }

        if (Precision == DatePrecision.Year || other.Precision == DatePrecision.Year)
        {
            return true;
        }

        if (Month != other.Month)
        {
            return false;
        }

        return Precision == DatePrecision.Month || other.Precision == DatePrecision.Month || Day == other.Day;
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
