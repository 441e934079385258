namespace Atalaya.Core.Corpus.State;

/// <summary>
/// Where consolidation keeps what it needs to take up where it stopped (copy signatures and LSH
/// buckets, story profiles and feature frequencies, events being merged, entity keys, claim groups),
/// so that adding documents to a stored corpus reads only the state those documents touch instead of
/// consolidating every earlier document again. Records are opaque bytes that the consolidation
/// encodes; lists are append-only and read from their end, because every decision looks at the most
/// recent members of a block only.
/// </summary>
public interface ICorpusStateStore
{
    /// <summary>The record of that kind and key, or null when none was written.</summary>
    byte[]? Read(string kind, string key);

    /// <summary>Writes (or replaces) a record.</summary>
    void Write(string kind, string key, byte[] value);

    /// <summary>The last <paramref name="count"/> items of a list, oldest first (empty when there is no such list).</summary>
    IReadOnlyList<long> Tail(string kind, string key, int count);

    void Append(string kind, string key, long item);
}
