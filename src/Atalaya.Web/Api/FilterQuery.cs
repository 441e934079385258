using System.Globalization;
using Atalaya.Storage.Workbench;
using Atalaya.Web.Http;
using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Api;

/// <summary>
/// The filters every list shares (from, to, type, state, actor, language), read from the query string.
/// Dates are YYYY-MM-DD and inclusive; a bad value is a 400 naming the parameter.
/// </summary>
internal static class FilterQuery
{
    public static Filters Read(IQueryCollection query)
    {
        var from = Date(query, "from");
        var to = Date(query, "to");
        if (from is not null && to is not null && string.CompareOrdinal(from, to) > 0)
        {
            throw new BadRequestException("from", $"'{from}' is after to '{to}'");
        }

        var language = Text(query, "language");
        if (language is not null && (language.Length is < 2 or > 3 || !language.All(char.IsAsciiLetterLower)))
        {
            throw new BadRequestException("language", $"'{language}' is not an ISO 639-1 code such as 'es' or 'en'");
        }

        return new Filters(from, to, Text(query, "type"), Text(query, "state"), Text(query, "actor"), language);
    }

    /// <summary>A parameter's single value, trimmed; null when absent or empty; a repeated parameter is refused.</summary>
    public static string? Text(IQueryCollection query, string name, int maxLength = 200)
    {
        var values = query[name];
        if (values.Count > 1)
        {
            throw new BadRequestException(name, "given more than once");
        }

        var value = values.Count == 0 ? null : values[0]?.Trim();
        if (string.IsNullOrEmpty(value))
        {
            return null;
        }

        return value.Length > maxLength ? throw new BadRequestException(name, $"longer than {maxLength} characters") : value;
    }

    private static string? Date(IQueryCollection query, string name)
    {
        var value = Text(query, name);
        if (value is null)
        {
            return null;
        }

        if (!DateOnly.TryParseExact(value, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var date))
        {
            throw new BadRequestException(name, $"'{value}' is not a date in the form YYYY-MM-DD");
        }

        return date.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture);
    }
}

/// <summary>page (1-based) and page_size (1..500, default 50).</summary>
internal static class PagingQuery
{
    private const int MaxPageSize = Paging.MaxPageSize;

    public static Paging Read(IQueryCollection query, int defaultSize = 50)
    {
        var page = Number(query, "page") ?? 1;
        if (page < 1)
        {
            throw new BadRequestException("page", $"{page} is not a page number (pages start at 1)");
        }

        var size = Number(query, "page_size") ?? defaultSize;
        if (size is < 1 or > MaxPageSize)
        {
            throw new BadRequestException("page_size", $"{size} is out of range (1 to {MaxPageSize})");
        }

        // Deep pages of a large result are refused rather than left to overflow the offset.
        if ((long)page * size > int.MaxValue)
        {
            throw new BadRequestException("page", $"{page} is too far for page_size {size}");
        }

        return new Paging(page, size);
    }

    /// <summary>A count of 1 to 1000 (min_documents, min_languages), null when absent; anything else is a 400 naming it.</summary>
    public static int? Count(IQueryCollection query, string name)
    {
        var count = Number(query, name);
        return count is null or (>= 1 and <= 1000) ? count : throw new BadRequestException(name, $"{count} is out of range (1 to 1000)");
    }

    private static int? Number(IQueryCollection query, string name)
    {
        var value = FilterQuery.Text(query, name);
        if (value is null)
        {
            return null;
        }

        return int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number)
            ? number
            : throw new BadRequestException(name, $"'{value}' is not a whole number");
    }
}
