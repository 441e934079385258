namespace Atalaya.Core.Internal;

/// <summary>Edit distance for matching misspelt names: bounded, so hopeless pairs stop early.</summary>
internal static class EditDistance
{
    private const int MaxStackLength = 128;

    public static bool Within(string a, string b, int limit)
        => Math.Abs(a.Length - b.Length) <= limit && (limit == 1 ? AtMostOneEdit(a, b) : Bounded(a, b, limit) <= limit);

    /// <summary>
    /// Whether the distance is at most one, in one pass instead of a table: past the common prefix,
    /// the rests must be equal after skipping one character of either or both. Most tests ask this.
    /// </summary>
    public static bool AtMostOneEdit(ReadOnlySpan<char> a, ReadOnlySpan<char> b)
    {
        if (Math.Abs(a.Length - b.Length) > 1)
        {
            return false;
        }

        var prefix = a.CommonPrefixLength(b);
        if (prefix == a.Length || prefix == b.Length)
        {
            // One is the other, or the other plus one character at the end.
            return true;
        }

        return a.Length == b.Length ? a[(prefix + 1)..].SequenceEqual(b[(prefix + 1)..])
            : a.Length < b.Length ? a[prefix..].SequenceEqual(b[(prefix + 1)..])
            : a[(prefix + 1)..].SequenceEqual(b[prefix..]);
    }

    /// <summary>The Levenshtein distance, or limit + 1 as soon as it must exceed the limit.</summary>
    public static int Bounded(string a, string b, int limit)
    {
        // Names are short: the two rows live on the stack.
        Span<int> previous = b.Length < MaxStackLength ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        Span<int> current = b.Length < MaxStackLength ? stackalloc int[b.Length + 1] : new int[b.Length + 1];
        for (var j = 0; j <= b.Length; j++)
        {
            previous[j] = j;
        }

        for (var i = 1; i <= a.Length; i++)
        {
            current[0] = i;
            var rowMin = current[0];
            for (var j = 1; j <= b.Length; j++)
            {
                var cost = a[i - 1] == b[j - 1] ? 0 : 1;
                current[j] = Math.Min(Math.Min(previous[j] + 1, current[j - 1] + 1), previous[j - 1] + cost);
                rowMin = Math.Min(rowMin, current[j]);
            }

            if (rowMin > limit)
            {
                return limit + 1;
            }

            var swap = previous;
            previous = current;
            current = swap;
        }

        return previous[b.Length];
    }
}
