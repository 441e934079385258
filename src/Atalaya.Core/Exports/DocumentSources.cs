using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>
/// The name of the source each document came from, as ACLED's "source" column names a publisher:
/// the host of the document's URL ("eldiario.example.mx"), else the file name of its "source" field.
/// A local path would show the analyst's folders and say nothing about the publisher.
/// </summary>
internal sealed class DocumentSources
{
    private readonly Dictionary<string, string> byDocument = new(StringComparer.Ordinal);

    public DocumentSources(IEnumerable<ContractDocument> documents)
    {
        foreach (var document in documents)
        {
            byDocument.TryAdd(document.Id, NameOf(document));
        }
    }

    /// <summary>The distinct source names of an event's sources, in the order they first appear.</summary>
    public IReadOnlyList<string> Of(ContractEvent @event)
        => @event.Sources
            .Select(s => byDocument.TryGetValue(s.Document, out var name) ? name : s.Document)
            .Where(name => name.Length > 0)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    internal static string NameOf(ContractDocument document)
        => Host(document.Url) ?? Host(document.Source) ?? FileName(document.Source);

    private static string? Host(string? address)
    {
        if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https") || uri.Host.Length == 0)
        {
            return null;
        }

        return uri.Host.StartsWith("www.", StringComparison.OrdinalIgnoreCase) ? uri.Host[4..] : uri.Host;
    }

    private static string FileName(string source)
    {
        var name = Path.GetFileName(source.Replace('\\', '/'));
        return name.Length > 0 ? name : source;
    }
}
