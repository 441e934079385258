using System.CommandLine;
using System.Globalization;
using Atalaya.Cli.Running;
using Atalaya.Storage;
using Atalaya.Storage.Alerts;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya alerts add|list|remove: saved questions over events; 'atalaya watch' raises their alerts.</summary>
internal static class AlertsCommand
{
    private const int ListedEntries = 10;

    public static Command Create() => new("alerts", "Saved questions over events: each new event that answers one (after 'atalaya watch' consolidates) is an alert, kept, served as Atom and sent to a webhook")
    {
        Add(), List(), Remove(),
    };

    private static Command Add()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("NAME") { Description = "The question's name (GET /api/alerts.atom?name=NAME serves its alerts)" };
        var where = new Option<string?>("--where")
        {
            Description = "Conditions: state=STATE type=EVENT_TYPE min_fatalities=N actor=ID_OR_NAME language=CODE (e.g. \"state=Guanajuato type=Battles min_fatalities=3\")",
            HelpName = "CONDITIONS",
        };
        var query = new Option<string?>("--query") { Description = "Words every matching event's article must contain (case and accents ignored)", HelpName = "TEXT" };
        var webhook = new Option<string?>("--webhook") { Description = "An http(s) URL each alert is POSTed to as JSON", HelpName = "URL" };
        var command = new Command("add", "Save a question; only events of articles consolidated from now on raise alerts") { name, where, query, webhook, database };
        command.SetAction(parse =>
        {
            var label = parse.GetValue(name)!.Trim();
            if (label.Length is 0 or > 100 || label.Any(char.IsControl))
            {
                Console.Error.WriteLine("atalaya: alerts add: NAME must be 1 to 100 characters without control characters");
                return ExitCodes.Usage;
            }

            AlertConditions conditions;
            try
            {
                conditions = AlertConditions.Parse(parse.GetValue(where), parse.GetValue(query));
            }
            catch (FormatException error)
            {
                Console.Error.WriteLine($"atalaya: alerts add: --where: {SafeText.Visible(error.Message)}");
                return ExitCodes.Usage;
            }

            var hook = parse.GetValue(webhook);
            if (hook is not null && !(Uri.TryCreate(hook, UriKind.Absolute, out var uri) && uri.Scheme is "http" or "https"))
            {
                Console.Error.WriteLine($"atalaya: alerts add: --webhook '{SafeText.Of(hook, 200)}' is not an http or https address");
                return ExitCodes.Usage;
            }

            return WithBook(CommonOptions.DatabaseLocation(parse, database), book =>
            {
                if (book.Add(label, conditions, hook, DateTimeOffset.UtcNow) is not { } added)
                {
                    Console.Error.WriteLine($"atalaya: alerts add: an alert named '{SafeText.Of(label, 100)}' exists already (see 'atalaya alerts list')");
                    return ExitCodes.Usage;
                }

                Console.Out.WriteLine($"alert '{SafeText.Of(added.Name, 100)}' saved: {Describe(added.Conditions)}{(hook is null ? "" : $", POSTed to {SafeText.Of(hook, 200)}")}");
                return ExitCodes.Success;
            }, create: true);
        });
        return command;
    }

    private static Command List()
    {
        var database = CommonOptions.Database();
        var command = new Command("list", $"The saved questions and their latest alerts ({ListedEntries} each)") { database };
        command.SetAction(parse => WithBook(CommonOptions.DatabaseLocation(parse, database), book =>
        {
            var alerts = book.List();
            if (alerts.Count == 0)
            {
                Console.Out.WriteLine("no alerts saved; add one with 'atalaya alerts add NAME --where \"state=... type=...\"'");
                return ExitCodes.Success;
            }

            foreach (var alert in alerts)
            {
                Console.Out.WriteLine($"{SafeText.Of(alert.Name, 100)}  {Describe(alert.Conditions)}{(alert.Webhook is null ? "" : $"  webhook {SafeText.Of(alert.Webhook, 200)}")}");
                Console.Out.WriteLine($"    {alert.Raised.ToString(CultureInfo.InvariantCulture)} alerts since {alert.Created}{(alert.LastRaised is null ? "" : $", latest {alert.LastRaised}")}");
                foreach (var entry in book.Entries(alert.Name, ListedEntries))
                {
                    var delivery = alert.Webhook is null ? "" : entry.Delivered is not null ? " (sent)" : entry.DeliveryError is not null ? $" (not sent: {SafeText.Of(entry.DeliveryError, 80)})" : " (to send)";
                    Console.Out.WriteLine($"    {entry.Raised}  {entry.Event.Id}  {SafeText.Of(entry.Title, 160)}{delivery}");
                }
            }

            return ExitCodes.Success;
        }));
        return command;
    }

    private static Command Remove()
    {
        var database = CommonOptions.Database();
        var name = new Argument<string>("NAME") { Description = "The question's name" };
        var command = new Command("remove", "Delete a saved question and its alerts") { name, database };
        command.SetAction(parse => WithBook(CommonOptions.DatabaseLocation(parse, database), book =>
        {
            var label = parse.GetValue(name)!;
            if (!book.Remove(label))
            {
                Console.Error.WriteLine($"atalaya: alerts remove: no alert named '{SafeText.Of(label, 100)}'");
                return ExitCodes.NothingRead;
            }

            Console.Out.WriteLine($"alert '{SafeText.Of(label, 100)}' removed");
            return ExitCodes.Success;
        }));
        return command;
    }

    private static string Describe(AlertConditions conditions)
    {
        var where = conditions.Where();
        var text = where.Length == 0 ? "every event" : where;
        return SafeText.Of(conditions.Query is null ? text : $"{text} query=\"{conditions.Query}\"", 300);
    }

    /// <param name="create">Adding creates the database; listing and removing refuse a missing one (a mistyped path).</param>
    private static int WithBook(string location, Func<AlertBook, int> action, bool create = false)
    {
        try
        {
            if (!create && !DocumentStores.Exists(location))
            {
                Console.Error.WriteLine($"atalaya: {SafeText.Of(DocumentStores.Display(location), 200)}: no such database");
                return ExitCodes.NothingRead;
            }

            using var book = AlertBook.Open(location);
            return action(book);
        }
        catch (StoreException error)
        {
            Console.Error.WriteLine($"atalaya: {SafeText.Visible(error.Message)}");
            return ExitCodes.NothingRead;
        }
    }
}
