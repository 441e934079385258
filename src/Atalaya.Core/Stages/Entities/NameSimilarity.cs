using System.Text;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// When two folded names are one name written wrong: a typo (edit distance), a spelling by ear
/// (phonetic key: "Vasques" for "Vázquez", "Jiménez" for "Giménez"), an acronym with one letter off
/// ("FUDM" for "FUDN"). Each test keeps the first letter, because misspellings rarely touch it and
/// different names often differ there.
/// </summary>
internal static class NameSimilarity
{
    /// <summary>One edit for names up to 9 letters, two for longer ones; the first letter must agree.</summary>
    public static bool Close(string a, string b)
    {
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0] || a == b)
        {
            return false;
        }

        var allowed = Math.Min(a.Length, b.Length) >= 10 ? 2 : 1;
        return Internal.EditDistance.Within(a, b, allowed);
    }

    /// <summary>
    /// Two person names one typo apart: the same number of words, all the same but one, and that
    /// one a single edit off ("Oseguera Cervantez"). "Vázquez" and "Velázquez" are two surnames.
    /// </summary>
    public static bool ClosePersonNames(string a, string b)
    {
        // One edit in a word that keeps its first letter: the whole names keep theirs and their lengths.
        if (a.Length == 0 || b.Length == 0 || a[0] != b[0] || Math.Abs(a.Length - b.Length) > 1 || a == b)
        {
            return false;
        }

        // Word by word, without splitting into new strings: this runs against every known name of the type and letter.
        var differing = 0;
        var close = true;
        var restA = a.AsSpan();
        var restB = b.AsSpan();
        while (true)
        {
            var wa = NextWord(ref restA);
            var wb = NextWord(ref restB);
            if (wa.IsEmpty || wb.IsEmpty)
            {
                // Both out of words together, or a different number of words.
                return wa.IsEmpty && wb.IsEmpty && differing == 1 && close;
            }

            if (!wa.SequenceEqual(wb))
            {
                differing++;
                close &= wa.Length >= 5 && wa[0] == wb[0] && Math.Abs(wa.Length - wb.Length) <= 1 && Internal.EditDistance.AtMostOneEdit(wa, wb);
            }
        }
    }

    /// <summary>The next word of <paramref name="rest"/> (spaces skipped, as splitting without empty entries), or empty.</summary>
    private static ReadOnlySpan<char> NextWord(ref ReadOnlySpan<char> rest)
    {
        rest = rest.TrimStart(' ');
        var space = rest.IndexOf(' ');
        var word = space < 0 ? rest : rest[..space];
        rest = rest[word.Length..];
        return word;
    }

    private const int MinPhoneticLength = 6;

    /// <summary>Words of six letters or more that sound alike: the same phonetic key, or keys one edit apart.</summary>
    public static bool SoundAlike(string a, string b)
    {
        if (Math.Min(a.Length, b.Length) < MinPhoneticLength || a[0] != b[0] || a == b)
        {
            return false;
        }

        var ka = PhoneticKey(a);
        var kb = PhoneticKey(b);
        return ka == kb || Internal.EditDistance.Within(ka, kb, 1);
    }

    /// <summary>Acronyms of the same length, four letters or more, differing in one letter that is not the first.</summary>
    public static bool OneLetterOff(string a, string b)
    {
        if (a.Length != b.Length || a.Length < 4 || a[0] != b[0] || a == b)
        {
            return false;
        }

        var differences = 0;
        for (var k = 0; k < a.Length; k++)
        {
            differences += a[k] == b[k] ? 0 : 1;
        }

        return differences == 1;
    }

    /// <summary>
    /// A rough key of how a folded (lower-case, unaccented) name sounds in the Romance and Germanic
    /// languages of the news: soft c and z as s, hard c, k and qu as k, v as b, j and soft g as x,
    /// ll and y alike, silent h dropped, doubled letters once.
    /// </summary>
    public static string PhoneticKey(string folded)
    {
        folded = folded.Replace("ll", "y", StringComparison.Ordinal);
        var key = new StringBuilder(folded.Length);
        for (var k = 0; k < folded.Length; k++)
        {
            var c = folded[k];
            var next = k + 1 < folded.Length ? folded[k + 1] : '\0';
            var sound = c switch
            {
                'c' when next is 'e' or 'i' => 's',
                'c' when next == 'h' => 'x',
                'c' or 'k' or 'q' => 'k',
                'z' => 's',
                'v' or 'w' => 'b',
                'j' => 'x',
                'g' when next is 'e' or 'i' => 'x',
                'y' => 'i',
                'h' => '\0',
                'u' when k > 0 && folded[k - 1] is 'q' or 'g' && next is 'e' or 'i' => '\0',
                _ => c,
            };

            if (sound != '\0' && (key.Length == 0 || key[^1] != sound))
            {
                key.Append(sound);
            }
        }

        return key.ToString();
    }
}
