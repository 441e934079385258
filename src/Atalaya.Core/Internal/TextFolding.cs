using System.Text;

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

    [ThreadStatic]
    private static Dictionary<string, string>? wordCache;

    /// <summary>
    /// <see cref="Fold"/> for short strings such as single words, without allocating for words
    /// seen before on this thread: the folded form is built on the stack and looked up.
    /// </summary>
    public static string FoldWord(ReadOnlySpan<char> word)
    {
        if (word.Length > CachedWordLength)
        {
            return Fold(word);
        }

        Span<char> buffer = stackalloc char[CachedWordLength * 2];
        var length = 0;
        var pendingSpace = false;
        foreach (var raw in word)
        {
            var c = FoldChar(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && length > 0)
                {
                    buffer[length++] = ' ';
                }

                pendingSpace = false;
                buffer[length++] = c;
            }
            else
            {
                pendingSpace = true;
            }
        }

        var cache = wordCache ??= new Dictionary<string, string>(StringComparer.Ordinal);
        var lookup = cache.GetAlternateLookup<ReadOnlySpan<char>>();
        if (lookup.TryGetValue(buffer[..length], out var known))
        {
            return known;
        }

        if (cache.Count >= MaxCachedWords)
        {
            cache.Clear();
        }

        var folded = new string(buffer[..length]);
        cache[folded] = folded;
        return folded;
    }

    /// <summary>Letters and digits folded; every run of anything else becomes one space; trimmed.</summary>
    public static string Fold(ReadOnlySpan<char> text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var raw in text)
        {
            var c = FoldChar(raw);
            if (char.IsLetterOrDigit(c))
            {
                if (pendingSpace && builder.Length > 0)
                {
                    builder.Append(' ');
                }

                pendingSpace = false;
                builder.Append(c);
            }
            else
            {
                pendingSpace = true;
            }
        }

        return builder.ToString();
    }
}
