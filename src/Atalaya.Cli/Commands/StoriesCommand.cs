using System.CommandLine;
using Atalaya.Cli.Running;
using Atalaya.Storage.Workbench;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya stories [--db FILE] [--all]: each story several documents report, with its languages, dates, documents and events.</summary>
internal static class StoriesCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var all = new Option<bool>("--all") { Description = "List stories of a single document too" };
        var command = new Command("stories", "List the stories several stored documents report, across languages (latest first, as the workbench lists them)") { database, all };
        command.SetAction(parse => StoredCorpus.Show(CommonOptions.DatabaseLocation(parse, database), queries =>
        {
            Print(Console.Out, queries, parse.GetValue(all));
            return true;
        }));
        return command;
    }

    /// <summary>The stories of /api/stories, latest first, each as /api/stories/{id} gives it.</summary>
    public static void Print(TextWriter output, IWorkbenchQueries queries, bool all)
    {
        var stories = StoredCorpus.All(paging => queries.Stories(Filters.None, paging));
        var shown = stories.Where(s => all || s.Documents > 1).ToList();
        var documentCount = StoredCorpus.DocumentCount(queries);
        if (shown.Count == 0)
        {
            output.WriteLine($"no story is reported by more than one document ({documentCount} documents, {stories.Count} stories)");
            return;
        }

        foreach (var summary in shown)
        {
            if (queries.StoryById(summary.Id) is not { } story)
            {
                continue;
            }

            // In the story's own order of its documents.
            var members = story.Story.Documents
                .Select(id => story.Documents.FirstOrDefault(d => d.Id == id))
                .OfType<SourceText>()
                .ToList();
            output.WriteLine($"{story.Story.Id,-6} {SafeText.Of(story.Story.Title ?? "(no title)", 90)}");
            output.WriteLine($"       languages {string.Join(", ", story.Story.Languages)}  |  dates {DateRange(members, story)}  |  {members.Count} documents  |  {story.Events.Count} events");
            var width = members.Count == 0 ? 0 : members.Max(d => SafeText.Of(d.Id, 40).Length);
            foreach (var document in members)
            {
                var copy = document.DuplicateOf is null ? "" : $"  (copy of {SafeText.Of(document.DuplicateOf, 40)})";
                output.WriteLine($"       {SafeText.Of(document.Id, 40).PadRight(width)}  {document.Language,-3} {document.Published ?? "-",-10}  {SafeText.Of(document.Title ?? "(no title)", 70)}{copy}");
            }

            output.WriteLine();
        }

        output.WriteLine($"{shown.Count} stories shown of {stories.Count} ({documentCount} documents)");
    }

    /// <summary>Publication dates, else the dates of the story's events; "-" when nothing is dated.</summary>
    private static string DateRange(List<SourceText> members, StoryDetail story)
    {
        var dates = members.Select(d => d.Published).OfType<string>().ToList();
        if (dates.Count == 0)
        {
            dates = [.. story.Events.Select(e => e.Date).OfType<string>()];
        }

        if (dates.Count == 0)
        {
            return "-";
        }

        dates.Sort(StringComparer.Ordinal);
        return dates[0] == dates[^1] ? SafeText.Of(dates[0], 20) : $"{SafeText.Of(dates[0], 20)} .. {SafeText.Of(dates[^1], 20)}";
    }
}
