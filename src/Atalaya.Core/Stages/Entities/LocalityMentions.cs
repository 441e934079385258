using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Villages, ranches, communities and neighbourhoods named with a word that says so: "la comunidad
/// de El Limón", "the village of Oakridge", "landsbyen Nordvik", "the Roma neighborhood". The name
/// is a place even when the gazetteer lacks it or the tagger took it for a person; it replaces the
/// weaker mentions it overlaps, never a knowledge-base name or a state or country.
/// </summary>
internal static class LocalityMentions
{
    public const string Source = "locality";

    private const int MaxNameWords = 5;

    public static void Find(NameShape shape, int sentence, PhraseIndex<string> cues, IPlaceNames? places, List<Mention> found, int firstFound)
    {
        var words = shape.Words;
        for (var i = 0; i < words.Count; i++)
        {
            var (length, values) = cues.LongestMatch(words.Folded, i);
            if (length == 0)
            {
                continue;
            }

            // A cue may stand on either side of its name ("ranch X", "the X ranch"): the first side that names something wins.
            foreach (var position in values)
            {
                // "el rancho Las Flores" is "rancho Las Flores"; so is "Colonia Roma", a cue written with a
                // capital mid-sentence (not in German, which capitalizes every noun).
                var cueInName = position is "part" or "part-after" || (position == "before" && i != shape.FirstWord && !shape.CapitalizesNouns && shape.IsCapitalized(i + length - 1));
                var cueAfter = position is "after" or "part-after";
                var name = cueAfter ? NameBefore(shape, i - 1) : NameAfter(shape, i + length, connectorsFirst: cueInName);
                if (name is { } written && cueInName)
                {
                    // The cue is part of the name: "rancho Las Flores", "the Las Flores ranch".
                    name = cueAfter ? (written.First, i + length - 1) : (i + length - 1, written.Last);
                }

                if (name is { } run)
                {
                    Add(shape, sentence, run.First, run.Last, places, firstFound, found, cueInName);
                    break;
                }
            }

            i += length - 1;
        }
    }

    /// <summary>
    /// The capitalized words right after a cue, with the articles and prepositions inside them; with
    /// <paramref name="connectorsFirst"/> (a cue that is part of the name) also those that join the
    /// cue to them: "paseo de la Reforma".
    /// </summary>
    private static (int First, int Last)? NameAfter(NameShape shape, int first, bool connectorsFirst)
    {
        var start = first;
        while (connectorsFirst && start < shape.Words.Count && start - first < MaxLeadingConnectors && IsInnerWord(shape, start))
        {
            start++;
        }

        if (start >= shape.Words.Count || !shape.IsCapitalized(start))
        {
            return null;
        }

        var last = first;
        for (var k = first + 1; k < shape.Words.Count && k - first < MaxNameWords && !shape.IsJoinedToNext(k - 1); k++)
        {
            if (shape.IsCapitalized(k))
            {
                last = k;
            }
            else if (!IsInnerWord(shape, k))
            {
                break;
            }
        }

        return Named(shape, start, last) ? (first, last) : null;
    }

    /// <summary>Connectors between a cue and its name: "de la", "della", "do".</summary>
    private const int MaxLeadingConnectors = 2;

    /// <summary>The capitalized words right before a cue written after its name ("the Roma neighborhood").</summary>
    private static (int First, int Last)? NameBefore(NameShape shape, int last)
    {
        if (last < 0 || !shape.IsCapitalized(last))
        {
            return null;
        }

        var first = last;
        for (var k = last - 1; k >= 0 && last - k < MaxNameWords && !shape.IsJoinedToNext(k); k--)
        {
            if (shape.IsCapitalized(k) && k != shape.FirstWord)
            {
                first = k;
            }
            else if (!IsInnerWord(shape, k) || !shape.IsCapitalized(k - 1))
            {
                break;
            }
        }

        // A lone word opening the sentence is capitalized whatever it is.
        return first == last && first == shape.FirstWord ? null : Named(shape, first, last) ? (first, last) : null;
    }

    private static bool IsInnerWord(NameShape shape, int k) => shape.Words.IsWord(k) && !shape.IsCapitalized(k) && NameShape.IsNameConnector(shape.Words.Folded[k]);

    /// <summary>A name holds a capitalized word that is neither an article ("El" alone) nor a nationality.</summary>
    private static bool Named(NameShape shape, int first, int last)
    {
        for (var k = first; k <= last; k++)
        {
            if (shape.IsCapitalized(k) && !shape.IsFunctionWord(k) && !shape.IsDemonym(k))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// Adds the locality over the weaker mentions it overlaps. A knowledge-base name is kept, unless
    /// the cue is part of the locality's name and the knowledge-base name lies inside it: "paseo de
    /// la Reforma" is a street named after something, not that thing.
    /// </summary>
    private static void Add(NameShape shape, int sentence, int first, int last, IPlaceNames? places, int firstFound, List<Mention> found, bool cueInName)
    {
        var span = new TextSpan(shape.Words.Spans[first].Start, shape.Words.Spans[last].End);
        var candidates = places?.Lookup(span.AsSpan(shape.Text)) ?? [];

        // "The town of Mexico", "la colonia Jalisco": a country or a state is no locality, whatever the word before.
        if (candidates.Any(c => c.Kind is "country" or "admin1" or "region"))
        {
            return;
        }

        for (var k = firstFound; k < found.Count; k++)
        {
            if (found[k].Span.Overlaps(span) && found[k].Kb is not null && !(cueInName && found[k].Span.Start > span.Start && found[k].Span.End <= span.End))
            {
                return;
            }
        }

        found.RemoveAll(m => m.Span.Overlaps(span) && m.Sentence == sentence);
        found.Add(new Mention(span, "LOC", null, candidates, Source, sentence));
    }
}
