using Atalaya.Core.Contract;

namespace Atalaya.Cli.Running;

/// <summary>A readable line per document: id, language, date, title, byline, boilerplate, entity and event counts.</summary>
internal static class DocumentSummary
{
    private const int TitleWidth = 70;

    public static void Print(TextWriter writer, IEnumerable<ContractDocument> documents)
    {
        foreach (var document in documents)
        {
            // Titles, bylines and ids come from the input: nothing in them may reach the terminal as a command.
            var title = SafeText.Of(document.Title ?? "(no title)", TitleWidth);
            var byline = document.Byline is null ? "" : $"  by {SafeText.Of(document.Byline)}";
            var duplicate = document.DuplicateOf is null ? "" : $"  (copy of {SafeText.Visible(document.DuplicateOf)})";
            writer.WriteLine($"{SafeText.Visible(document.Id),-32} {document.Language,-3} {document.Published ?? "-",-10}  {title}{byline}  [{document.Boilerplate.Count} boilerplate, {document.Entities.Count} entities, {document.DocumentEvents.Count} events]{duplicate}");
        }
    }
}
