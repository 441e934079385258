using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Finds candidate mentions in one sentence, strongest evidence first: names of the knowledge base
/// (longest match, capitalized as names are), then the statistical tagger's spans, then place
/// names of the gazetteer written with a capital. A word belongs to one mention at most.
/// </summary>
internal static class MentionFinder
{
    private const int MaxPlaceWords = 5;
    private const long SentenceInitialPlacePopulation = 100_000;

    public static void Find(string text, IReadOnlyList<Token> sentenceTokens, WordSequence words, int sentence, string language, EntitySources sources, List<Mention> found)
    {
        var taken = new bool[words.Count];
        FindKnowledgeBaseNames(text, words, sentence, sources, taken, found);

        // Countries, states and big cities are surer than the tagger's guess; small towns are not.
        var lookups = new Dictionary<(int Start, int Words), IReadOnlyList<PlaceCandidate>>();
        if (sources.Places is { } strong)
        {
            FindPlaceNames(text, words, sentence, strong, taken, found, onlyProminent: true, lookups);
        }

        // A sentence with no capital after its first word has no name for the tagger to find but,
        // at most, its first word, which the knowledge base and the gazetteer already looked at.
        if (sources.Tagger is { } tagger && HasCapitalAfterFirstWord(text, words))
        {
            FindTaggedNames(text, sentenceTokens, words, sentence, language, sources, tagger, taken, found);
        }

        if (sources.Places is { } places)
        {
            FindPlaceNames(text, words, sentence, places, taken, found, onlyProminent: false, lookups);
        }
    }

    private static void FindKnowledgeBaseNames(string text, WordSequence words, int sentence, EntitySources sources, bool[] taken, List<Mention> found)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (!words.IsWord(i))
            {
                continue;
            }

            var (length, names) = sources.Names.Names.LongestMatch(words.Folded, i);
            if (length == 0)
            {
                continue;
            }

            var span = new TextSpan(words.Spans[i].Start, words.Spans[i + length - 1].End);
            var written = span.Slice(text);
            var capitals = CapitalizedWords(text, words, i, length, skipFirst: i == FirstWord(words));
            var name = names.FirstOrDefault(n => n.IsAcronym ? IsAllCapitals(written)
                : capitals >= Math.Max(1, (CapitalizedWords(n.Name) + 1) / 2) || IsLongCompound(n.Name, length));
            if (name is null)
            {
                continue;
            }

            found.Add(new Mention(span, name.Entity.Type, name.Entity, [], "kb", sentence));
            Array.Fill(taken, true, i, length);
            i += length - 1;
        }
    }

    private static void FindTaggedNames(string text, IReadOnlyList<Token> tokens, WordSequence words, int sentence, string language, EntitySources sources, INamedEntityTagger tagger, bool[] taken, List<Mention> found)
    {
        var spans = tokens.Select(t => t.Span).ToList();
        var functionWords = sources.FunctionWords(language);
        foreach (var (tagged, type, _) in tagger.Tag(text, spans, language))
        {
            var span = tagged;
            var first = words.Spans.FindIndex(s => s.Start >= span.Start);
            var last = words.Spans.FindLastIndex(s => s.End <= span.End);

            // "la Guardia Nacional" → "Guardia Nacional"; "van", "Hij" alone are no names.
            while (first >= 0 && first <= last && (!words.IsWord(first) || functionWords.Contains(words.Folded[first])))
            {
                first++;
            }

            while (last >= first && first >= 0 && (!words.IsWord(last) || functionWords.Contains(words.Folded[last])))
            {
                last--;
            }

            if (first < 0 || last < first || Enumerable.Range(first, last - first + 1).Any(k => taken[k])
                || !char.IsUpper(text[words.Spans[first].Start]) || Letters(text, words.Spans[first].Start, words.Spans[last].End) < 2)
            {
                continue;
            }

            span = new TextSpan(words.Spans[first].Start, words.Spans[last].End);
            var places = type == "LOC" && sources.Places is { } gazetteer ? gazetteer.Lookup(span.AsSpan(text)) : [];
            found.Add(new Mention(span, type, null, places, "tagger", sentence));
            Array.Fill(taken, true, first, last - first + 1);
        }
    }

    private static void FindPlaceNames(string text, WordSequence words, int sentence, IPlaceNames places, bool[] taken, List<Mention> found, bool onlyProminent, Dictionary<(int, int), IReadOnlyList<PlaceCandidate>> lookups)
    {
        var firstWord = Enumerable.Range(0, words.Count).FirstOrDefault(words.IsWord);
        for (var i = 0; i < words.Count; i++)
        {
            if (taken[i] || !words.IsWord(i) || !char.IsUpper(text[words.Spans[i].Start]))
            {
                continue;
            }

            for (var n = Math.Min(Math.Min(places.MaxNameWords, MaxPlaceWords), words.Count - i); n >= 1; n--)
            {
                if (Enumerable.Range(i, n).Any(k => taken[k] || !words.IsWord(k)))
                {
                    continue;
                }

                var span = new TextSpan(words.Spans[i].Start, words.Spans[i + n - 1].End);
                if (!lookups.TryGetValue((i, n), out var candidates))
                {
                    lookups[(i, n)] = candidates = places.Lookup(span.AsSpan(text));
                }

                if (candidates.Count == 0 || !Plausible(span.AsSpan(text), candidates[0], n, i == firstWord)
                    || (candidates[0].Kind != "country" && InsideLongerName(text, words, i, n, firstWord))
                    || (onlyProminent && !(candidates[0].Kind is "country" or "admin1" || candidates[0].Population >= SentenceInitialPlacePopulation)))
                {
                    continue;
                }

                found.Add(new Mention(span, "LOC", null, candidates, "gazetteer", sentence));
                Array.Fill(taken, true, i, n);
                i += n - 1;
                break;
            }
        }
    }

    /// <summary>
    /// Guards against capitalized common words that are also town names: a one-word name that opens
    /// a sentence must be a country, a state or a large city; two-letter names must be country codes.
    /// </summary>
    private static bool Plausible(ReadOnlySpan<char> written, PlaceCandidate best, int words, bool sentenceInitial)
    {
        var letters = 0;
        foreach (var c in written)
        {
            letters += char.IsLetter(c) ? 1 : 0;
        }

        if (letters <= 2)
        {
            return best.Kind == "country" && IsAllCapitals(written);
        }

        if (words == 1 && sentenceInitial)
        {
            return best.Kind is "country" or "admin1" || best.Population >= SentenceInitialPlacePopulation;
        }

        return true;
    }

    /// <summary>
    /// Capitalized words of a candidate, not counting a sentence's first word (capitalized anyway):
    /// a name must be written as a name, "el cuervo" is not "El Cuervo". Half of the name's own
    /// capitalized words are enough ("Jalisco cartel" is "Jalisco Cartel").
    /// </summary>
    private static int CapitalizedWords(string text, WordSequence words, int start, int length, bool skipFirst)
    {
        var count = 0;
        for (var k = skipFirst ? start + 1 : start; k < start + length; k++)
        {
            count += words.IsWord(k) && char.IsUpper(text[words.Spans[k].Start]) ? 1 : 0;
        }

        // A one-word name opening a sentence can only be judged by its capital.
        return length == 1 && skipFirst && char.IsUpper(text[words.Spans[start].Start]) ? 1 : count;
    }

    private static int CapitalizedWords(string name)
        => name.Split(' ', StringSplitOptions.RemoveEmptyEntries).Count(w => char.IsUpper(w[0]));

    private static bool HasCapitalAfterFirstWord(string text, WordSequence words)
    {
        var first = FirstWord(words);
        for (var k = first + 1; k < words.Count; k++)
        {
            if (words.IsWord(k) && char.IsUpper(text[words.Spans[k].Start]))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Danish, Norwegian and Swedish write compound names in lower case ("golfkartellet"); a
    /// single-word name that long is no ordinary word, so its case is not checked.
    /// </summary>
    private static bool IsLongCompound(string name, int words) => words == 1 && name.Length >= MinCompoundLength && name.All(char.IsLetter);

    private const int MinCompoundLength = 11;

    /// <summary>
    /// A place name inside a longer proper name is not a place mention: "Cártel Santa Rosa de Lima",
    /// "Universidad de Guadalajara". The word before is capitalized (and not the sentence's first),
    /// or "de"/"del" and a capitalized word follow.
    /// </summary>
    private static bool InsideLongerName(string text, WordSequence words, int start, int count, int firstWord)
    {
        var before = start - 1;
        if (before > firstWord && words.IsWord(before) && char.IsUpper(text[words.Spans[before].Start])
            && words.Spans[start].Start - words.Spans[before].End <= 1)
        {
            return true;
        }

        // "Universidad de Guadalajara", "Santa Rosa de Lima": a connector after a capitalized word.
        if (before - 1 > firstWord && words.IsWord(before) && NameConnectors.Contains(words.Folded[before])
            && words.IsWord(before - 1) && char.IsUpper(text[words.Spans[before - 1].Start]))
        {
            return true;
        }

        var after = start + count;
        return after + 1 < words.Count && words.IsWord(after) && words.IsWord(after + 1)
            && NameConnectors.Contains(words.Folded[after]) && char.IsUpper(text[words.Spans[after + 1].Start]);
    }

    private static readonly HashSet<string> NameConnectors = new(StringComparer.Ordinal) { "de", "del", "da", "do", "di", "des", "du", "von", "van" };

    private static int Letters(string text, int start, int end)
    {
        var count = 0;
        for (var i = start; i < end; i++)
        {
            count += char.IsLetter(text[i]) ? 1 : 0;
        }

        return count;
    }

    private static int FirstWord(WordSequence words) => Enumerable.Range(0, words.Count).FirstOrDefault(words.IsWord);

    private static bool IsAllCapitals(ReadOnlySpan<char> written)
    {
        var letters = 0;
        foreach (var c in written)
        {
            if (char.IsLetter(c))
            {
                letters++;
                if (!char.IsUpper(c))
                {
                    return false;
                }
            }
        }

        return letters > 0;
    }
}
