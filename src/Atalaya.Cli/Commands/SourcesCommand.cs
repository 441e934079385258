using System.CommandLine;
using System.Globalization;
using Atalaya.Cli.Running;
using Atalaya.Storage;
using Atalaya.Storage.Sources;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya sources add|list|remove: the feeds and sitemaps a database follows ('atalaya watch' polls them).</summary>
internal static class SourcesCommand
{
    public static Command Create()
    {
        var command = new Command("sources", "The feeds (RSS 2.0, Atom, RSS 1.0) and XML sitemaps a database follows; 'atalaya watch' polls them")
        {
            Add(), List(), Remove(),
        };
        return command;
    }

    private static Command Add()
    {
        var database = CommonOptions.Database();
        var url = new Argument<string>("URL") { Description = "The feed's or sitemap's http(s) address" };
        var name = new Option<string?>("--name") { Description = "The outlet's name, shown in lists and stored with its articles (default: the name the feed gives)", HelpName = "NAME" };
        var every = new Option<string>("--every")
        {
            Description = "How often to poll it: a number with s, m, h or d (at least 10s)",
            HelpName = "INTERVAL",
            DefaultValueFactory = _ => "10m",
        };
        var command = new Command("add", "Follow a feed or sitemap") { url, name, every, database };
        command.SetAction(parse =>
        {
            var address = parse.GetValue(url)!;
            if (!Uri.TryCreate(address, UriKind.Absolute, out var parsed) || parsed.Scheme is not ("http" or "https"))
            {
                Console.Error.WriteLine($"atalaya: sources add: '{SafeText.Of(address, 200)}' is not an http or https address");
                return ExitCodes.Usage;
            }

            if (Intervals.Parse(parse.GetValue(every)) is not { } interval)
            {
                Console.Error.WriteLine($"atalaya: sources add: --every '{SafeText.Of(parse.GetValue(every), 40)}' is not an interval of at least 10s (e.g. 30s, 10m, 1h, 1d)");
                return ExitCodes.Usage;
            }

            return WithRegistry(CommonOptions.DatabaseLocation(parse, database), registry =>
            {
                var added = registry.Add(parsed.AbsoluteUri, parse.GetValue(name), interval, DateTimeOffset.UtcNow);
                if (added is null)
                {
                    Console.Error.WriteLine($"atalaya: sources add: {SafeText.Of(parsed.AbsoluteUri, 200)} is followed already (see 'atalaya sources list')");
                    return ExitCodes.Usage;
                }

                Console.Out.WriteLine($"following {SafeText.Of(added.Url, 200)} (source {added.Id.ToString(CultureInfo.InvariantCulture)}, every {Intervals.Show(added.Every)}); 'atalaya watch' polls it");
                return ExitCodes.Success;
            }, create: true);
        });
        return command;
    }

    private static Command List()
    {
        var database = CommonOptions.Database();
        var command = new Command("list", "The sources followed: last success, last error, articles stored, when each is polled next") { database };
        command.SetAction(parse => WithRegistry(CommonOptions.DatabaseLocation(parse, database), registry =>
        {
            var sources = registry.List();
            if (sources.Count == 0)
            {
                Console.Out.WriteLine("no sources followed; add one with 'atalaya sources add URL'");
                return ExitCodes.Success;
            }

            foreach (var source in sources)
            {
                var state = source.IsFailing ? $"FAILING ({source.Failures.ToString(CultureInfo.InvariantCulture)} polls in a row)" : source.LastSuccess is null ? "not polled yet" : "ok";
                Console.Out.WriteLine($"{source.Id.ToString(CultureInfo.InvariantCulture)}  {SafeText.Of(source.Label, 60)}  {state}");
                Console.Out.WriteLine($"    url           {SafeText.Of(source.Url, 200)}{(source.Kind is null ? "" : $" ({source.Kind})")}");
                Console.Out.WriteLine($"    every         {Intervals.Show(source.Every)}, next poll {source.NextDue}");
                Console.Out.WriteLine($"    last success  {source.LastSuccess ?? "never"}");
                Console.Out.WriteLine($"    last error    {(source.LastError is null ? "none" : $"{source.LastErrorAt}: {SafeText.Of(source.LastError, 160)}")}");
                Console.Out.WriteLine($"    items stored  {source.ItemsStored.ToString(CultureInfo.InvariantCulture)}");
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Remove()
    {
        var database = CommonOptions.Database();
        var which = new Argument<string>("SOURCE") { Description = "The source's URL, number or name (as 'atalaya sources list' shows them)" };
        var command = new Command("remove", "Stop following a source (the articles stored from it stay)") { which, database };
        command.SetAction(parse => WithRegistry(CommonOptions.DatabaseLocation(parse, database), registry =>
        {
            var key = parse.GetValue(which)!;
            if (!registry.Remove(key))
            {
                Console.Error.WriteLine($"atalaya: sources remove: no source '{SafeText.Of(key, 200)}' (see 'atalaya sources list')");
                return ExitCodes.NothingRead;
            }

            Console.Out.WriteLine($"no longer following {SafeText.Of(key, 200)}");
            return ExitCodes.Success;
        }));
        return command;
    }

    /// <param name="create">Adding creates the database; listing and removing refuse a missing one (a mistyped path).</param>
    private static int WithRegistry(string location, Func<SourceRegistry, int> action, bool create = false)
    {
        try
        {
            if (!create && !DocumentStores.Exists(location))
            {
                Console.Error.WriteLine($"atalaya: {SafeText.Of(DocumentStores.Display(location), 200)}: no such database");
                return ExitCodes.NothingRead;
            }

            using var registry = SourceRegistry.Open(location);
            return action(registry);
        }
        catch (StoreException error)
        {
            Console.Error.WriteLine($"atalaya: {SafeText.Visible(error.Message)}");
            return ExitCodes.NothingRead;
        }
    }
}

/// <summary>Intervals written as 30s, 10m, 1h, 1d (a bare number is seconds).</summary>
internal static class Intervals
{
    public static readonly TimeSpan Shortest = TimeSpan.FromSeconds(10);

    public static TimeSpan? Parse(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var trimmed = text.Trim().ToLowerInvariant();
        var unit = char.IsLetter(trimmed[^1]) ? trimmed[^1] : 's';
        var number = char.IsLetter(trimmed[^1]) ? trimmed[..^1] : trimmed;
        if (!double.TryParse(number, NumberStyles.Float, CultureInfo.InvariantCulture, out var value) || value <= 0 || value > 1e6)
        {
            return null;
        }

        TimeSpan? interval = unit switch
        {
            's' => TimeSpan.FromSeconds(value),
            'm' => TimeSpan.FromMinutes(value),
            'h' => TimeSpan.FromHours(value),
            'd' => TimeSpan.FromDays(value),
            _ => null,
        };
        return interval >= Shortest ? interval : null;
    }

    public static string Show(TimeSpan interval)
        => interval.TotalDays >= 1 && interval.TotalDays % 1 == 0 ? $"{interval.TotalDays.ToString(CultureInfo.InvariantCulture)}d"
            : interval.TotalHours >= 1 && interval.TotalHours % 1 == 0 ? $"{interval.TotalHours.ToString(CultureInfo.InvariantCulture)}h"
            : interval.TotalMinutes >= 1 && interval.TotalMinutes % 1 == 0 ? $"{interval.TotalMinutes.ToString(CultureInfo.InvariantCulture)}m"
            : $"{interval.TotalSeconds.ToString(CultureInfo.InvariantCulture)}s";
}
