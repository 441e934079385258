namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// A trie over folded words: finds the longest phrase that starts at a word in one pass, so a
/// knowledge base or gazetteer with many thousands of names costs a few lookups per word.
/// </summary>
internal sealed class PhraseIndex<T>
{
    private readonly Node root = new();

    public int Count { get; private set; }

    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0)
        {
            return;
        }

        firstWords.Mark(words[0], words.Count > 1 ? words[1] : null);
        var node = root;
        foreach (var word in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(word, out var next))
            {
                node.Children[word] = next = new Node();
            }

            node = next;
        }

        node.Values ??= [];
        if (!node.Values.Contains(value))
        {
            node.Values.Add(value);
            Count++;
        }
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>: its word count and values, or (0, empty).</summary>
    public (int Length, IReadOnlyList<T> Values) LongestMatch(IReadOnlyList<string> words, int start)
    {
        var node = root;
        var bestLength = 0;
        IReadOnlyList<T> best = [];
        if (start >= words.Count || !firstWords.MayStart(words, start))
        {
            return (bestLength, best);
        }

        for (var i = start; i < words.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(words[i], out var next))
            {
                break;
            }

            node = next;
            if (node.Values is { Count: > 0 })
            {
                bestLength = i - start + 1;
                best = node.Values;
            }
        }

        return (bestLength, best);
    }

    // Most words of a sentence begin no phrase: the filter answers them without a dictionary look-up.
    private readonly Internal.WordStartFilter firstWords = new();

    private sealed class Node
    {
        public Dictionary<string, Node>? Children { get; set; }

        public List<T>? Values { get; set; }
    }
}
