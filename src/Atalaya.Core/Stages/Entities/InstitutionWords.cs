namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// One language's words about institutions (institution_words.tsv) and words that look like names
/// but name nothing (not_names.tsv), folded ("fiscalía" → "fiscalia") for matching folded words.
/// </summary>
internal sealed class InstitutionWords
{
    public static readonly InstitutionWords None = new([], []);

    public InstitutionWords(IEnumerable<(string Phrase, string Kind)> words, IEnumerable<string> notNames, IEnumerable<string>? eventWords = null)
    {
        // One-word trigger phrases only ("mueren", "asesinad*"): a phrase of several words is no single name.
        eventMatcher = new Events.WordMatcher((eventWords ?? []).Where(p => !p.Contains(' ', StringComparison.Ordinal)).Select(p => (p, "event")));

        foreach (var (phrase, kind) in words)
        {
            var folded = Internal.TextFolding.Fold(phrase);
            if (kind == "head" && folded.Split(' ') is [var first, var second])
            {
                // Two-word heads by their first word: asking costs no string per word.
                if (!twoWordHeads.TryGetValue(first, out var seconds))
                {
                    twoWordHeads[first] = seconds = new HashSet<string>(StringComparer.Ordinal);
                }

                seconds.Add(second);
                continue;
            }

            var set = kind switch
            {
                "head" => heads,
                "role" => roles,
                "generic" => generic,
                "suffix" => suffixes,
                _ => null,
            };
            set?.Add(folded);
        }

        foreach (var name in notNames)
        {
            this.notNames.Add(Internal.TextFolding.Fold(name));
        }

        minSuffixLength = suffixes.Count == 0 ? 0 : suffixes.Min(s => s.Length);
    }

    private readonly HashSet<string> heads = new(StringComparer.Ordinal);
    private readonly Dictionary<string, HashSet<string>> twoWordHeads = new(StringComparer.Ordinal);
    private readonly HashSet<string> roles = new(StringComparer.Ordinal);
    private readonly HashSet<string> generic = new(StringComparer.Ordinal);
    private readonly HashSet<string> suffixes = new(StringComparer.Ordinal);
    private readonly HashSet<string> notNames = new(StringComparer.Ordinal);
    private readonly int minSuffixLength;
    private readonly Events.WordMatcher eventMatcher;

    /// <summary>
    /// A word of the language's event lexicon, a verb or a noun of violence ("mueren", "Anschlag",
    /// "asesinados"): capitalized at the head of a headline or a clause it still names nothing.
    /// Matched as the event stage matches its triggers (stems included).
    /// </summary>
    public bool IsEventWord(string folded)
    {
        var found = new List<Events.WordMatch>(1);
        eventMatcher.Find([folded], found);
        return found.Count > 0;
    }

    /// <summary>A noun that heads an institution's name ("ministerio", "ministerie", "court").</summary>
    public bool IsHead(string folded) => heads.Contains(folded);

    /// <summary>A head of two words ("openbaar ministerie", "ministerio público").</summary>
    public bool IsHead(string first, string second) => twoWordHeads.TryGetValue(first, out var seconds) && seconds.Contains(second);

    /// <summary>An office holder's title ("secretario", "minister").</summary>
    public bool IsRole(string folded) => roles.Contains(folded);

    /// <summary>An institution's common noun, no name alone ("policía", "gobierno").</summary>
    public bool IsGeneric(string folded) => generic.Contains(folded);

    /// <summary>Folded text written like a name that names nothing ("rpg", "ied", "world cup").</summary>
    public bool IsNotName(string folded) => notNames.Contains(folded);

    /// <summary>Fewest letters a compound needs before its institution suffix ("justits" + "ministerium").</summary>
    private const int MinCompoundPrefix = 4;

    /// <summary>
    /// "justitsministeriet", "Verteidigungsministerium": one word that ends in an institution
    /// suffix after a prefix of its own, a ministry or agency named in a compound.
    /// </summary>
    public bool IsInstitutionCompound(string folded)
    {
        if (minSuffixLength == 0 || folded.Length < minSuffixLength + MinCompoundPrefix)
        {
            return false;
        }

        foreach (var suffix in suffixes)
        {
            if (folded.Length >= suffix.Length + MinCompoundPrefix && folded.EndsWith(suffix, StringComparison.Ordinal) && folded.All(char.IsLetter))
            {
                return true;
            }
        }

        return false;
    }
}
