using System.Globalization;
using System.Text.RegularExpressions;

namespace Atalaya.Watch;

/// <summary>
/// What a site's robots.txt allows this program (RFC 9309): the group naming our product token, else
/// the '*' group; the longest matching Allow or Disallow rule decides (Allow on a tie); '*' and a
/// closing '$' in paths are read as patterns. Crawl-delay, which the RFC leaves out but many sites
/// set, is honoured as a least delay between requests.
/// </summary>
internal sealed class RobotsRules
{
    /// <summary>A robots.txt that could not be fetched for a server error: nothing may be fetched (RFC 9309 2.3.1.4).</summary>
    public static readonly RobotsRules DisallowAll = new([new Rule("/", Allow: false)], null);

    /// <summary>No robots.txt (404 and other client errors): everything may be fetched.</summary>
    public static readonly RobotsRules AllowAll = new([], null);

    private readonly IReadOnlyList<Rule> rules;

    private RobotsRules(IReadOnlyList<Rule> rules, TimeSpan? crawlDelay)
    {
        this.rules = rules;
        CrawlDelay = crawlDelay;
    }

    public TimeSpan? CrawlDelay { get; }

    public bool Allows(Uri url)
    {
        ArgumentNullException.ThrowIfNull(url);
        var path = url.PathAndQuery;
        Rule? best = null;
        foreach (var rule in rules)
        {
            if (rule.Matches(path) && (best is null || rule.Path.Length > best.Path.Length || (rule.Path.Length == best.Path.Length && rule.Allow)))
            {
                best = rule;
            }
        }

        return best?.Allow ?? true;
    }

    /// <param name="token">Our product token, compared case-insensitively with each User-agent line.</param>
    public static RobotsRules Parse(string text, string token)
    {
        ArgumentNullException.ThrowIfNull(text);
        ArgumentNullException.ThrowIfNull(token);
        var groups = new List<Group>();
        Group? current = null;
        var lastWasAgent = false;
        foreach (var raw in text.Split('\n'))
        {
            var line = raw;
            var comment = line.IndexOf('#', StringComparison.Ordinal);
            if (comment >= 0)
            {
                line = line[..comment];
            }

            var colon = line.IndexOf(':', StringComparison.Ordinal);
            if (colon < 0)
            {
                continue;
            }

            var field = line[..colon].Trim().ToLowerInvariant();
            var value = line[(colon + 1)..].Trim();
            if (field == "user-agent")
            {
                // Consecutive User-agent lines share the rules that follow them.
                if (current is null || !lastWasAgent)
                {
                    current = new Group();
                    groups.Add(current);
                }

                current.Agents.Add(value.ToLowerInvariant());
                lastWasAgent = true;
                continue;
            }

            lastWasAgent = false;
            switch (field)
            {
                case "allow" when current is not null && value.Length > 0:
                    current.Rules.Add(new Rule(value, Allow: true));
                    break;
                case "disallow" when current is not null && value.Length > 0:
                    current.Rules.Add(new Rule(value, Allow: false));
                    break;
                case "crawl-delay" when current is not null && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out var seconds) && seconds >= 0:
                    current.Delay = TimeSpan.FromSeconds(Math.Min(seconds, MaxCrawlDelaySeconds));
                    break;
            }
        }

        var lower = token.ToLowerInvariant();
        var ours = groups.Where(g => g.Agents.Any(a => a != "*" && a.Length > 0 && lower.StartsWith(a, StringComparison.Ordinal))).ToList();
        var chosen = ours.Count > 0 ? ours : [.. groups.Where(g => g.Agents.Contains("*"))];

        // Groups naming the same agent are read as one (RFC 9309 2.2.1).
        return new RobotsRules([.. chosen.SelectMany(g => g.Rules)], chosen.Select(g => g.Delay).FirstOrDefault(d => d is not null));
    }

    /// <summary>A longer Crawl-delay would stop a poll for minutes per article; such a site is polled at this pace.</summary>
    private const double MaxCrawlDelaySeconds = 30;

    private sealed class Group
    {
        public List<string> Agents { get; } = [];

        public List<Rule> Rules { get; } = [];

        public TimeSpan? Delay { get; set; }
    }

    private sealed record Rule(string Path, bool Allow)
    {
        private readonly Regex? pattern = Path.Contains('*', StringComparison.Ordinal) || Path.EndsWith('$')
            ? new Regex("^" + Regex.Escape(Path.TrimEnd('$')).Replace("\\*", ".*", StringComparison.Ordinal) + (Path.EndsWith('$') ? "$" : ""), RegexOptions.CultureInvariant, TimeSpan.FromMilliseconds(100))
            : null;

        public bool Matches(string path) => pattern?.IsMatch(path) ?? path.StartsWith(Path, StringComparison.Ordinal);
    }
}
