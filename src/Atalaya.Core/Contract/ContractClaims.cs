using System.Globalization;
using Atalaya.Core.Documents;

namespace Atalaya.Core.Contract;

/// <summary>
/// A document's claims and quotes in the contract: first with the document's local entity ids
/// (what is stored), then, in the corpus, with corpus entity ids.
/// </summary>
internal static class ContractClaims
{
    public static List<ContractClaim> Of(string documentId, string text, DocumentEntities? entities, DocumentClaims? claims)
    {
        if (claims is null || claims.Claims.Count == 0 || entities is null)
        {
            return [];
        }

        var localIds = LocalIds(entities);
        return [.. claims.Claims.Select(c => new ContractClaim
        {
            Subject = localIds[c.Subject],
            Attribute = c.Attribute,
            Value = c.Value,
            Unit = c.Unit,
            Document = documentId,
            Start = c.Evidence.Start,
            End = c.Evidence.End,
            Text = c.Evidence.Slice(text),
            AsOf = c.AsOf?.ToString(),
            Agency = c.Agency is null ? null : localIds.GetValueOrDefault(c.Agency),
            Since = c.Since?.ToString(),
        })];
    }

    public static List<ContractQuote> QuotesOf(string text, DocumentEntities? entities, DocumentQuotes? quotes)
    {
        if (quotes is null || quotes.Quotes.Count == 0)
        {
            return [];
        }

        var localIds = entities is null ? [] : LocalIds(entities);
        return [.. quotes.Quotes.Select(q => new ContractQuote
        {
            Speaker = q.Speaker is null ? null : localIds.GetValueOrDefault(q.Speaker),
            Start = q.Span.Start,
            End = q.Span.End,
            Text = q.Span.Slice(text),
        })];
    }

    /// <summary>
    /// Adds a document's claims to the corpus with corpus entity ids, and points its quotes'
    /// speakers at corpus entities (the document's entities were just given theirs).
    /// </summary>
    public static void Promote(ContractCorpus corpus, ContractDocument document, IReadOnlyDictionary<string, string> corpusIds)
    {
        foreach (var claim in document.DocumentClaims)
        {
            if (corpusIds.GetValueOrDefault(claim.Subject) is not { } subject)
            {
                continue;
            }

            corpus.Claims.Add(new ContractClaim
            {
                Subject = subject,
                Attribute = claim.Attribute,
                Value = claim.Value,
                Unit = claim.Unit,
                Document = document.Id,
                Start = claim.Start,
                End = claim.End,
                Text = claim.Text,
                AsOf = claim.AsOf,
                Agency = claim.Agency is null ? null : corpusIds.GetValueOrDefault(claim.Agency),
                Since = claim.Since,
            });
        }

        foreach (var quote in document.Quotes)
        {
            quote.Speaker = quote.Speaker is null ? null : corpusIds.GetValueOrDefault(quote.Speaker);
        }
    }

    private static Dictionary<DocumentEntity, string> LocalIds(DocumentEntities entities)
    {
        var localIds = new Dictionary<DocumentEntity, string>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < entities.Entities.Count; i++)
        {
            localIds[entities.Entities[i]] = string.Create(CultureInfo.InvariantCulture, $"L{i + 1}");
        }

        return localIds;
    }
}
