namespace Atalaya.Core.Corpus.State;

/// <summary>
/// Where consolidation keeps what it needs to take up where it stopped (copy signatures and LSH
/// buckets, story profiles and feature frequencies, events being merged, entity keys, claim groups),
/// so that adding documents to a stored corpus reads only the state those documents touch instead of
/// consolidating every earlier document again. Records are opaque bytes that the consolidation
/// encodes; lists are append-only and read from their end, because every decision looks at the most
/// recent members of a block only.
/// </summary>
/// <remarks>
/// Most state is numbered (the n-th copy entry, story profile or event; the members of a band key or
/// a feature): those records and lists have their own methods, so that a store can keep them in
/// small integer-keyed rows written in order instead of text keys scattered through an index.
/// Some kinds hold what the corpus rows of the same save hold too (<see cref="StateKinds"/>): a store
/// that writes those rows may answer them from there instead of storing them twice.
/// </remarks>
public interface ICorpusStateStore
{
    /// <summary>
    /// Whether the store keeps records of that kind itself; false for a kind of <see cref="StateKinds"/>
    /// it answers from the corpus rows, whose records need not be encoded (a write is ignored).
    /// </summary>
    bool Keeps(string kind) => true;

    /// <summary>The record of that kind and key, or null when none was written.</summary>
    byte[]? Read(string kind, string key);

    /// <summary>Writes (or replaces) a record.</summary>
    void Write(string kind, string key, byte[] value);

    /// <summary>The numbered record of that kind, or null when none was written.</summary>
    byte[]? Read(string kind, long number);

    /// <summary>Writes (or replaces) a numbered record.</summary>
    void Write(string kind, long number, byte[] value);

    /// <summary>The last <paramref name="count"/> items of a list, oldest first (empty when there is no such list).</summary>
    IReadOnlyList<long> Tail(string kind, string key, int count);

    void Append(string kind, string key, long item);

    /// <summary>The last <paramref name="count"/> items of a numbered list, in increasing order (empty when there is no such list).</summary>
    IReadOnlyList<long> Tail(string kind, long key, int count);

    /// <summary>Appends to a numbered list an item greater than every item already in it (a list is a set kept in order).</summary>
    void Append(string kind, long key, long item);
}
