namespace Atalaya.Core.Stages.Entities;

/// <summary>A knowledge-base entity under one of its names; acronyms ("CJNG", "FGR") must be written in capitals to match.</summary>
internal sealed record KbName(KbEntity Entity, string Name, bool IsAcronym);

/// <summary>
/// Every name and alias of the knowledge base in one word trie, plus the alias cues of all
/// languages; built once per process from the resources.
/// </summary>
internal sealed class NameMatcher
{
    public NameMatcher(KnowledgeBase knowledgeBase, IEnumerable<string> aliasCues)
    {
        foreach (var entity in knowledgeBase.Entities)
        {
            foreach (var name in entity.Aliases.Prepend(entity.Name))
            {
                var words = WordSequence.OfName(name);
                if (words.Count > 0)
                {
                    Names.Add(words, new KbName(entity, name, IsAcronym(name)));
                }
            }
        }

        foreach (var cue in aliasCues)
        {
            var words = WordSequence.OfName(cue);
            if (words.Count > 0)
            {
                Cues.Add(words, cue);
            }
        }
    }

    public PhraseIndex<KbName> Names { get; } = new();

    public PhraseIndex<string> Cues { get; } = new();

    /// <summary>"CJNG", "FGR", "EE. UU." — short, all capitals.</summary>
    private static bool IsAcronym(string name)
    {
        var letters = name.Where(char.IsLetter).ToList();
        return letters.Count is >= 2 and <= 7 && letters.All(char.IsUpper);
    }
}
