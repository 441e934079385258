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
            var title = document.Title ?? "(no title)";
            if (title.Length > TitleWidth)
            {
                title = title[..(TitleWidth - 1)] + "…";
            }

            var byline = document.Byline is null ? "" : $"  by {document.Byline}";
            var duplicate = document.DuplicateOf is null ? "" : $"  (copy of {document.DuplicateOf})";
            writer.WriteLine($"{document.Id,-32} {document.Language,-3} {document.Published ?? "-",-10}  {title}{byline}  [{document.Boilerplate.Count} boilerplate, {document.Entities.Count} entities, {document.DocumentEvents.Count} events]{duplicate}");
        }
    }
}
