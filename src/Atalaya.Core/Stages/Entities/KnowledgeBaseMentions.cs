using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Names of the knowledge base in one sentence: the longest match of any name or alias, written as
/// a name is written (capitals; acronyms in capitals), cut as <see cref="NameShape.Trim"/> cuts
/// names. A person's match grows over the neighbouring words of the same person's full name
/// ("Ramón" before "Ibarra Soto"), also when misspelt ("Nicanor Ruelas Bustamente").
/// </summary>
internal static class KnowledgeBaseMentions
{
    /// <summary>Spanish writes "de" + "el" as "del" and "a" + "el" as "al": "la madre del Cuervo" names "El Cuervo".</summary>
    private static readonly Dictionary<string, string> ArticleContractions = new(StringComparer.Ordinal) { ["del"] = "el", ["al"] = "el" };

    public static void Find(NameShape shape, int sentence, EntitySources sources, bool[] taken, List<Mention> found)
    {
        var words = shape.Words;
        var index = sources.Names.Names;
        for (var i = 0; i < words.Count; i++)
        {
            if (!words.IsWord(i))
            {
                continue;
            }

            var (length, names) = index.LongestMatch(words.Folded, i);
            var start = i;
            if (length == 0 && words.Folded[i].Length <= 3 && ArticleContractions.TryGetValue(words.Folded[i], out var article) && i + 1 < words.Count && shape.IsCapitalized(i + 1))
            {
                (length, names) = index.LongestMatch(new WordReplaced(words.Folded, i, article), i);
                start = i + 1;
            }

            if (length == 0 || start > i + length - 1)
            {
                continue;
            }

            var last = i + length - 1;
            var name = Choose(shape, start, last, names);
            var cut = name is null ? null : shape.Trim(start, last, RestIsSame(index, words, last, name.Entity), nameStart: sources.FirstWord(name.Entity), nameEnd: sources.LastWord(name.Entity));
            if (name is null || cut is not var (first, end))
            {
                continue;
            }

            if (name.Entity.Type == "PER")
            {
                (first, end) = GrowPersonName(shape, first, end, sources.NameWords(name.Entity), taken);
            }

            // "Valle Norte-kartel": the rest of a hyphenated word belongs to the name.
            while (shape.IsJoinedToNext(end) && !taken[end + 1])
            {
                end++;
            }

            end = ChainedEnd(index, words, first, end, Math.Max(end, last), name.Entity, taken);
            var span = new TextSpan(words.Spans[first].Start, words.Spans[end].End);
            found.Add(new Mention(span, name.Entity.Type, name.Entity, [], "kb", sentence));
            Array.Fill(taken, true, first, end - first + 1);
            i = end;
        }
    }

    /// <summary>
    /// The name written as a name: acronyms all in capitals; other names with at least half of their
    /// own capitalized words capitalized here ("el cuervo" is not "El Cuervo"; "Jalisco cartel" is
    /// "Jalisco Cartel"), or a long compound, which Nordic languages write in lower case.
    /// </summary>
    private static KbName? Choose(NameShape shape, int first, int last, IReadOnlyList<KbName> names)
    {
        var written = new TextSpan(shape.Words.Spans[first].Start, shape.Words.Spans[last].End).AsSpan(shape.Text);
        var capitals = 0;
        for (var k = first == shape.FirstWord ? first + 1 : first; k <= last; k++)
        {
            capitals += shape.IsCapitalized(k) ? 1 : 0;
        }

        // A one-word name opening a sentence can only be judged by its capital.
        if (first == last && first == shape.FirstWord && shape.IsCapitalized(first))
        {
            capitals = 1;
        }

        var length = last - first + 1;

        // Where only a name's first word takes a capital, that capital (not a sentence's first) is the name's.
        var capitalizedAsTheLanguageWrites = shape.CapitalizesFirstWordOnly && length >= 2 && first != shape.FirstWord && shape.IsCapitalized(first);
        foreach (var name in names)
        {
            if (name.IsAcronym ? NameShape.IsAllCapitals(written)
                : capitals >= Math.Max(1, (name.CapitalizedWords + 1) / 2) || capitalizedAsTheLanguageWrites || IsLongCompound(name.Name, length))
            {
                return name;
            }
        }

        return null;
    }

    /// <summary>
    /// "cártel del Golfo-Golfo": another name of the same entity starting inside the
    /// match ("Jalisco Nueva Generación") and going on past its end carries the mention to its end,
    /// so two of the entity's names written into one another make one mention. <paramref name="matched"/>
    /// is the last word the first match covered before it was cut.
    /// </summary>
    private static int ChainedEnd(PhraseIndex<KbName> index, WordSequence words, int first, int end, int matched, KbEntity entity, bool[] taken)
    {
        // Past what was matched, not only past the cut: a nationality cut off the end stays cut.
        for (var j = first; j <= end; j++)
        {
            var (length, names) = index.LongestMatch(words.Folded, j);
            var last = j + length - 1;
            if (last > end && last > matched && !taken[end + 1] && SameEntity(names, entity))
            {
                end = last;
            }
        }

        return end;
    }

    private static bool SameEntity(IReadOnlyList<KbName> names, KbEntity entity)
    {
        foreach (var name in names)
        {
            if (name.Entity == entity)
            {
                return true;
            }
        }

        return false;
    }

    // Made here, not inline: a lambda in the loop would allocate its captures for every word.
    private static Func<int, bool> RestIsSame(PhraseIndex<KbName> index, WordSequence words, int last, KbEntity entity)
        => rest => SameEntity(index, words, rest, last, entity);

    private static bool SameEntity(PhraseIndex<KbName> index, WordSequence words, int start, int last, KbEntity entity)
    {
        var (length, names) = index.LongestMatch(words.Folded, start);
        return start + length - 1 == last && names.Any(n => n.Entity == entity);
    }

    /// <summary>Capitalized neighbours that are words of the person's names (one letter off for longer words) belong to the mention.</summary>
    private static (int First, int Last) GrowPersonName(NameShape shape, int first, int last, IReadOnlySet<string> nameWords, bool[] taken)
    {
        var words = shape.Words;
        while (first - 1 >= 0 && !taken[first - 1] && shape.IsCapitalized(first - 1) && IsNameWord(words.Folded[first - 1], nameWords))
        {
            first--;
        }

        while (last + 1 < words.Count && !taken[last + 1] && shape.IsCapitalized(last + 1) && IsNameWord(words.Folded[last + 1], nameWords))
        {
            last++;
        }

        return (first, last);
    }

    private const int MinFuzzyWordLength = 5;

    private static bool IsNameWord(string word, IReadOnlySet<string> nameWords)
    {
        if (nameWords.Contains(word))
        {
            return true;
        }

        if (word.Length < MinFuzzyWordLength)
        {
            return false;
        }

        foreach (var known in nameWords)
        {
            if (known.Length >= MinFuzzyWordLength && known[0] == word[0] && Math.Abs(known.Length - word.Length) <= 1 && Internal.EditDistance.Within(known, word, 1))
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

    /// <summary>A word list with one word replaced, for matching a contraction as its article.</summary>
    private sealed class WordReplaced(List<string> words, int at, string word) : IReadOnlyList<string>
    {
        public string this[int index] => index == at ? word : words[index];

        public int Count => words.Count;

        public IEnumerator<string> GetEnumerator()
        {
            for (var k = 0; k < words.Count; k++)
            {
                yield return this[k];
            }
        }

        System.Collections.IEnumerator System.Collections.IEnumerable.GetEnumerator() => GetEnumerator();
    }
}
