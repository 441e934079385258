using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Geo;

/// <summary>
/// What one folded name of the gazetteer leads to: the places called so in any case, and the names
/// with that fold that count only when written exactly ("US" but not "us").
/// </summary>
internal struct NameEntry
{
    public Place[] Places;

    public WrittenExactly[]? Exact;

    /// <summary>The places for a name as it is written in the text.</summary>
    public readonly Place[] PlacesFor(ReadOnlySpan<char> written)
    {
        if (Exact is { } exact)
        {
            foreach (var name in exact)
            {
                if (name.Matches(written))
                {
                    return name.Places;
                }
            }
        }

        return Places;
    }
}

/// <summary>
/// A gazetteer name that matches only text with the same letters and digits in the same case and
/// with the same accents; spaces and punctuation do not count, so "EE.UU." matches "EE. UU.".
/// Abbreviations are written in capitals in news, and the same letters in lower case are common
/// words ("us", "eau", "vs").
/// </summary>
internal sealed class WrittenExactly
{
    private WrittenExactly(string letters, Place place)
    {
        Letters = letters;
        Places = [place];
    }

    /// <summary>A name as the compiled gazetteer holds it, its places complete.</summary>
    internal WrittenExactly(string letters, Place[] places)
    {
        Letters = letters;
        Places = places;
    }

    /// <summary>The letters and digits of the name, as written.</summary>
    public string Letters { get; }

    /// <summary>The places of this name and, after loading, those of the same folded name in any case, in prior order.</summary>
    public Place[] Places { get; private set; }

    /// <summary>True when <paramref name="written"/> has exactly <see cref="Letters"/> as its letters and digits.</summary>
    public bool Matches(ReadOnlySpan<char> written)
    {
        var next = 0;
        foreach (var c in written)
        {
            if (!Counts(c))
            {
                continue;
            }

            if (next == Letters.Length || Letters[next] != c)
            {
                return false;
            }

            next++;
        }

        return next == Letters.Length;
    }

    /// <summary><paramref name="names"/> with <paramref name="place"/> added under <paramref name="name"/> (places come in prior order).</summary>
    public static WrittenExactly[] Add(WrittenExactly[]? names, ReadOnlySpan<char> name, Place place)
    {
        var letters = LettersOf(name);
        foreach (var known in names ?? [])
        {
            if (known.Letters == letters)
            {
                if (!ReferenceEquals(known.Places[^1], place))
                {
                    known.Places = Gazetteer.Append(known.Places, place);
                }

                return names!;
            }
        }

        return [.. names ?? [], new WrittenExactly(letters, place)];
    }

    /// <summary>
    /// Gives every exactly-written name also the places that have its folded name in any case, in
    /// prior order: "USA" finds the United States first, then the Japanese city of Usa.
    /// </summary>
    public static void AddPlacesOfAnyCase(Dictionary<string, NameEntry> byName, int[] order, List<Place> places)
    {
        var entries = byName.Values.Where(e => e.Exact is not null).ToList();
        if (entries.Count == 0)
        {
            return;
        }

        var involved = new HashSet<Place>(ReferenceEqualityComparer.Instance);
        foreach (var entry in entries)
        {
            involved.UnionWith(entry.Places);
            involved.UnionWith(entry.Exact!.SelectMany(e => e.Places));
        }

        var prior = new Dictionary<Place, int>(ReferenceEqualityComparer.Instance);
        for (var position = 0; position < order.Length; position++)
        {
            if (involved.Contains(places[order[position]]))
            {
                prior[places[order[position]]] = position;
            }
        }

        foreach (var entry in entries)
        {
            foreach (var name in entry.Exact!)
            {
                name.Places = [.. name.Places.Concat(entry.Places).Distinct(ReferenceEqualityComparer.Instance).Cast<Place>().OrderBy(p => prior[p])];
            }
        }
    }

    private static string LettersOf(ReadOnlySpan<char> name)
    {
        var letters = new System.Text.StringBuilder(name.Length);
        foreach (var c in name)
        {
            if (Counts(c))
            {
                letters.Append(c);
            }
        }

        return letters.ToString();
    }

    /// <summary>The characters <see cref="TextFolding.FoldInto"/> keeps: letters and digits.</summary>
    private static bool Counts(char c)
        => c < 128 ? char.IsAsciiLetterOrDigit(c) : char.IsLetterOrDigit(TextFolding.FoldChar(c));
}
