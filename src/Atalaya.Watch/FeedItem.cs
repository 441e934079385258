namespace Atalaya.Watch;

/// <summary>An article a feed or sitemap lists: its page, and what the listing says of it (null when it says nothing).</summary>
internal sealed record FeedItem(Uri Url, string? Title, DateTimeOffset? Published, string? Outlet, string? Language);

/// <summary>
/// What a feed or sitemap holds: its kind (rss, atom, rdf, sitemap, sitemap-index), the outlet it names,
/// its items in the order given, and for a sitemap index the sitemaps it lists.
/// </summary>
internal sealed record ParsedFeed(string Kind, string? Outlet, IReadOnlyList<FeedItem> Items, IReadOnlyList<Uri> Sitemaps);
