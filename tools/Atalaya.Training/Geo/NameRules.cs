using System.Text;
using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Geo;

namespace Atalaya.Training.Geo;

/// <summary>
/// Which alternate names are worth matching in news text. GeoNames alternate names come without
/// language tags here, so the rules are about the shape of a name: Latin script, not a code or a
/// number, not a lowercase transliteration ("mo xi ge cheng", "meksiko siti"), at most 60 characters.
/// </summary>
internal static class NameRules
{
    public const int MaxLength = 60;

    /// <summary>True when <paramref name="name"/> can be kept as an alternate name.</summary>
    public static bool IsUsable(string name)
    {
        if (name.Length < 2 || name.Length > MaxLength || name.Contains('\t', StringComparison.Ordinal) || name.Contains('|', StringComparison.Ordinal))
        {
            return false;
        }

        int letters = 0, upper = 0, lower = 0;
        foreach (var c in name)
        {
            if (char.IsLetter(c))
            {
                if (!IsLatinLetter(c))
                {
                    return false;
                }

                letters++;
                if (char.IsUpper(c))
                {
                    upper++;
                }
                else if (char.IsLower(c))
                {
                    lower++;
                }
            }
            else if (!char.IsDigit(c) && !IsNamePunctuation(c))
            {
                return false;
            }
        }

        if (letters == 0 || upper == 0)
        {
            // A number, or an all-lowercase romanization of a name in another script.
            return false;
        }

        // A code: "MEX", "TIJ", "MX-JAL", "D.F." (abbreviations worth keeping are added by hand).
        return lower > 0 || letters > 5;
    }

    /// <summary>Letters of the Latin script: Basic Latin, Latin-1, Latin Extended-A/B and Extended Additional.</summary>
    public static bool IsLatinLetter(char c)
        => c is (>= 'A' and <= 'Z') or (>= 'a' and <= 'z') or (>= '\u00C0' and <= '\u024F' and not '\u00D7' and not '\u00F7') or (>= '\u1E00' and <= '\u1EFF');

    private static bool IsNamePunctuation(char c)
        => c is ' ' or '-' or '\'' or '\u2019' or '\u02BC' or '\u02BB' or '\u2018' or '.' or ',' or '(' or ')' or '/' or '&' or '\u2010' or '\u2011' or '\u2013'
            || c is >= '\u0300' and <= '\u036F';

    /// <summary>The name without diacritics, case kept: "Michoacán" → "Michoacan".</summary>
    public static string Ascii(string name)
    {
        var builder = new StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (c is >= '\u00C0' and <= '\u017F' and not '\u00D7' and not '\u00F7')
            {
                var folded = TextFolding.FoldChar(c);
                builder.Append(char.IsUpper(c) ? char.ToUpperInvariant(folded) : folded);
            }
            else
            {
                builder.Append(c);
            }
        }

        return builder.ToString();
    }

    /// <summary>
    /// A Spanish place name without its leading article when what remains is a name of its own with
    /// a connector ("El Naranjo de Chila" → "Naranjo de Chila", "Los Reyes de Salgado" → "Reyes de
    /// Salgado"), as news often writes it; null otherwise. Short names keep their article: "La Paz"
    /// without it is a surname, "El Carmen" a given name.
    /// </summary>
    public static string? WithoutLeadingArticle(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length < 4 || name.Contains('(', StringComparison.Ordinal) || !LeadingArticles.Contains(words[0]) || !char.IsUpper(words[1][0])
            || !words.Skip(2).SkipLast(1).Any(w => Connectors.Contains(w)))
        {
            return null;
        }

        return string.Join(' ', words.Skip(1));
    }

    private static readonly HashSet<string> LeadingArticles = new(StringComparer.Ordinal) { "El", "La", "Los", "Las" };

    private static readonly HashSet<string> Connectors = new(StringComparer.Ordinal) { "de", "del", "y" };

    /// <summary>True when the name is plain ASCII.</summary>
    public static bool IsAscii(string name) => name.All(char.IsAscii);

    /// <summary>
    /// The parts of a name with a parenthesis: "La Higuerita (Las Higueras de Culiacán)" → "La Higuerita",
    /// "Las Higueras de Culiacán". Empty when there is no parenthesis.
    /// </summary>
    public static IEnumerable<string> ParenthesisParts(string name)
    {
        var open = name.IndexOf('(', StringComparison.Ordinal);
        var close = name.LastIndexOf(')');
        if (open < 0 || close < open)
        {
            yield break;
        }

        var outside = (name[..open] + " " + name[(close + 1)..]).Trim();
        var inside = name[(open + 1)..close].Trim();
        if (outside.Length > 0)
        {
            yield return string.Join(' ', outside.Split(' ', StringSplitOptions.RemoveEmptyEntries));
        }

        if (inside.Length > 0)
        {
            yield return inside;
        }
    }
}

/// <summary>
/// The names of one place in order of preference. The main name and its ASCII form are always kept;
/// of the other names, one per folded form is kept, the one with accents when there is one
/// ("Cidade do México" rather than "Cidade do Mexico"), since both match the same text.
/// </summary>
internal sealed class NameSet
{
    private readonly List<string> names = [];
    private readonly HashSet<string> exact = new(StringComparer.Ordinal);
    private readonly HashSet<string> forcedKeys = new(StringComparer.Ordinal);

    // Folded form → index in names of the optional form kept for it.
    private readonly Dictionary<string, int> optional = new(StringComparer.Ordinal);

    public NameSet(string main, string? ascii = null)
    {
        Main = main.Trim();
        AddForced(Main);
        AddForced(string.IsNullOrWhiteSpace(ascii) ? NameRules.Ascii(Main) : ascii.Trim());
    }

    public string Main { get; }

    public IReadOnlyList<string> Names => names;

    /// <summary>Adds a name that passes <see cref="NameRules.IsUsable"/>.</summary>
    public bool Add(string? name)
    {
        if (name is null)
        {
            return false;
        }

        name = name.Trim();
        return NameRules.IsUsable(name) && AddOptional(name);
    }

    /// <summary>
    /// Adds an abbreviation that matches only as written ("US", not "us"), marked for the loader
    /// with <see cref="Gazetteer.WrittenExactlyMarker"/>.
    /// </summary>
    public void AddWrittenExactly(string name)
    {
        var marked = Gazetteer.WrittenExactlyMarker + name.Trim();
        if (marked.Length > 1 && marked.Length <= NameRules.MaxLength && !marked.Contains('|', StringComparison.Ordinal) && exact.Add(marked))
        {
            names.Add(marked);
        }
    }

    /// <summary>Adds a name chosen by hand or from a trusted column (abbreviations like "CDMX" allowed).</summary>
    public bool AddTrusted(string? name)
    {
        if (string.IsNullOrWhiteSpace(name))
        {
            return false;
        }

        name = name.Trim();
        return name.Length <= NameRules.MaxLength && !name.Contains('|', StringComparison.Ordinal) && !name.Contains('\t', StringComparison.Ordinal) && AddOptional(name);
    }

    private bool AddOptional(string name)
    {
        var key = TextFolding.Fold(name);
        if (key.Length == 0 || exact.Contains(name))
        {
            return false;
        }

        var accents = Accents(name);
        if (optional.TryGetValue(key, out var index))
        {
            if (accents <= Accents(names[index]))
            {
                return false;
            }

            exact.Remove(names[index]);
            names[index] = name;
            exact.Add(name);
            return true;
        }

        if (forcedKeys.Contains(key) && (accents == 0 || names.Any(n => Accents(n) > 0 && TextFolding.Fold(n) == key)))
        {
            // "Mexico" when the main name is "Mexico": nothing new. "México" is kept beside it.
            return false;
        }

        optional[key] = names.Count;
        exact.Add(name);
        names.Add(name);
        return true;
    }

    private void AddForced(string name)
    {
        name = name.Replace('|', '/').Replace('\t', ' ');
        if (name.Length == 0 || !exact.Add(name))
        {
            return;
        }

        forcedKeys.Add(TextFolding.Fold(name));
        names.Add(name);
    }

    private static int Accents(string name) => name.Count(c => c > '\u007F');
}
