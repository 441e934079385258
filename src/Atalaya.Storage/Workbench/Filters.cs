namespace Atalaya.Storage.Workbench;

/// <summary>
/// The filters every workbench list shares. Dates are YYYY-MM-DD and inclusive; null: not filtered.
/// The caller checks the values (the web project reads them from the query string).
/// </summary>
public sealed record Filters(string? From, string? To, string? Type, string? State, string? Actor, string? Language)
{
    public static readonly Filters None = new(null, null, null, null, null, null);
}

/// <summary>
/// The story list's triage: at least so many documents (sources) and so many languages. A story of one document is
/// one article; the ones several outlets or languages tell are the ones worth comparing.
/// </summary>
public sealed record StoryTriage(int MinDocuments, int MinLanguages)
{
    public static readonly StoryTriage None = new(1, 1);
}

/// <summary>A page of a list: <paramref name="Page"/> is 1-based, <paramref name="PageSize"/> 1..<see cref="MaxPageSize"/>.</summary>
public sealed record Paging(int Page, int PageSize)
{
    public const int MaxPageSize = 500;

    public int Offset => (Page - 1) * PageSize;
}
