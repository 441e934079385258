using System.CommandLine;
using System.Globalization;
using Atalaya.Cli.Running;
using Atalaya.Storage;
using Atalaya.Watch;

namespace Atalaya.Cli.Commands;

/// <summary>
/// atalaya watch [--once] [--db FILE|URI]: polls the sources a database follows, stores their new
/// articles, and raises alerts; until Ctrl+C, or one round with --once (for cron and tests).
/// </summary>
internal static class WatchCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var data = CommonOptions.Data();
        var once = new Option<bool>("--once") { Description = "Poll every source once (due or not), store, raise alerts, and exit" };
        var maxSize = CommonOptions.MaxSize();
        var timeout = new Option<double>("--timeout") { Description = "Longest wait for one answer, in seconds", HelpName = "SECONDS", DefaultValueFactory = _ => 20 };
        var retries = new Option<int>("--retries") { Description = "Attempts after the first for a connection error, a timeout or a 5xx/429 answer", HelpName = "N", DefaultValueFactory = _ => 2 };
        var retryDelay = new Option<double>("--retry-delay") { Description = "First wait before a retry, in seconds (doubling after each)", HelpName = "SECONDS", DefaultValueFactory = _ => 2 };
        var hostDelay = new Option<double>("--host-delay") { Description = "Least time between two requests to one host, in seconds (robots.txt's Crawl-delay may ask for more)", HelpName = "SECONDS", DefaultValueFactory = _ => 1 };
        var hostConcurrency = new Option<int>("--host-concurrency") { Description = "Requests to one host at a time", HelpName = "N", DefaultValueFactory = _ => 2 };
        var concurrency = new Option<int>("--concurrency") { Description = "Requests in flight at a time over all hosts", HelpName = "N", DefaultValueFactory = _ => 16 };
        var maxItems = new Option<int>("--max-items") { Description = "Articles fetched from one source per poll (the rest wait for the next)", HelpName = "N", DefaultValueFactory = _ => 100 };
        var command = new Command("watch", "Poll the followed feeds and sitemaps (see 'atalaya sources'), store their new articles, raise alerts; Ctrl+C stops it")
        {
            database, once, data, maxSize, timeout, retries, retryDelay, hostDelay, hostConcurrency, concurrency, maxItems,
        };
        command.SetAction(parse =>
        {
            var options = new WatchOptions
            {
                MaxBytes = CommonOptions.Megabytes(parse.GetValue(maxSize)),
                Timeout = TimeSpan.FromSeconds(Math.Max(0.1, parse.GetValue(timeout))),
                Retries = Math.Max(0, parse.GetValue(retries)),
                RetryDelay = TimeSpan.FromSeconds(Math.Max(0.01, parse.GetValue(retryDelay))),
                HostDelay = TimeSpan.FromSeconds(Math.Max(0, parse.GetValue(hostDelay))),
                HostConcurrency = Math.Max(1, parse.GetValue(hostConcurrency)),
                Concurrency = Math.Max(1, parse.GetValue(concurrency)),
                MaxItemsPerPoll = Math.Max(1, parse.GetValue(maxItems)),
            };
            return Run(CommonOptions.DatabaseLocation(parse, database), parse.GetValue(data), options, parse.GetValue(once));
        });
        return command;
    }

    private static int Run(string location, string? data, WatchOptions options, bool once)
    {
        var errors = new ErrorLog(Console.Error);
        try
        {
            if (!DocumentStores.Exists(location))
            {
                errors.Warn($"{DocumentStores.Display(location)}: no such database (follow a source first: 'atalaya sources add URL --db ...')");
                return ExitCodes.NothingRead;
            }
        }
        catch (StoreException error)
        {
            errors.Warn(error.Message);
            return ExitCodes.NothingRead;
        }

        using var stop = new CancellationTokenSource();
        Console.CancelKeyPress += (_, e) =>
        {
            // The round in progress stops fetching; what it stored is committed and consolidated.
            e.Cancel = true;
            stop.Cancel();
        };

        // The language resources take seconds to load: only when a page needs analysis.
        var session = new Lazy<AnalysisSession>(() => AnalysisSession.Load(data), LazyThreadSafetyMode.ExecutionAndPublication);
        using var watcher = new SourceWatcher(location, (document, token) => session.Value.Pipeline.Analyze(document, token), options, line => errors.Note($"atalaya: watch: {SafeText.Visible(line)}"));
        try
        {
            if (!once)
            {
                errors.Note($"atalaya: watch: polling the sources of {SafeText.Visible(DocumentStores.Display(location))}; Ctrl+C stops");
                watcher.RunAsync(TimeSpan.FromMinutes(1), stop.Token).GetAwaiter().GetResult();
                errors.Note("atalaya: watch: stopped");
                return ExitCodes.Success;
            }

            // The first pages come after robots.txt and the feed (a host delay each): the resources load meanwhile.
            _ = Task.Run(() => session.Value, stop.Token);
            var round = watcher.PollAsync(all: true, stop.Token).GetAwaiter().GetResult();
            if (round.Polls.Count == 0)
            {
                errors.Warn("watch: no sources followed; add one with 'atalaya sources add URL'");
                return ExitCodes.NothingRead;
            }

            var failing = round.Polls.Count(p => p.Error is not null);
            errors.Note(string.Create(
                CultureInfo.InvariantCulture,
                $"atalaya: watch: {round.Polls.Count} sources polled ({failing} failed), {round.Stored} articles stored, {round.Alerts.Count} alerts raised ({round.Delivered} sent to webhooks, {round.DeliveryFailures} not)"));
            return failing == round.Polls.Count ? ExitCodes.NothingRead : ExitCodes.Success;
        }
        catch (OperationCanceledException) when (stop.IsCancellationRequested)
        {
            errors.Note("atalaya: watch: stopped");
            return ExitCodes.Success;
        }
        catch (StoreException error)
        {
            errors.Warn(error.Message);
            return ExitCodes.NothingRead;
        }
    }
}
