namespace Atalaya.Core.Stages.Entities;

/// <summary>A knowledge-base entity under one of its names; acronyms ("CJNG", "FGR") must be written in capitals to match.</summary>
internal sealed record KbName(KbEntity Entity, string Name, bool IsAcronym)
{
    /// <summary>How many of the name's words start with a capital.</summary>
    public int CapitalizedWords { get; } = Name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0]));
}

/// <summary>
/// Every name and alias of the knowledge base in one word trie, plus the alias cues of all
/// languages; built once per process from the resources.
/// </summary>
internal sealed class NameMatcher
{
    public NameMatcher(KnowledgeBase knowledgeBase, IReadOnlyDictionary<string, IReadOnlyList<string>> aliasCues, IReadOnlySet<string>? functionWords = null)
    {
        functionWords ??= new HashSet<string>();
        foreach (var entity in knowledgeBase.Entities)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                // A one-letter name ("N" of "N+") would match initials and withheld surnames.
                var words = WordSequence.OfName(name);
                if (words.Count > 0 && name.Count(char.IsLetter) >= 2)
                {
                    Names.Add(words, new KbName(entity, name, IsAcronym(name)));

                    // The press writes "el cártel Caborca" as often as "el cártel de Caborca".
                    if (words.Count >= 3 && words[0] == "cartel" && words[1] == "de")
                    {
                        Names.Add([words[0], .. words.Skip(2)], new KbName(entity, name, false));
                    }

                    // "Secretaría de Defensa Nacional" for "Secretaría de la Defensa Nacional": the article after a preposition is often dropped.
                    if (WithoutArticle(words, functionWords) is { } shorter)
                    {
                        Names.Add(shorter, new KbName(entity, name, IsAcronym(name)));
                    }
                }
            }
        }

        // Cues are per language: French "dit" (called) opens many Dutch sentences ("Dit is ...").
        foreach (var (language, cues) in aliasCues)
        {
            var index = cuesByLanguage[language] = new PhraseIndex<string>();
            var bracketed = bracketedByLanguage[language] = new HashSet<string>(StringComparer.Ordinal);
            foreach (var cue in cues)
            {
                // "(a)" of Mexican official communiqués: a short word only a cue between parentheses.
                if (cue.Length > 2 && cue[0] == '(' && cue[^1] == ')')
                {
                    bracketed.Add(Internal.TextFolding.Fold(cue[1..^1].Trim()));
                    continue;
                }

                var words = WordSequence.OfName(cue);
                if (words.Count > 0)
                {
                    index.Add(words, cue);
                    anyCue.Add(words, cue);
                }
            }
        }
    }

    private readonly Dictionary<string, PhraseIndex<string>> cuesByLanguage = new(StringComparer.Ordinal);
    private readonly PhraseIndex<string> anyCue = new();
    private readonly Dictionary<string, HashSet<string>> bracketedByLanguage = new(StringComparer.Ordinal);
    private static readonly HashSet<string> NoBracketedCues = [];

    /// <summary>Cue words that are cues only written alone between parentheses ("(a)"), of a language.</summary>
    public IReadOnlySet<string> BracketedCues(string language) => bracketedByLanguage.GetValueOrDefault(language) ?? NoBracketedCues;

    public PhraseIndex<KbName> Names { get; } = new();

    /// <summary>The alias cues of a language; of all languages when it is unknown.</summary>
    public PhraseIndex<string> Cues(string language) => cuesByLanguage.GetValueOrDefault(language) ?? anyCue;

    /// <summary>The name's words without the function word that follows another inside the name ("de la X" → "de X"), if any.</summary>
    private static List<string>? WithoutArticle(List<string> words, IReadOnlySet<string> functionWords)
    {
        for (var i = 1; i + 2 < words.Count; i++)
        {
            if (functionWords.Contains(words[i]) && functionWords.Contains(words[i + 1]) && !functionWords.Contains(words[i + 2]))
            {
                return [.. words.Take(i + 1), .. words.Skip(i + 2)];
            }
        }

        return null;
    }

    /// <summary>"CJNG", "FGR", "EE. UU." — short, all capitals.</summary>
    private static bool IsAcronym(string name)
    {
        var letters = name.Where(char.IsLetter).ToList();
        return letters.Count is >= 2 and <= 7 && letters.All(char.IsUpper);
    }
}
