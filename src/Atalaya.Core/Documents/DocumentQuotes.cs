namespace Atalaya.Core.Documents;

/// <summary>Words a document quotes directly, and who said them.</summary>
/// <param name="Span">The quoted words, without the quotation marks.</param>
/// <param name="Speaker">The person or organization the attribution names, or null when it names none.</param>
public sealed record DocumentQuote(TextSpan Span, DocumentEntity? Speaker);

/// <summary>The direct quotes of a document, in text order.</summary>
public sealed class DocumentQuotes
{
    public static readonly DocumentQuotes None = new([]);

    public DocumentQuotes(IReadOnlyList<DocumentQuote> quotes) => Quotes = quotes;

    public IReadOnlyList<DocumentQuote> Quotes { get; }
}
