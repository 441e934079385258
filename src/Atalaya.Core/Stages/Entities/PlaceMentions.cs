using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Place names of the gazetteer written with a capital, longest first, on words no stronger source
/// took. Run twice: before the tagger for names that are surely places (countries, states, big
/// cities, and names of several words such as "San Pedro de las Colonias"), after it for the rest.
/// </summary>
internal static class PlaceMentions
{
    private const int MaxPlaceWords = 5;
    private const long SentenceInitialPlacePopulation = 100_000;

    [ThreadStatic]
    private static IReadOnlyList<PlaceCandidate>?[]? scratch;

    /// <summary>
    /// The lookup slots for a sentence of <paramref name="words"/> words, all empty: one array per
    /// thread, cleared for each sentence, instead of a new one per sentence.
    /// </summary>
    public static IReadOnlyList<PlaceCandidate>?[] Scratch(int words)
    {
        var length = words * MaxPlaceWords;
        if (scratch is null || scratch.Length < length)
        {
            scratch = new IReadOnlyList<PlaceCandidate>?[Math.Max(length, 64 * MaxPlaceWords)];
        }
        else
        {
            Array.Clear(scratch, 0, length);
        }

        return scratch;
    }

    public static void Find(NameShape shape, int sentence, IPlaceNames places, bool[] taken, List<Mention> found, bool onlyProminent, IReadOnlyList<PlaceCandidate>?[] lookups)
    {
        var text = shape.Text;
        var words = shape.Words;
        for (var i = 0; i < words.Count; i++)
        {
            if (taken[i] || !shape.IsCapitalized(i))
            {
                continue;
            }

            for (var n = Math.Min(Math.Min(places.MaxNameWords, MaxPlaceWords), words.Count - i); n >= 1; n--)
            {
                var last = i + n - 1;
                // A place is a whole word: "Mexico" of "Mexico-Stad" is not Mexico.
                if (!IsFree(shape, taken, i, last) || !shape.IsCapitalized(last)
                    || (shape.IsJoinedToNext(last) && !PlaceFollows(shape, places, last + 1, lookups))
                    || (shape.IsJoinedToNext(i - 1) && !PlaceEndsAt(shape, places, i - 1, lookups)))
                {
                    continue;
                }

                var span = new TextSpan(words.Spans[i].Start, words.Spans[last].End);
                ref var candidates = ref lookups[LookupSlot(i, n)];
                if (candidates is null)
                {
                    candidates = places.Lookup(span.AsSpan(text));
                    if (candidates.Count == 0 && n == 1 && shape.GenitiveS)
                    {
                        candidates = GenitiveOfProminentPlace(span.AsSpan(text), places);
                    }
                }

                if (candidates.Count == 0 || !Plausible(shape, i, n, candidates[0])
                    || ((candidates[0].Kind != "country" || !CountryStandsAlone(shape)) && InsideLongerName(shape, i, n))
                    || (onlyProminent && !IsProminent(candidates[0], n)))
                {
                    continue;
                }

                found.Add(new Mention(span, "LOC", null, candidates, "gazetteer", sentence));
                Array.Fill(taken, true, i, n);
                i = last;
                break;
            }
        }
    }

    /// <summary>
    /// "la ruta Cerro Prieto-Valle Hondo", "the Hermosillo-Guaymas highway": a route
    /// written as two places joined by a hyphen names both. A place starts at word <paramref name="first"/>.
    /// </summary>
    private static bool PlaceFollows(NameShape shape, IPlaceNames places, int first, IReadOnlyList<PlaceCandidate>?[] lookups)
    {
        for (var n = 1; n <= MaxPlaceWords && first + n <= shape.Words.Count; n++)
        {
            var last = first + n - 1;
            if (!shape.IsCapitalized(last))
            {
                return false;
            }

            if (!shape.IsJoinedToNext(last) && (last + 1 >= shape.Words.Count || !shape.IsCapitalized(last + 1)) && IsPlace(shape, places, first, n, lookups))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A place ends at word <paramref name="last"/>, the first half of a route "A-B".</summary>
    private static bool PlaceEndsAt(NameShape shape, IPlaceNames places, int last, IReadOnlyList<PlaceCandidate>?[] lookups)
    {
        for (var n = 1; n <= MaxPlaceWords && last - n + 1 >= 0; n++)
        {
            var first = last - n + 1;
            if (!shape.IsCapitalized(first))
            {
                return false;
            }

            if (!shape.IsJoinedToNext(first - 1) && (first == 0 || !shape.IsCapitalized(first - 1) || first - 1 == shape.FirstWord) && IsPlace(shape, places, first, n, lookups))
            {
                return true;
            }
        }

        return false;
    }

    private static bool IsPlace(NameShape shape, IPlaceNames places, int first, int n, IReadOnlyList<PlaceCandidate>?[] lookups)
    {
        ref var candidates = ref lookups[LookupSlot(first, n)];
        candidates ??= places.Lookup(new TextSpan(shape.Words.Spans[first].Start, shape.Words.Spans[first + n - 1].End).AsSpan(shape.Text));
        return candidates.Count > 0 && candidates[0].Kind is not ("country" or "region");
    }

    /// <summary>
    /// Both passes look up the same word runs: each run's candidates are kept in a slot of the
    /// sentence's scratch array (null until looked up), cheaper than a dictionary per sentence.
    /// </summary>
    private static int LookupSlot(int first, int words) => (first * MaxPlaceWords) + words - 1;

    /// <summary>Words <paramref name="first"/>..<paramref name="last"/> are untaken words (or periods of abbreviations).</summary>
    private static bool IsFree(NameShape shape, bool[] taken, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (taken[k] || !(shape.Words.IsWord(k) || IsAbbreviationDot(shape, k)))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>"EE. UU.", "U.S.", "Q. Roo": a period right after a short capitalized word is part of an abbreviated name.</summary>
    private static bool IsAbbreviationDot(NameShape shape, int k)
    {
        var words = shape.Words;
        return k > 0 && shape.IsCapitalized(k - 1) && words.Spans[k - 1].Length <= 3 && words.Spans[k].Start == words.Spans[k - 1].End
            && shape.Text[words.Spans[k].Start] == '.' && words.Spans[k].Length == 1;
    }

    /// <summary>"Mexicos", "Guanajuatos": a country's or state's name with the genitive -s.</summary>
    private static IReadOnlyList<PlaceCandidate> GenitiveOfProminentPlace(ReadOnlySpan<char> written, IPlaceNames places)
    {
        if (written.Length < 5 || written[^1] != 's')
        {
            return [];
        }

        var candidates = places.Lookup(written[..^1]);
        return candidates.Count > 0 && candidates[0].Kind is "country" or "admin1" or "region" ? candidates : [];
    }

    /// <summary>Surely a place when written with a capital: a name of several words, a country, a state, a region, a big city.</summary>
    public static bool IsProminent(PlaceCandidate best, int words)
        => words >= 2 || best.Kind is "country" or "admin1" or "region" || best.Population >= SentenceInitialPlacePopulation;

    /// <summary>
    /// Guards against capitalized common words that are also place names: a function word or a
    /// nationality is never a place; a one-word name that opens a sentence must be a country, a
    /// state, a region or a large city; two-letter names must be country codes in capitals; a word written
    /// with an accent its place lacks is another word ("Cayó", fell, is not Cayo).
    /// </summary>
    private static bool Plausible(NameShape shape, int start, int words, PlaceCandidate best)
    {
        var written = new TextSpan(shape.Words.Spans[start].Start, shape.Words.Spans[start + words - 1].End).AsSpan(shape.Text);
        if (NameShape.Letters(written) <= 2)
        {
            return best.Kind == "country" && NameShape.IsAllCapitals(written);
        }

        if (words == 1 && (shape.IsFunctionWord(start) || shape.IsDemonym(start) || shape.IsNotPlaceWord(start) || AccentDiffers(written, best.Point.Place)))
        {
            return false;
        }

        return start != shape.FirstWord || IsProminent(best, words);
    }

    /// <summary>The written word has an accented letter where the place's name, otherwise the same, has none.</summary>
    private static bool AccentDiffers(ReadOnlySpan<char> written, string name)
    {
        if (written.Length != name.Length)
        {
            return false;
        }

        for (var k = 0; k < written.Length; k++)
        {
            var w = char.ToLowerInvariant(written[k]);
            var p = char.ToLowerInvariant(name[k]);
            if (w != p && w > 127 && TextFolding.FoldChar(w) == p)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// A country before a capitalized word is still the country where every noun is capitalized
    /// ("in Mexiko Drogenkartelle") and in a headline in title case ("Mexico Police Kill Five"); in
    /// running text it is part of a longer name: "Air India", "Jordan Ibarra", "United States District Court".
    /// </summary>
    private static bool CountryStandsAlone(NameShape shape) => shape.CapitalizesNouns || MentionFinder.IsTitleCase(shape);

    /// <summary>
    /// A place name inside a longer proper name is not a place mention: "Cártel Santa Rosa de Lima",
    /// "Universidad de Guadalajara", "Texas Rangers". A capitalized word touches it (the word
    /// before not being the sentence's first), or "de"/"del" joins it to a capitalized word.
    /// </summary>
    private static bool InsideLongerName(NameShape shape, int start, int count)
    {
        var words = shape.Words;
        var before = start - 1;
        // A hyphen to another place is a route ("Hermosillo-Guaymas"), checked by the caller, not a longer name.
        if (before > shape.FirstWord && shape.IsCapitalized(before) && words.Spans[start].Start - words.Spans[before].End <= 1 && !shape.IsJoinedToNext(before))
        {
            return true;
        }

        if (before - 1 > shape.FirstWord && words.IsWord(before) && NameShape.GenitivePrepositions.Contains(words.Folded[before]) && shape.IsCapitalized(before - 1))
        {
            return true;
        }

        // "Ramiro Ortega de la Garza", "Juan de la Cruz": a preposition and an article join a surname to a name.
        if (before - 2 > shape.FirstWord && words.IsWord(before) && !shape.IsCapitalized(before) && NameShape.NameArticles.Contains(words.Folded[before])
            && words.IsWord(before - 1) && NameShape.GenitivePrepositions.Contains(words.Folded[before - 1]) && shape.IsCapitalized(before - 2))
        {
            return true;
        }

        var after = start + count;
        if (after < words.Count && shape.IsCapitalized(after) && !shape.IsDemonym(after) && words.Spans[after].Start - words.Spans[after - 1].End <= 1 && !shape.IsJoinedToNext(after - 1))
        {
            return true;
        }

        return after + 1 < words.Count && words.IsWord(after) && NameShape.GenitivePrepositions.Contains(words.Folded[after]) && shape.IsCapitalized(after + 1);
    }
}
