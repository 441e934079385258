using Atalaya.Core.Contract;

namespace Atalaya.Storage.Relational;

/// <summary>
/// What consolidation adds to a stored document's analysis (corpus_document_links): its original,
/// its story, its corpus events and the corpus entity of each of its entities. The consolidated
/// document is its analysis with these applied, as the corpus builder applies them, so it is not
/// stored a second time.
/// </summary>
internal sealed record DocumentLinks(string? DuplicateOf, string? Story, string Events, string Entities)
{
    /// <summary>The links of a document the corpus builder has consolidated.</summary>
    public static DocumentLinks Of(ContractDocument consolidated)
        => new(consolidated.DuplicateOf, consolidated.Story, string.Join(' ', consolidated.Events), string.Join(' ', consolidated.Entities.Select(e => e.Entity)));

    /// <summary>
    /// Turns a stored analysis into the consolidated document: entity ids (and the quote speakers
    /// naming them) become corpus ids, the way the builder maps them; text is left out.
    /// </summary>
    public ContractDocument ApplyTo(ContractDocument analysis)
    {
        analysis.DuplicateOf = DuplicateOf;
        var corpusIds = new Dictionary<string, string>(StringComparer.Ordinal);
        var entities = Split(Entities);
        if (entities.Length != analysis.Entities.Count)
        {
            throw new StoreException($"stored corpus links name {entities.Length} entities for a document of {analysis.Entities.Count}");
        }

        for (var i = 0; i < entities.Length; i++)
        {
            corpusIds[analysis.Entities[i].Entity] = entities[i];
            analysis.Entities[i].Entity = entities[i];
        }

        analysis.Story = Story;
        analysis.Events = [.. Split(Events)];
        analysis.Text = null;
        foreach (var quote in analysis.Quotes)
        {
            quote.Speaker = quote.Speaker is null ? null : corpusIds.GetValueOrDefault(quote.Speaker);
        }

        return analysis;
    }

    private static string[] Split(string ids) => ids.Length == 0 ? [] : ids.Split(' ');
}
