using System.Collections.Frozen;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// A read-only table keyed by folded text (see <see cref="TextFolding"/>), looked up with a span so
/// that a word folded on the stack needs no string: the readers look up every word of every sentence.
/// </summary>
internal sealed class FoldedTable<T>
{
    private readonly FrozenDictionary<string, T> entries;
    private readonly FrozenDictionary<string, T>.AlternateLookup<ReadOnlySpan<char>> lookup;

    public FoldedTable(IEnumerable<KeyValuePair<string, T>> folded)
    {
        entries = folded.ToFrozenDictionary(StringComparer.Ordinal);
        lookup = entries.GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public static FoldedTable<T> Empty { get; } = new([]);

    public bool TryGet(ReadOnlySpan<char> folded, out T value) => lookup.TryGetValue(folded, out value!);

    public bool Contains(ReadOnlySpan<char> folded) => lookup.ContainsKey(folded);
}
