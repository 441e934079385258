namespace Atalaya.Watch;

/// <summary>
/// An item's address as it is remembered: without its fragment, tracking parameters (utm_*, fbclid,
/// gclid) or default port, the host in lower case, so that one article listed with another campaign
/// tag is not fetched twice.
/// </summary>
internal static class ItemUrls
{
    private static readonly string[] Tracking = ["utm_", "fbclid", "gclid", "mc_cid", "mc_eid"];

    public static string Canonical(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var builder = new UriBuilder(url) { Fragment = "", Host = url.Host.ToLowerInvariant() };
        if (url.IsDefaultPort)
        {
            builder.Port = -1;
        }

        var kept = url.Query.TrimStart('?').Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(p => !Tracking.Any(t => p.StartsWith(t, StringComparison.OrdinalIgnoreCase)));
        builder.Query = string.Join('&', kept);
        return builder.Uri.AbsoluteUri;
    }
}
