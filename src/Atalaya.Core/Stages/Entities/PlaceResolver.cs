using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Chooses where each place entity is, among the gazetteer's places of that name: a state written
/// right after it ("Mascota, Jalisco", "Tacámbaro (Michoacán)") decides; otherwise a place in a
/// state the document names elsewhere (its focus); otherwise the gazetteer's prior (countries,
/// states and regions before towns, Mexico first, larger first).
/// </summary>
internal static class PlaceResolver
{
    private const int MaxQualifierGap = 3;

    /// <summary>Localities smaller than this share their names with many others the gazetteer lacks ("El Limón", "Los Pinos").</summary>
    private const long SmallLocality = 5000;

    public static void Geocode(string text, List<DocumentEntity> entities, List<Mention> mentions)
    {
        var bySpan = FirstMentionBySpan(mentions);
        var candidates = Candidates(entities, bySpan);

        // States the document names outright (a state, or a place with one candidate) are its focus;
        // not a region's, whose state is only its main one ("La Laguna" spans Coahuila and Durango).
        var focus = candidates.Values
            .Where(c => c.Count > 0 && (c[0].Kind == "admin1" || (c.Count == 1 && c[0].Kind != "region")))
            .Select(c => c[0].Kind == "admin1" ? c[0].Point.Admin1 ?? c[0].Point.Place : c[0].Point.Admin1)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        // The states the document names outright: a small place elsewhere, unqualified, is likely a namesake.
        var statesNamed = candidates.Values
            .Where(c => c.Count > 0 && c[0].Kind == "admin1")
            .Select(c => c[0].Point.Admin1 ?? c[0].Point.Place)
            .OfType<string>()
            .ToHashSet(StringComparer.Ordinal);

        foreach (var entity in entities)
        {
            if (!candidates.TryGetValue(entity, out var options))
            {
                continue;
            }

            var qualifier = Qualifier(text, entity, mentions, bySpan);
            var chosen = (qualifier is null ? null : options.FirstOrDefault(p => p.Point.Admin1 == qualifier || p.Point.Place == qualifier))
                ?? options.FirstOrDefault(p => p.Kind is "country" or "admin1" or "region")
                ?? options.FirstOrDefault(p => p.Point.Admin1 is { } admin1 && focus.Contains(admin1) && !IsNamesakeElsewhere(p, options, statesNamed))
                ?? options[0];
            if (qualifier is null && IsNamesakeElsewhere(chosen, options, statesNamed))
            {
                // "The village of Los Pinos" in an article about Sonora is not the gazetteer's only Los Pinos, in Yucatán: place unknown.
                continue;
            }

            chosen = NamedAsWritten(text, entity, chosen, options);
            var cityState = CityOfItsOwnState(chosen, options);
            entity.Geo = cityState is null ? chosen.Point : cityState.Point with { Kind = Geo.PlaceKinds.CityState };
            chosen = cityState ?? chosen;
            // Places GeoNames lacks carry a negative (INEGI-derived) id: no external id for them.
            if (chosen.Point.GeonamesId > 0)
            {
                entity.ExternalId ??= chosen.Point.GeonamesId.ToString(System.Globalization.CultureInfo.InvariantCulture);
            }
        }
    }

    // Loops, not LINQ groupings: this runs for every document, and most mentions are no place.
    private static Dictionary<TextSpan, Mention> FirstMentionBySpan(List<Mention> mentions)
    {
        var bySpan = new Dictionary<TextSpan, Mention>(mentions.Count);
        foreach (var mention in mentions)
        {
            bySpan.TryAdd(mention.Span, mention);
        }

        return bySpan;
    }

    /// <summary>The gazetteer's places of each place entity the knowledge base does not know, in mention order, each once; only entities with some.</summary>
    private static Dictionary<DocumentEntity, List<PlaceCandidate>> Candidates(List<DocumentEntity> entities, Dictionary<TextSpan, Mention> bySpan)
    {
        var candidates = new Dictionary<DocumentEntity, List<PlaceCandidate>>();
        HashSet<long>? seen = null;
        foreach (var entity in entities)
        {
            if (entity.Type != "LOC" || entity.KbId is not null)
            {
                continue;
            }

            List<PlaceCandidate>? places = null;
            seen?.Clear();
            foreach (var span in entity.Mentions)
            {
                if (!bySpan.TryGetValue(span, out var mention))
                {
                    continue;
                }

                foreach (var place in mention.Places)
                {
                    if ((seen ??= []).Add(place.Point.GeonamesId))
                    {
                        (places ??= []).Add(place);
                    }
                }
            }

            if (places is not null)
            {
                candidates[entity] = places;
            }
        }

        return candidates;
    }

    /// <summary>
    /// "Valle Hondo": a municipality and its seat share a name, the seat's own being another
    /// ("La Loma"); the place whose own name is the one written comes first among the places of
    /// that municipality.
    /// </summary>
    private static PlaceCandidate NamedAsWritten(string text, DocumentEntity entity, PlaceCandidate chosen, List<PlaceCandidate> options)
    {
        if (options.Count < 2)
        {
            return chosen;
        }

        var written = entity.Mentions.Select(span => Internal.TextFolding.Fold(span.AsSpan(text))).ToHashSet(StringComparer.Ordinal);
        if (written.Contains(Internal.TextFolding.Fold(chosen.Point.Place)))
        {
            return chosen;
        }

        return options.FirstOrDefault(o => o.Point.Admin1 == chosen.Point.Admin1 && o.Point.Admin2 == chosen.Point.Admin2 && o.Point.Country == chosen.Point.Country
            && written.Contains(Internal.TextFolding.Fold(o.Point.Place))) ?? chosen;
    }

    /// <summary>
    /// "Mexico City", "Berlin": a city that is a state of its own is named as the place of what
    /// happens in it (<see cref="Geo.PlaceKinds.CityState"/>); a state's capital of the same name is not (the city of Durango is a
    /// fraction of its state). The city holds at least half of its state's people.
    /// </summary>
    private static PlaceCandidate? CityOfItsOwnState(PlaceCandidate chosen, List<PlaceCandidate> options)
        => chosen.Kind != "admin1" ? null
            : options.FirstOrDefault(o => o.Kind == "city" && o.Point.Admin1 == chosen.Point.Admin1 && o.Point.Place == chosen.Point.Place && o.Population * 2 >= chosen.Population);

    /// <summary>
    /// A small place in a state the document does not name, with no larger place of that name in
    /// its state (a town and its municipality share one), is likely a namesake the gazetteer lacks.
    /// </summary>
    private static bool IsNamesakeElsewhere(PlaceCandidate place, List<PlaceCandidate> options, HashSet<string> statesNamed)
        => place.Kind is not ("country" or "admin1" or "region") && statesNamed.Count > 0
            && (place.Point.Admin1 is not { } admin1 || !statesNamed.Contains(admin1))
            && options.Where(o => o.Point.Admin1 == place.Point.Admin1).Max(o => o.Population) < SmallLocality;

    /// <summary>The state written right after a mention of this entity: "Mascota, Jalisco" → "Jalisco".</summary>
    private static string? Qualifier(string text, DocumentEntity entity, List<Mention> mentions, Dictionary<TextSpan, Mention> bySpan)
    {
        foreach (var span in entity.Mentions)
        {
            var next = FirstStartingFrom(mentions, span.End) is { } first && first.Span.Start - span.End <= MaxQualifierGap ? first : null;
            if (next is null || next.Places.Count == 0 || !text.AsSpan(span.End, next.Span.Start - span.End).ContainsAny(",( "))
            {
                continue;
            }

            var state = next.Places.FirstOrDefault(p => p.Kind == "admin1");
            if (state is not null)
            {
                return state.Point.Admin1 ?? state.Point.Place;
            }
        }

        return null;
    }

    /// <summary>
    /// The first mention, in list order, that starts at or after <paramref name="position"/>: the
    /// mentions are sorted by start, so a binary search finds it and a long document costs no more
    /// per place than a short one.
    /// </summary>
    private static Mention? FirstStartingFrom(List<Mention> mentions, int position)
    {
        int low = 0, high = mentions.Count;
        while (low < high)
        {
            var middle = low + ((high - low) / 2);
            if (mentions[middle].Span.Start < position)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low < mentions.Count ? mentions[low] : null;
    }
}
