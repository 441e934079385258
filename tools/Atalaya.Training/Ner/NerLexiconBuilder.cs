using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>
/// Builds the <see cref="NerLexicon"/> (how each word is usually written, and the words of place
/// names from <see cref="NerPlaceWords"/>) from raw text: the
/// language-identification sentences of shared/data/langid and the cased NER training sentences
/// (their words only, never their labels). A word counts only away from a sentence start and
/// after no opening punctuation, and only when seen at least <c>minimum</c> times.
/// </summary>
internal static class NerLexiconBuilder
{
    public static NerLexicon Build(IReadOnlyList<NerTextSentence> text, IEnumerable<NerSentence> sentences, int minimum, string placesFolder)
    {
        if (minimum <= 0)
        {
            return NerLexicon.Empty;
        }

        var counts = new Dictionary<(uint Word, uint Language), (int Seen, int Capitalized)>();
        foreach (var line in text)
        {
            Count(counts, line.Words, NerFeatures.LanguageHash(line.Language));
        }

        foreach (var sentence in sentences)
        {
            Count(counts, sentence.Words, NerFeatures.LanguageHash(sentence.Language));
        }

        var usual = counts.Where(c => c.Value.Seen >= minimum)
            .Select(c => (c.Key.Word, Key: NerLexicon.Key(c.Key.Word, c.Key.Language), Value: NerLexicon.Classify(c.Value.Seen, c.Value.Capitalized))).ToList();
        var kept = usual.Select(u => (u.Key, u.Value)).ToList();

        // A place word that some language mostly writes in lowercase is a common word first
        // ("Mayor" of "Plaza Mayor", "Governor" of "Governor's Island"): it is not marked.
        var places = NerPlaceWords.Read(placesFolder, [.. usual.Where(u => u.Value <= 2).Select(u => u.Word)]);
        Console.WriteLine($"  word usage: {text.Count} text lines, {kept.Count} words seen {minimum}+ times; {places.Count} words of place names");
        kept.AddRange(places.Select(p => (p.Key, p.Value)));
        kept.Sort((a, b) => a.Key.CompareTo(b.Key));
        return new NerLexicon([.. kept.Select(c => c.Key)], [.. kept.Select(c => c.Value)]);
    }

    private static void Count(Dictionary<(uint Word, uint Language), (int Seen, int Capitalized)> counts, string[] words, uint language)
    {
        var tokens = words.Select(w => NerFeatures.Describe(w)).ToArray();
        if (NerFeatures.IsShouted(tokens))
        {
            return;
        }

        for (var i = 1; i < tokens.Length; i++)
        {
            if (tokens[i].Case == 0 || OpensSentence(words[i - 1]))
            {
                continue;
            }

            var key = (tokens[i].Word, language);
            var (seen, capitalized) = counts.GetValueOrDefault(key);
            counts[key] = (seen + 1, capitalized + (tokens[i].Case == 1 ? 0 : 1));
        }
    }

    /// <summary>Punctuation after which a capital is expected whatever the word.</summary>
    private static bool OpensSentence(string previous)
        => previous is "." or "!" or "?" or ":" or "\"" or "«" or "“" or "„" or "¿" or "¡" or "-" or "–" or "—" or "•" or "*" or "…";
}
