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

    /// <summary>The first day this date may mean, as <see cref="DateOnly.DayNumber"/>: the day itself, or the first of its month or year.</summary>
    public int FirstDayNumber => new DateOnly(Year, Math.Max(Month, 1), Math.Max(Day, 1)).DayNumber;

    /// <summary>The last day this date may mean, as <see cref="DateOnly.DayNumber"/>.</summary>
    public int LastDayNumber => Precision switch
    {
        DatePrecision.Day => FirstDayNumber,
        DatePrecision.Month => new DateOnly(Year, Month, 1).AddMonths(1).DayNumber - 1,
        _ => new DateOnly(Year, 1, 1).AddYears(1).DayNumber - 1,
    };

    /// <summary>Days between the days the two dates may mean; 0 when they overlap (a day inside a month).</summary>
    public int DaysApart(PartialDate other)
        => other.FirstDayNumber > LastDayNumber ? other.FirstDayNumber - LastDayNumber
            : FirstDayNumber > other.LastDayNumber ? FirstDayNumber - other.LastDayNumber
            : 0;

    /// <summary>Reads an ISO 8601 date as the contract writes it ("2024", "2024-03", "2024-03-01"); null when it is none.</summary>
    public static PartialDate? ParseIso(string? iso)
    {
        if (string.IsNullOrEmpty(iso) || iso.Length < 4 || !int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (iso.Length < 7 || iso[4] != '-' || !int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) || month is < 1 or > 12)
        {
            return OfYear(year);
        }

        return iso.Length >= 10 && iso[7] == '-' && int.TryParse(iso.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
            && day >= 1 && day <= DateTime.DaysInMonth(year, month)
            ? OfDay(year, month, day)
            : OfMonth(year, month);
    }

    public override string ToString() => Precision switch
    {
        DatePrecision.Year => Year.ToString("D4", CultureInfo.InvariantCulture),
        DatePrecision.Month => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}"),
        _ => string.Create(CultureInfo.InvariantCulture, $"{Year:D4}-{Month:D2}-{Day:D2}"),
    };
}
