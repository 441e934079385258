using System.Text;

namespace Atalaya.Core.Corpus.State;

/// <summary>
/// Strings by key, of one kind of consolidation record: read from the state store once, kept in
/// memory, and written through, so that a corpus built over several runs reads what earlier runs
/// decided (without a store, memory only).
/// </summary>
internal sealed class StoredStrings(ICorpusStateStore? store, string kind)
{
    private readonly Dictionary<string, string> records = new(StringComparer.Ordinal);

    public string? Get(string key)
    {
        if (records.TryGetValue(key, out var record))
        {
            return record;
        }

        if (store?.Read(kind, key) is { } stored)
        {
            return records[key] = Encoding.UTF8.GetString(stored);
        }

        return null;
    }

    public void Set(string key, string value)
    {
        records[key] = value;
        store?.Write(kind, key, Encoding.UTF8.GetBytes(value));
    }
}
