namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// How the words of a candidate name are written in one sentence: capitals, the sentence's first
/// word, and which leading words belong to the name. The mention passes share these judgments so a
/// name found by the knowledge base and one found by the tagger are cut the same way.
/// </summary>
internal sealed class NameShape(string text, WordSequence words, string language, IReadOnlySet<string> functionWords, IReadOnlySet<string> demonyms, IReadOnlySet<string>? notPlaceWords = null)
{
    private static readonly HashSet<string> GenitiveLanguages = new(StringComparer.Ordinal) { "nb", "nn", "da", "sv", "de", "is", "fo" };

    /// <summary>
    /// Prepositions that make a place the owner of a name ("Universidad de Guadalajara", "Openbaar
    /// Ministerie van ..."), not its location ("en", "in"): a place after one is part of a longer name.
    /// </summary>
    public static readonly HashSet<string> GenitivePrepositions = new(StringComparer.Ordinal)
    {
        "de", "del", "da", "do", "dos", "das", "di", "della", "dello", "dei", "degli", "des", "du", "von", "van", "of", "för", "af", "for",
    };

    /// <summary>Articles that follow a preposition inside a surname or a name ("de los Santos", "de la Cruz", "van der Berg").</summary>
    public static readonly HashSet<string> NameArticles = new(StringComparer.Ordinal) { "la", "las", "los", "le", "les", "der", "den", "dem", "el" };

    /// <summary>A preposition or an article a name of several words holds between its capitals ("Colonia del Valle", "San Pedro de las Colonias").</summary>
    public static bool IsNameConnector(string folded) => GenitivePrepositions.Contains(folded) || NameArticles.Contains(folded);

    /// <summary>The language writes a name's genitive with a bare -s ("Mexicos politi", "Mexikos Armee").</summary>
    public bool GenitiveS { get; } = GenitiveLanguages.Contains(language);

    /// <summary>German capitalizes every noun: a capital says less there.</summary>
    public bool CapitalizesNouns { get; } = language == "de";

    /// <summary>
    /// Swedish, Danish and Norwegian capitalize only the first word of a name of several words
    /// ("Förenta nationerna"), and write foreign names so too ("Jalisco nueva generación").
    /// </summary>
    public bool CapitalizesFirstWordOnly { get; } = language is "sv" or "da" or "nb" or "nn";

    public string Text => text;

    public WordSequence Words => words;

    /// <summary>The sentence's first word: capitalized whatever it is, so its capital proves nothing.</summary>
    public int FirstWord { get; } = FirstWordOf(words);

    private static int FirstWordOf(WordSequence words)
    {
        for (var k = 0; k < words.Count; k++)
        {
            if (words.IsWord(k))
            {
                return k;
            }
        }

        return 0;
    }

    public bool IsCapitalized(int k) => words.IsWord(k) && char.IsUpper(text[words.Spans[k].Start]);

    public bool IsFunctionWord(int k) => words.IsWord(k) && functionWords.Contains(words.Folded[k]);

    public bool IsDemonym(int k) => words.IsWord(k) && demonyms.Contains(words.Folded[k]);

    /// <summary>A month or a number word of the language ("March", "Catorce"): alone, no place whatever the gazetteer says.</summary>
    public bool IsNotPlaceWord(int k) => notPlaceWords is not null && words.IsWord(k) && notPlaceWords.Contains(words.Folded[k]);

    /// <summary>
    /// The part of words <paramref name="first"/>..<paramref name="last"/> that is a name as
    /// written, or null when none is. Cut off: leading words in lower case ("la Guardia Nacional",
    /// "agencia Reuters"); an article opening the sentence ("La Guardia Nacional detuvo"), when
    /// <paramref name="keepsMeaning"/> says the rest still names the same thing; a nationality
    /// before a lower-case word ("Amerikaanse ministerie van Buitenlandse Zaken") or in lower case after
    /// the name ("Guardia Nacional mexicana"). Rejected: what
    /// has no capitalized word left but nationalities and the sentence's first word ("Mexicaanse
    /// leger", "Mexican government", "Spaanse"). With <paramref name="onlyArticles"/> only lower-case
    /// function words are cut from the front, and a span still opening in lower case is rejected
    /// (a tagger's "cartel de Sinaloa" is no name "Sinaloa"). A lower-case word the name itself
    /// opens with (<paramref name="nameStart"/>: "cartel" of "Cártel de Sinaloa") stays, and so does
    /// a lower-case head joined to the name by a preposition ("ministerie van Buitenlandse Zaken"),
    /// and a nationality the name itself ends with (<paramref name="nameEnd"/>: "Ejército Mexicano").
    /// </summary>
    public (int First, int Last)? Trim(int first, int last, Func<int, bool>? keepsMeaning = null, bool onlyArticles = false, string? nameStart = null, string? nameEnd = null)
    {
        var whole = first == last;
        while (first < last && words.IsWord(first) && !IsCapitalized(first) && (!onlyArticles || IsFunctionWord(first)) && words.Folded[first] != nameStart
            && (IsFunctionWord(first) || !IsFunctionWord(first + 1)))
        {
            first++;
        }

        if (onlyArticles && !IsCapitalized(first))
        {
            return null;
        }

        if (first < last && first == FirstWord && IsFunctionWord(first) && (keepsMeaning?.Invoke(first + 1) ?? true))
        {
            first++;
        }

        // "Mexicaanse marine", "US government": a nationality or a country's initials describing a common noun.
        if (first < last && (IsDemonym(first) || IsShortCapitals(first)) && words.IsWord(first + 1) && !IsCapitalized(first + 1))
        {
            first++;
        }

        // "Guardia Nacional mexicana", "ministero della Difesa messicano": a nationality after the
        // name qualifies it, as one before it does; the name ends before it.
        while (last > first && IsDemonym(last) && !IsCapitalized(last) && words.Folded[last] != nameEnd)
        {
            last--;
        }

        // A single lower-case word got here only as a compound name the caller accepted ("golfkartellet").
        var named = whole && !IsCapitalized(first) && !IsDemonym(first);
        for (var k = first; k <= last && !named; k++)
        {
            // A capitalized article names nothing by itself: "Un'imboscata", "Der Polizeichef".
            named = IsCapitalized(k) && !IsDemonym(k) && !IsFunctionWord(k);
        }

        return named ? (first, last) : null;
    }

    /// <summary>Word <paramref name="k"/> and the next are parts of one hyphenated word ("Mexico-Stad", "Valle Norte-kartel").</summary>
    public bool IsJoinedToNext(int k)
        => k >= 0 && k + 1 < words.Count && words.Spans[k + 1].Start == words.Spans[k].End + 1 && text[words.Spans[k].End] == '-' && words.IsWord(k + 1);

    private bool IsShortCapitals(int k)
        => words.IsWord(k) && words.Spans[k].Length <= 3 && IsAllCapitals(words.Spans[k].AsSpan(text));

    public static bool IsAllCapitals(ReadOnlySpan<char> written)
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

    public static int Letters(ReadOnlySpan<char> written)
    {
        var count = 0;
        foreach (var c in written)
        {
            count += char.IsLetter(c) ? 1 : 0;
        }

        return count;
    }
}
