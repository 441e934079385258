namespace Atalaya.Core.Stages.Events;

/// <summary>
/// "One officer died in Tepic, four more in Compostela, and a guard was shot in San Blas": a
/// sentence that lists several incidents, each with its own count and place, is read clause by
/// clause, so that each incident keeps its own count and place. Clauses are parted at commas and
/// semicolons; a sentence is parted only when at least two of its clauses each have a killing,
/// wounding, arrest or kidnapping and a place of their own, and the places differ.
/// </summary>
internal static class IncidentClauses
{
    /// <summary>
    /// The token ranges of the incidents of <paramref name="sentence"/>, or null when it tells one.
    /// A clause with no outcome of its own belongs to the incident after it ("An official said that
    /// …, X died in A"); clauses left at the end belong to the last incident.
    /// </summary>
    public static List<(int Start, int End)>? Split(SentenceView sentence)
    {
        if (sentence.Triggers.Count < 2 || sentence.Entities.Count < 2)
        {
            return null;
        }

        var incidents = new List<(int Start, int End)>();
        var places = new List<Documents.DocumentEntity>();
        var start = 0;
        for (var end = 0; end <= sentence.Words.Length; end++)
        {
            if (end < sentence.Words.Length && sentence.Words[end] is not ("," or ";"))
            {
                continue;
            }

            if (HasOutcome(sentence, start, end))
            {
                if (PlaceIn(sentence, start, end) is { } place && !places.Contains(place))
                {
                    places.Add(place);
                }

                incidents.Add((incidents.Count == 0 ? 0 : incidents[^1].End + 1, end));
            }

            start = end + 1;
        }

        if (places.Count < 2 || incidents.Count < 2)
        {
            return null;
        }

        incidents[^1] = (incidents[^1].Start, sentence.Words.Length);
        return incidents;
    }

    /// <summary>The part of <paramref name="sentence"/> from token <paramref name="start"/> to <paramref name="end"/>, as a sentence of its own.</summary>
    public static SentenceView Part(SentenceView sentence, int start, int end)
    {
        var tokens = sentence.Tokens.Slice(start, end - start);
        var part = new SentenceView
        {
            Span = new Documents.TextSpan(tokens[0].Span.Start, tokens[^1].Span.End),
            Tokens = tokens,
            Words = sentence.Words[start..end],
            IsLead = sentence.IsLead,
            Singular = sentence.Singular,
            Pronouns = sentence.Pronouns,
            Additions = sentence.Additions,
            Participation = sentence.Participation,
            More = sentence.More,
            Ordinals = sentence.Ordinals,
            Conjunctions = sentence.Conjunctions,
            SeveralIncidents = sentence.SeveralIncidents,
            StartsParagraph = start == 0 && sentence.StartsParagraph,
            Quantities = [.. sentence.Quantities.Where(q => q.Start >= start && q.End <= end).Select(q => q with { Start = q.Start - start, End = q.End - start })],
        };
        part.Triggers.AddRange(Within(sentence.Triggers, start, end));
        part.Actors.AddRange(Within(sentence.Actors, start, end));
        part.Entities.AddRange(sentence.Entities.Where(m => m.Span.Start >= part.Span.Start && m.Span.End <= part.Span.End));
        return part;
    }

    private static IEnumerable<WordMatch> Within(List<WordMatch> matches, int start, int end)
        => matches.Where(m => m.Start >= start && m.End <= end).Select(m => m with { Start = m.Start - start, End = m.End - start });

    private static bool HasOutcome(SentenceView sentence, int start, int end)
        => sentence.Triggers.Exists(t => t.Start >= start && t.Start < end && EventCounts.OutcomeOf(t.Code) is not null);

    private static Documents.DocumentEntity? PlaceIn(SentenceView sentence, int start, int end)
    {
        if (end <= start)
        {
            return null;
        }

        var span = sentence.SpanOf(start, end);
        foreach (var mention in sentence.Entities)
        {
            if (mention.Span.Start >= span.Start && mention.Span.End <= span.End && EventPlaces.Specificity(mention.Entity) >= EventPlaces.State)
            {
                return mention.Entity;
            }
        }

        return null;
    }
}
