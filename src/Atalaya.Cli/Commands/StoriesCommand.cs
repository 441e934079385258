using System.CommandLine;
using Atalaya.Cli.Running;
using Atalaya.Core.Contract;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya stories [--db FILE] [--all]: each story several documents report, with its languages, dates, documents and events.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var all = new Option<bool>("--all") { Description = "List stories of a single document too" };
        var command = new Command("stories", "List the stories several stored documents report, across languages") { database, all };
        command.SetAction(parse => StoredCorpus.Show(parse.GetValue(database)!, corpus => Print(Console.Out, corpus, parse.GetValue(all))));
        return command;
    }

    public static void Print(TextWriter output, ContractCorpus corpus, bool all)
    {
        var documents = corpus.Documents.ToDictionary(d => d.Id, StringComparer.Ordinal);
        var shown = corpus.Stories.Where(s => all || s.Documents.Count > 1).ToList();
        if (shown.Count == 0)
        {
            output.WriteLine($"no story is reported by more than one document ({corpus.Documents.Count} documents, {corpus.Stories.Count} stories)");
            return;
        }

        foreach (var story in shown)
        {
            var members = story.Documents.Select(id => documents[id]).ToList();
            var events = members.SelectMany(d => d.Events).Distinct(StringComparer.Ordinal).Count();
            output.WriteLine($"{story.Id,-6} {SafeText.Of(story.Title ?? "(no title)", 90)}");
            output.WriteLine($"       languages {string.Join(", ", story.Languages)}  |  dates {DateRange(members, corpus)}  |  {members.Count} documents  |  {events} events");
            var width = members.Max(d => SafeText.Of(d.Id, 40).Length);
            foreach (var document in members)
            {
                var copy = document.DuplicateOf is null ? "" : $"  (copy of {SafeText.Of(document.DuplicateOf, 40)})";
                output.WriteLine($"       {SafeText.Of(document.Id, 40).PadRight(width)}  {document.Language,-3} {document.Published ?? "-",-10}  {SafeText.Of(document.Title ?? "(no title)", 70)}{copy}");
            }

            output.WriteLine();
        }

        output.WriteLine($"{shown.Count} stories shown of {corpus.Stories.Count} ({corpus.Documents.Count} documents)");
    }

    /// <summary>Publication dates, else the dates of the story's events; "-" when nothing is dated.</summary>
    private static string DateRange(List<ContractDocument> members, ContractCorpus corpus)
    {
        var dates = members.Select(d => d.Published).OfType<string>().ToList();
        if (dates.Count == 0)
        {
            var ids = members.SelectMany(d => d.Events).ToHashSet(StringComparer.Ordinal);
            dates = [.. corpus.Events.Where(e => ids.Contains(e.Id)).Select(e => e.Date).OfType<string>()];
        }

        if (dates.Count == 0)
        {
            return "-";
        }

        dates.Sort(StringComparer.Ordinal);
        return dates[0] == dates[^1] ? SafeText.Of(dates[0], 20) : $"{SafeText.Of(dates[0], 20)} .. {SafeText.Of(dates[^1], 20)}";
    }
}
