using Atalaya.Core.Internal;

namespace Atalaya.Training.Geo;

/// <summary>
/// The INEGI locality list lost most accents ("Tuxtla Gutierrez", "General Felipe angeles"). Each
/// word is given back the spelling that Mexican place names with accents use most often for it
/// ("Gutiérrez", "Ángeles"), learned from GeoNames and INEGI names that kept their accents. A word
/// is changed only when the accented spelling is more frequent than the bare one.
/// </summary>
internal sealed class AccentRestorer
{
    private readonly Dictionary<string, Dictionary<string, int>> spellings = new(StringComparer.Ordinal);

    public void Learn(string name)
    {
        foreach (var word in Words(name))
        {
            var key = TextFolding.Fold(word);
            if (key.Length == 0)
            {
                continue;
            }

            if (!spellings.TryGetValue(key, out var forms))
            {
                spellings[key] = forms = new Dictionary<string, int>(StringComparer.Ordinal);
            }

            forms[word] = forms.GetValueOrDefault(word) + 1;
        }
    }

    public string Restore(string name)
    {
        if (!NameRules.IsAscii(name))
        {
            return name;
        }

        var parts = name.Split(' ');
        var changed = false;
        for (var i = 0; i < parts.Length; i++)
        {
            var restored = RestoreWord(parts[i]);
            if (!ReferenceEquals(restored, parts[i]))
            {
                parts[i] = restored;
                changed = true;
            }
        }

        return changed ? string.Join(' ', parts) : name;
    }

    private string RestoreWord(string token)
    {
        // Only the letters of a token: "(Calvillito)" keeps its parentheses.
        var start = 0;
        var end = token.Length;
        while (start < end && !char.IsLetter(token[start]))
        {
            start++;
        }

        while (end > start && !char.IsLetter(token[end - 1]))
        {
            end--;
        }

        if (end - start < 2)
        {
            return token;
        }

        var word = token[start..end];
        if (!spellings.TryGetValue(TextFolding.Fold(word), out var forms))
        {
            return token;
        }

        var bare = 0;
        string? best = null;
        var bestCount = 0;
        foreach (var (form, count) in forms)
        {
            if (NameRules.IsAscii(form))
            {
                bare += count;
            }
            else if (count > bestCount || (count == bestCount && string.CompareOrdinal(form, best) < 0))
            {
                best = form;
                bestCount = count;
            }
        }

        if (best is null || bestCount <= bare || best.Length != word.Length)
        {
            return token;
        }

        // Keep the case of the INEGI word, except a capital that lost its accent and became
        // lowercase ("angeles" from "Ángeles").
        var letters = best.ToCharArray();
        for (var i = 0; i < letters.Length; i++)
        {
            var strippedCapital = i == 0 && char.IsUpper(best[0]) && !char.IsAscii(best[0]);
            if (!strippedCapital)
            {
                letters[i] = char.IsUpper(word[i]) ? char.ToUpperInvariant(letters[i]) : char.ToLowerInvariant(letters[i]);
            }
        }

        return string.Concat(token.AsSpan(0, start), new string(letters), token.AsSpan(end));
    }

    private static IEnumerable<string> Words(string name)
    {
        var start = -1;
        for (var i = 0; i <= name.Length; i++)
        {
            var letter = i < name.Length && char.IsLetter(name[i]);
            if (letter && start < 0)
            {
                start = i;
            }
            else if (!letter && start >= 0)
            {
                yield return name[start..i];
                start = -1;
            }
        }
    }
}
