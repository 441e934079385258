using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// "Openbaar Ministerie van Jalisco", "Secretaría de Seguridad de Sinaloa": a name of two words
/// or more the tagger found, joined by a genitive preposition (and an article) to a place, is an
/// institution of that place, one organization. The place stays a mention of its own inside it,
/// found in the gazetteer here if no pass took it (the capitals before it hid it from them).
/// </summary>
internal static class InstitutionMentions
{
    private const int MaxConnectorWords = 2;
    private const int MaxPlaceWords = 4;


    public static void OfPlaces(NameShape shape, int sentence, IPlaceNames? places, List<Mention> found, int firstFound)
    {
        var words = shape.Words;
        if (!HasTaggedName(shape.Text, found, firstFound))
        {
            return;
        }

        var institutions = found.Skip(firstFound)
            .Where(m => m.Source == "tagger" && m.Type != "LOC" && m.Span.AsSpan(shape.Text).Contains(' '))
            .ToList();
        foreach (var institution in institutions)
        {
            var next = words.Spans.FindIndex(s => s.Start >= institution.Span.End);
            if (next < 0 || !words.IsWord(next) || !NameShape.GenitivePrepositions.Contains(words.Folded[next]))
            {
                continue;
            }

            var at = next + 1;
            while (at < words.Count && at - next < MaxConnectorWords && shape.IsFunctionWord(at))
            {
                at++;
            }

            var place = PlaceAt(shape, at, sentence, places, found, firstFound);
            if (place is null)
            {
                continue;
            }

            found.Remove(institution);
            found.Add(new Mention(new TextSpan(institution.Span.Start, place.Span.End), "ORG", null, [], "tagger", institution.Sentence));
        }
    }

    private static bool HasTaggedName(string text, List<Mention> found, int firstFound)
    {
        for (var k = firstFound; k < found.Count; k++)
        {
            if (found[k].Source == "tagger" && found[k].Type != "LOC" && found[k].Span.AsSpan(text).Contains(' '))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The place mention starting at word <paramref name="at"/>, adding it from the gazetteer when no pass found it.</summary>
    private static Mention? PlaceAt(NameShape shape, int at, int sentence, IPlaceNames? places, List<Mention> found, int firstFound)
    {
        var words = shape.Words;
        if (at >= words.Count || !shape.IsCapitalized(at))
        {
            return null;
        }

        var start = words.Spans[at].Start;
        var existing = found.Skip(firstFound).FirstOrDefault(m => m.Span.Start == start);
        if (existing is not null)
        {
            return existing.Type == "LOC" && existing.Places.Count > 0 ? existing : null;
        }

        for (var n = Math.Min(MaxPlaceWords, words.Count - at); n >= 1 && places is not null; n--)
        {
            var last = at + n - 1;
            var span = new TextSpan(start, words.Spans[last].End);
            if (!shape.IsCapitalized(last) || shape.IsJoinedToNext(last) || found.Skip(firstFound).Any(m => m.Span.Overlaps(span)))
            {
                continue;
            }

            var candidates = places.Lookup(span.AsSpan(shape.Text));
            if (candidates.Count > 0)
            {
                var place = new Mention(span, "LOC", null, candidates, "gazetteer", sentence);
                found.Add(place);
                return place;
            }
        }

        return null;
    }
}
