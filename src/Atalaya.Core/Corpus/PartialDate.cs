using System.Globalization;

namespace Atalaya.Core.Corpus;

/// <summary>
/// An ISO 8601 date as the contract writes it ("2024", "2024-03", "2024-03-01"), read as the range of
/// days it may mean, so that a day and the month holding it are compatible.
/// </summary>
internal readonly record struct PartialDate(int FirstDay, int LastDay, DatePrecision Precision)
{
    public static PartialDate? Parse(string? iso)
    {
        if (string.IsNullOrEmpty(iso) || iso.Length < 4 || !int.TryParse(iso.AsSpan(0, 4), NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1)
        {
            return null;
        }

        if (iso.Length >= 7 && iso[4] == '-' && int.TryParse(iso.AsSpan(5, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var month) && month is >= 1 and <= 12)
        {
            if (iso.Length >= 10 && iso[7] == '-' && int.TryParse(iso.AsSpan(8, 2), NumberStyles.None, CultureInfo.InvariantCulture, out var day)
                && day >= 1 && day <= DateTime.DaysInMonth(year, month))
            {
                var number = new DateOnly(year, month, day).DayNumber;
                return new PartialDate(number, number, DatePrecision.Day);
            }

            var first = new DateOnly(year, month, 1);
            return new PartialDate(first.DayNumber, first.AddMonths(1).DayNumber - 1, DatePrecision.Month);
        }

        var january = new DateOnly(year, 1, 1);
        return new PartialDate(january.DayNumber, january.AddYears(1).DayNumber - 1, DatePrecision.Year);
    }

    /// <summary>Days between the two ranges; 0 when they overlap (a day inside a month).</summary>
    public int GapTo(PartialDate other)
        => other.FirstDay > LastDay ? other.FirstDay - LastDay
            : FirstDay > other.LastDay ? FirstDay - other.LastDay
            : 0;

    /// <summary>The more precise of two overlapping dates.</summary>
    public bool IsMorePreciseThan(PartialDate other) => LastDay - FirstDay < other.LastDay - other.FirstDay;
}

internal enum DatePrecision
{
    Day,
    Month,
    Year,
}
