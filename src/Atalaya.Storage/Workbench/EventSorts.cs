namespace Atalaya.Storage.Workbench;

/// <summary>The orders an event list can take (the API's sort parameter); unknown values (null dates, figures) sort first going up, last going down.</summary>
public static class EventSorts
{
    public const string Default = "-date";

    public static readonly IReadOnlyList<string> Names = ["date", "-date", "fatalities", "-fatalities", "state", "type"];

    /// <summary>The sort, <see cref="Default"/> when null; an unknown one throws <see cref="InvalidQueryException"/>.</summary>
    public static string Check(string? sort)
        => sort is null ? Default
            : Names.Contains(sort, StringComparer.Ordinal) ? sort
            : throw new InvalidQueryException("sort", $"'{sort}' is not one of {string.Join(", ", Names)}");
}
