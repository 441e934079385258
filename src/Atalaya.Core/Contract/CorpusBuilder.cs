using Atalaya.Core.Pipeline;

namespace Atalaya.Core.Contract;

/// <summary>
/// Collects analyzed documents into one contract corpus in input order. Exact copies (same
/// content hash) point at the first document with that content through duplicate_of.
/// </summary>
public sealed class CorpusBuilder
{
    private readonly Dictionary<string, string> firstByHash = new(StringComparer.Ordinal);
    private readonly ContractCorpus corpus = new();
    private readonly bool includeText;

    public CorpusBuilder(bool includeText = true) => this.includeText = includeText;

    public int Count => corpus.Documents.Count;

    public ContractDocument Add(AnalysisResult result)
    {
        var document = ContractMapper.ToContract(result, includeText);
        Add(document);
        return document;
    }

    public void Add(ContractDocument document)
    {
        if (!firstByHash.TryAdd(document.ContentHash, document.Id))
        {
            document.DuplicateOf = firstByHash[document.ContentHash];
        }

        corpus.Documents.Add(document);
    }

    public ContractCorpus Build() => corpus;
}
