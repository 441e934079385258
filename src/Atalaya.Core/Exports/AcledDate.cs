using System.Globalization;

namespace Atalaya.Core.Exports;

/// <summary>
/// An event's contract date ("2024-03-15", "2024-03", "2024" with date_precision day, month or
/// year) as ACLED writes it: a full date, the year, and time_precision 1 (day) or 3 (month or
/// year: ACLED's 3 is "only the month or a longer period is known"); 2, a week, is never known here.
/// A partial date takes the first day of its month or year. No date (or an unreadable one): all empty.
/// </summary>
internal readonly record struct AcledDate(string EventDate, string Year, string TimePrecision)
{
    private static readonly AcledDate Unknown = new("", "", "");

    public static AcledDate Of(string? date, string? precision)
    {
        var parts = (date ?? "").Split('-');
        if (!int.TryParse(parts[0], NumberStyles.None, CultureInfo.InvariantCulture, out var year) || year < 1 || year > 9999)
        {
            return Unknown;
        }

        // Without a precision the written date says it; a precision finer than the written date cannot be honoured.
        var byMonth = precision is "month" or "day" || (precision is not "year" && parts.Length > 1);
        var byDay = precision is "day" || (precision is null && parts.Length > 2);
        var month = byMonth && parts.Length > 1 ? Number(parts[1], 12) : 1;
        var day = byDay && parts.Length > 2 && month is { } m ? Number(parts[2], DateTime.DaysInMonth(year, m)) : 1;
        if (month is null || day is null)
        {
            return Unknown;
        }

        byDay &= parts.Length > 2;
        return new AcledDate(
            new DateOnly(year, month.Value, day.Value).ToString("yyyy-MM-dd", CultureInfo.InvariantCulture),
            year.ToString(CultureInfo.InvariantCulture),
            byDay ? "1" : "3");
    }

    private static int? Number(string text, int max)
        => int.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= max ? n : null;
}
