using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// The statistical tagger's names in one sentence, on words no stronger source took, cut as
/// <see cref="NameShape.Trim"/> cuts names. A person's withheld surname ("José Antonio "N"", the
/// Mexican press's way of naming a suspect) stays in the name; a span the tagger called MISC that
/// is a place of the gazetteer is a place.
/// </summary>
internal static class TaggedMentions
{
    /// <summary>The tagger's spans over one sentence, computed once for both passes of <see cref="Find"/>.</summary>
    public static IReadOnlyList<(TextSpan Span, string Type, double Confidence)> Tag(string text, IReadOnlyList<Token> tokens, string language, INamedEntityTagger tagger)
    {
        var spans = new TextSpan[tokens.Count];
        for (var k = 0; k < spans.Length; k++)
        {
            spans[k] = tokens[k].Span;
        }

        return tagger.Tag(text, spans, language);
    }

    /// <summary>
    /// Adds the tagger's names on free words. With <paramref name="onlyFullNames"/> only people
    /// named in two words or more that open with a place: those run before the gazetteer's sure
    /// places, so a place is never taken from inside a person's name ("Jordan Ibarra", "Florencia Ruiz").
    /// </summary>
    public static void Find(NameShape shape, IReadOnlyList<(TextSpan Span, string Type, double Confidence)> tags, int sentence, string language, EntitySources sources, bool[] taken, List<Mention> found, bool onlyFullNames = false)
    {
        var text = shape.Text;
        var words = shape.Words;
        foreach (var (tagged, tag, _) in tags)
        {
            if (onlyFullNames && tag != "PER")
            {
                continue;
            }

            var (first, last) = words.Within(tagged);

            // "van", "Hij", "de" at either end are no part of a name.
            while (last >= first && first >= 0 && (!words.IsWord(last) || shape.IsFunctionWord(last)))
            {
                last--;
            }

            while (first >= 0 && first <= last && !words.IsWord(first))
            {
                first++;
            }

            if (first < 0 || last < first || shape.Trim(first, last, onlyArticles: true) is not var (from, to)
                || Enumerable.Range(from, to - from + 1).Any(k => taken[k]) || (from == to && shape.IsFunctionWord(from)))
            {
                continue;
            }

            if (onlyFullNames && !PlaceOpensPersonName(shape, from, to, sources.Places))
            {
                continue;
            }

            // "Cártel Nueva Generación", "Kartell von Sinaloa": a name headed by "cartel" is a group, whatever the tagger says.
            var type = words.Folded[from] == "cartel" && from < to ? "ORG" : tag;
            IReadOnlyList<PlaceCandidate>? region = null;
            if (shape.CapitalizesNouns && to == from + 1 && type != "PER" && sources.Places is { } admin
                && admin.Lookup(words.Spans[to].AsSpan(text)) is [{ Kind: "country" or "admin1" }, ..] division)
            {
                // German capitalizes nouns: "Bundesstaat Jalisco", "Provinz Sonora" name the state.
                (from, type, region) = (to, "LOC", division);
            }

            var span = new TextSpan(words.Spans[from].Start, words.Spans[to].End);
            if (NameShape.Letters(span.AsSpan(text)) < 2 || (from == to && TimeZones.Contains(words.Folded[from]))
                || (from == to && OpensClauseAfterColon(text, span.Start) && sources.Tagger is { } usage && usage.IsMostlyLowerCase(span.AsSpan(text), language)))
            {
                continue;
            }

            // "del tipo KORA": a person is not written as an acronym; "Cerro Prieto-Valle Hondo"
            // is a road between two places, which the gazetteer takes next.
            if (type == "PER" && ((from == to && NameShape.IsAllCapitals(span.AsSpan(text))) || IsRouteBetweenPlaces(shape, from, to, sources.Places)))
            {
                continue;
            }

            if (type == "PER")
            {
                span = WithWithheldSurname(text, span);
            }

            // A one-word "person" that is a town stays a person only if a fuller name claims it (resolver).
            var places = region ?? ((type is "LOC" or "MISC" || (type == "PER" && from == to)) && !(from == to && shape.IsNotPlaceWord(from)) && sources.Places is { } gazetteer ? gazetteer.Lookup(span.AsSpan(text)) : []);
            if (type == "MISC" && places.Count > 0)
            {
                type = "LOC";
            }

            found.Add(new Mention(span, type, null, type is "LOC" or "PER" ? places : [], "tagger", sentence));
            Array.Fill(taken, true, from, to - from + 1);
        }
    }

    /// <summary>
    /// "Jordan Ibarra", "Ramiro Ortega": a person's name of several words whose first word is a
    /// place, while the whole is none ("El Grullo", "San Juan de los Lagos" are places the tagger may
    /// call people). Only then is the person surer than the gazetteer.
    /// </summary>
    private static bool PlaceOpensPersonName(NameShape shape, int from, int to, IPlaceNames? places)
    {
        var words = shape.Words;
        if (places is null || to == from || words.Folded[from] == "cartel")
        {
            return false;
        }

        var whole = new TextSpan(words.Spans[from].Start, words.Spans[to].End);
        return places.Lookup(words.Spans[from].AsSpan(shape.Text)).Count > 0 && places.Lookup(whole.AsSpan(shape.Text)).Count == 0;
    }

    /// <summary>
    /// "México: Mueren tres militares": a headline's clause after a colon opens with a capital the
    /// tagger takes for a name's; a word running text writes in lower case is none there.
    /// </summary>
    private static bool OpensClauseAfterColon(string text, int start)
    {
        var p = start - 1;
        while (p >= 0 && text[p] == ' ')
        {
            p--;
        }

        return p >= 0 && p < start - 1 && text[p] == ':';
    }

    /// <summary>Words <paramref name="from"/>..<paramref name="to"/> are two places joined by a hyphen ("Cerro Prieto-Valle Hondo").</summary>
    private static bool IsRouteBetweenPlaces(NameShape shape, int from, int to, IPlaceNames? places)
    {
        if (places is null)
        {
            return false;
        }

        var words = shape.Words;
        for (var j = from; j < to; j++)
        {
            if (shape.IsJoinedToNext(j))
            {
                var left = new TextSpan(words.Spans[from].Start, words.Spans[j].End);
                var right = new TextSpan(words.Spans[j + 1].Start, words.Spans[to].End);
                return places.Lookup(left.AsSpan(shape.Text)).Count > 0 && places.Lookup(right.AsSpan(shape.Text)).Count > 0;
            }
        }

        return false;
    }

    /// <summary>Time zones in capitals ("16.00 GMT") look like acronyms of organizations.</summary>
    private static readonly HashSet<string> TimeZones = new(StringComparer.Ordinal)
    {
        "gmt", "utc", "cet", "cest", "eet", "wet", "est", "edt", "cst", "cdt", "mst", "mdt", "pst", "pdt", "bst",
    };

    /// <summary>"José Antonio "N"": a quoted capital N after a name stands for the surname the authorities withhold.</summary>
    private static TextSpan WithWithheldSurname(string text, TextSpan span)
    {
        var p = span.End;
        while (p < text.Length && text[p] == ' ')
        {
            p++;
        }

        return p + 2 < text.Length && WordSequence.IsQuote(text[p]) && text[p + 1] == 'N' && WordSequence.IsQuote(text[p + 2])
            ? new TextSpan(span.Start, p + 3)
            : span;
    }
}
