using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// A place abroad needs more evidence than a place of a country the document is about. A town of
/// one word that only the gazetteer saw, in a country no other place of the document is in, is no
/// place when it is written as one of its other names ("Solo" for Surakarta, "Kinder" for a town in
/// Illinois), when every mention opens a sentence ("Man hade …", where a capital proves nothing)
/// other than as a dateline ("Asunción, 29 March"),
/// or when it is a small town (fewer people than <see cref="SmallTownAbroad"/>).
/// </summary>
internal static class ForeignPlaces
{
    private const long SmallTownAbroad = 100_000;

    public static void DropWeak(string text, List<DocumentEntity> entities, List<Mention> mentions)
    {
        Dictionary<TextSpan, Mention>? bySpan = null;
        for (var e = entities.Count - 1; e >= 0; e--)
        {
            var entity = entities[e];
            if (entity.Type != "LOC" || entity.KbId is not null || entity.Geo is not { } geo || geo.Kind is "country" or "region" or null)
            {
                continue;
            }

            // Cheapest first: most places share their country with another place of the document.
            if (OtherPlaceIn(entities, entity, geo.Country))
            {
                continue;
            }

            bySpan ??= mentions.GroupBy(m => m.Span).ToDictionary(g => g.Key, g => g.First());
            if (!OnlyGazetteerWords(text, entity, bySpan))
            {
                continue;
            }

            var place = entity.Mentions.SelectMany(span => bySpan[span].Places).FirstOrDefault(p => p.Point.GeonamesId == geo.GeonamesId);
            var written = entity.Mentions.Select(span => TextFolding.Fold(span.AsSpan(text)));
            if (written.All(w => w != TextFolding.Fold(geo.Place))
                || entity.Mentions.All(span => OpensSentence(text, span.Start) && !CommaFollows(text, span.End))
                || (geo.Kind is not "admin1" && (place?.Population ?? 0) < SmallTownAbroad))
            {
                entities.RemoveAt(e);
            }
        }
    }

    /// <summary>Every mention is one word the gazetteer found alone: neither the tagger nor a cue word said it is a place.</summary>
    private static bool OnlyGazetteerWords(string text, DocumentEntity entity, Dictionary<TextSpan, Mention> bySpan)
    {
        foreach (var span in entity.Mentions)
        {
            if (!bySpan.TryGetValue(span, out var mention) || mention.Source != "gazetteer" || span.AsSpan(text).ContainsAny(' ', '-'))
            {
                return false;
            }
        }

        return true;
    }

    private static bool OtherPlaceIn(List<DocumentEntity> entities, DocumentEntity entity, string country)
    {
        foreach (var other in entities)
        {
            if (other != entity && other.Type == "LOC" && other.Geo is { } geo && geo.Country == country)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A comma right after the mention, as in a dateline ("Asunción, 29 March"), not "Man hade" or "#Tag |".</summary>
    private static bool CommaFollows(string text, int end) => end < text.Length && text[end] == ',';

    /// <summary>Nothing but spaces, quotes, opening marks or a hashtag between the mention and a sentence's end or the text's start.</summary>
    private static bool OpensSentence(string text, int start)
    {
        for (var k = start - 1; k >= 0; k--)
        {
            var c = text[k];
            if (c is '.' or '!' or '?' or '\n' or ':' or '|' or '•' or '—' or '–')
            {
                return true;
            }

            if (!(char.IsWhiteSpace(c) || c is '#' or '¡' or '¿' or '(' or '"' or '“' or '«' or '\'' or '‘' or '-'))
            {
                return false;
            }
        }

        return true;
    }
}
