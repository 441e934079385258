using System.Collections.Concurrent;

namespace Atalaya.Core.Internal;

/// <summary>
/// Remembers the answers of a pure, costly function of a string for every thread: news repeats its
/// names from article to article, so a name looked up by edit distance once is looked up by hash
/// afterwards. Forgets everything when full, so memory stays bounded on any corpus.
/// </summary>
internal sealed class BoundedMemo<TValue>(int capacity)
{
    private readonly ConcurrentDictionary<string, TValue> answers = new(StringComparer.Ordinal);

    public TValue Get(string key, Func<string, TValue> compute)
    {
        if (answers.TryGetValue(key, out var known))
        {
            return known;
        }

        var value = compute(key);
        if (answers.Count >= capacity)
        {
            answers.Clear();
        }

        answers.TryAdd(key, value);
        return value;
    }
}
