
namespace Atalaya.Core.Internal;

/// <summary>
/// Case-, accent-, quote- and punctuation-insensitive form of short strings, used to compare
/// lexicon phrases with text. A table instead of Unicode normalization because the runtime runs
/// in invariant-globalization mode and this path is hot.
/// </summary>
internal static class TextFolding
{
    // Latin-1 Supplement and Latin Extended-A (U+00C0..U+017F) without diacritics, lowercased.
    private const string LatinFold =
        "aaaaaaaceeeeiiii" + "dnooooo×ouuuuyþs" + "aaaaaaaceeeeiiii" + "dnooooo÷ouuuuyþy" +
        "aaaaaaccccccccdd" + "ddeeeeeeeeeegggg" + "gggghhhhiiiiiiii" + "iiiijjkkklllllll" +
        "lllnnnnnnnnnoooo" + "oooorrrrrrssssss" + "ssttttttuuuuuuuu" + "uuuuwwyyyzzzzzzs";

    public static char FoldChar(char c)
    {
        if (c < 128)
        {
            return c is >= 'A' and <= 'Z' ? (char)(c + 32) : c;
        }

        if (c is >= '\u00C0' and <= '\u017F')
        {
            return LatinFold[c - 0xC0];
        }

        return char.ToLowerInvariant(c);
    }

    private const int CachedWordLength = 32;
    private const int MaxCachedWords = 200_000;

    // One object per thread, reached by one thread-static read: the span view of the dictionary is
    // made once (making it checks the comparer's type every time).
    [ThreadStatic]
    private static WordCache? wordCache;

    /// <summary>
    /// <see cref="Fold"/> for short strings such as single words, without allocating for words
    /// seen before on this thread: the folded form is built on the stack and looked up.
    /// </summary>
    [System.Runtime.CompilerServices.SkipLocalsInit] // Only the folded prefix of the buffer is read: no need to zero it.
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        if (word.Length > CachedWordLength)
        {
            return Fold(word);
        }

        Span<char> buffer = stackalloc char[CachedWordLength * 2];
        var length = FoldInto(word, buffer);
        return (wordCache ??= new WordCache()).Intern(buffer[..length]);
    }

    private sealed class WordCache
    {
        private readonly Dictionary<string, string> words = new(StringComparer.Ordinal);
        private readonly Dictionary<string, string>.AlternateLookup<ReadOnlySpan<char>> lookup;

        public WordCache() => lookup = words.GetAlternateLookup<ReadOnlySpan<char>>();

        public string Intern(ReadOnlySpan<char> folded)
        {
            if (lookup.TryGetValue(folded, out var known))
            {
                return known;
            }

            if (words.Count >= MaxCachedWords)
            {
                words.Clear();
            }

            var word = new string(folded);
            words[word] = word;
            return word;
        }
    }

    /// <summary>Letters and digits folded; every run of anything else becomes one space; trimmed.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        const int StackLimit = 256;
        var rented = text.Length > StackLimit ? System.Buffers.ArrayPool<char>.Shared.Rent(text.Length) : null;
        try
        {
            Span<char> buffer = rented ?? stackalloc char[StackLimit];
            return new string(buffer[..FoldInto(text, buffer)]);
        }
        finally
        {
            if (rented is not null)
            {
                System.Buffers.ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>
    /// The folded form of <paramref name="text"/> written into <paramref name="destination"/>
    /// (at least as long as the text); returns its length. The one implementation every fold uses.
    /// </summary>
    public static int FoldInto(ReadOnlySpan<char> text, Span<char> destination)
    {
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in text)
        {
            char c;
            bool keep;
            if (raw < 128)
            {
                // The common case, without the Unicode tables: ASCII letters and digits.
                c = raw is >= 'A' and <= 'Z' ? (char)(raw + 32) : raw;
                keep = c is (>= 'a' and <= 'z') or (>= '0' and <= '9');
            }
            else
            {
                c = FoldChar(raw);
                keep = char.IsLetterOrDigit(c);
            }

            if (keep)
            {
                if (pendingSpace && length > 0)
                {
                    destination[length++] = ' ';
                }

                pendingSpace = false;
                destination[length++] = c;
            }
            else
            {
                pendingSpace = true;
            }
        }

        return length;
    }
}
