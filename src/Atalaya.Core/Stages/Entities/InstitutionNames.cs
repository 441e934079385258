using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Institutions as the press writes them, from the language's institution words: a lower-case head
/// joined to a name ("el ministerio de Defensa", "het ministerie van Justitie") is one organization;
/// a capitalized head the tagger cut off from its complement ("Fiscalía Especial" + "en Personas
/// Desaparecidas") is joined to it; a compound ending in a ministry's suffix ("justitsministeriet")
/// is one. What only looks like an institution is dropped: the office in a post's title ("el
/// secretario de Seguridad Pública"), a common noun alone ("la Policía"), and words written like
/// names that name nothing (weapon models, "IED"). The knowledge base is never overruled.
/// </summary>
internal static class InstitutionNames
{
    private const int MaxNameWords = 8;

    public static void Apply(NameShape shape, int sentence, InstitutionWords lexicon, List<Mention> found, int firstFound)
    {
        DropWhatNamesNothing(shape, lexicon, found, firstFound);
        JoinComplements(shape, lexicon, found, firstFound);
        AddLowerCaseHeads(shape, sentence, lexicon, found, firstFound);
        AddCompounds(shape, sentence, lexicon, found, firstFound);
    }

    private static void DropWhatNamesNothing(NameShape shape, InstitutionWords lexicon, List<Mention> found, int firstFound)
    {
        for (var k = found.Count - 1; k >= firstFound; k--)
        {
            var mention = found[k];
            if (mention.Kb is not null || mention.Source is not ("tagger" or "gazetteer"))
            {
                continue;
            }

            var folded = Internal.TextFolding.Fold(mention.Span.AsSpan(shape.Text));
            var (first, _) = shape.Words.Within(mention.Span);
            var generic = mention.Source == "tagger" && mention.Type is "ORG" or "MISC" && lexicon.IsGeneric(folded);

            // "México: Mueren tres militares": a verb or noun of violence the tagger took for a one-word name.
            var eventWord = mention.Source == "tagger" && !folded.Contains(' ', StringComparison.Ordinal) && lexicon.IsEventWord(folded);
            if (lexicon.IsNotName(folded) || generic || eventWord || (mention.Source == "tagger" && mention.Type is "ORG" or "MISC" && IsPostComplement(shape, lexicon, first)))
            {
                found.RemoveAt(k);
            }
        }
    }

    /// <summary>
    /// "secretario de Seguridad Pública": the name starting at word <paramref name="first"/> follows a
    /// post's title and a preposition (and an article), and has no institution head of its own.
    /// </summary>
    private static bool IsPostComplement(NameShape shape, InstitutionWords lexicon, int first)
    {
        var words = shape.Words;
        if (first < 2 || lexicon.IsHead(words.Folded[first]))
        {
            return false;
        }

        var at = first - 1;
        if (shape.IsFunctionWord(at) && !NameShape.GenitivePrepositions.Contains(words.Folded[at]))
        {
            at--;
        }

        return at >= 1 && NameShape.GenitivePrepositions.Contains(words.Folded[at])
            && words.IsWord(at - 1) && !shape.IsCapitalized(at - 1) && lexicon.IsRole(words.Folded[at - 1]);
    }

    /// <summary>"Fiscalía Especial" + "en" + "Delitos Electorales": a head's name and the complement the tagger cut off after one preposition.</summary>
    private static void JoinComplements(NameShape shape, InstitutionWords lexicon, List<Mention> found, int firstFound)
    {
        var words = shape.Words;
        for (var k = firstFound; k < found.Count; k++)
        {
            var head = found[k];
            var (first, last) = words.Within(head.Span);
            if (head.Kb is not null || head.Source != "tagger" || head.Type != "ORG" || first < 0 || !lexicon.IsHead(words.Folded[first])
                || last + 2 >= words.Count || !shape.IsFunctionWord(last + 1) || !shape.IsCapitalized(last + 2))
            {
                continue;
            }

            var start = words.Spans[last + 2].Start;
            var complement = found.FindIndex(firstFound, m => m.Span.Start == start && m.Kb is null && m.Source == "tagger" && m.Type is "ORG" or "MISC");
            if (complement < 0)
            {
                continue;
            }

            var joined = new Mention(new TextSpan(head.Span.Start, found[complement].Span.End), "ORG", null, [], "tagger", head.Sentence);
            found[k] = joined;
            found.RemoveAt(complement);
        }
    }

    /// <summary>"el ministerio de Defensa", "het ministerie van Justitie en Veiligheid": a lower-case head, a genitive preposition (an article) and capitalized words.</summary>
    private static void AddLowerCaseHeads(NameShape shape, int sentence, InstitutionWords lexicon, List<Mention> found, int firstFound)
    {
        var words = shape.Words;
        for (var k = 0; k + 2 < words.Count; k++)
        {
            // Most words are no lower-case word at all: the cheap tests before any lookup.
            if (!words.IsWord(k) || shape.IsCapitalized(k))
            {
                continue;
            }

            // "openbaar ministerie van", "ministerio público de": a head of two words.
            var headEnd = k + 1 < words.Count && words.IsWord(k + 1) && !shape.IsCapitalized(k + 1)
                && lexicon.IsHead(words.Folded[k], words.Folded[k + 1]) ? k + 1 : k;
            if (!words.IsWord(k) || shape.IsCapitalized(k) || (headEnd == k && !lexicon.IsHead(words.Folded[k])) || lexicon.IsRole(words.Folded[k])
                || headEnd + 1 >= words.Count || !NameShape.GenitivePrepositions.Contains(words.Folded[headEnd + 1]))
            {
                continue;
            }

            var at = headEnd + 2;
            if (at < words.Count && shape.IsFunctionWord(at) && !shape.IsCapitalized(at))
            {
                at++;
            }

            var end = CapitalizedRunEnd(shape, at);
            var headSpan = new TextSpan(words.Spans[k].Start, words.Spans[headEnd].End);
            if (end < 0 || end - k + 1 > MaxNameWords || Overlaps(found, firstFound, headSpan))
            {
                continue;
            }

            var span = new TextSpan(headSpan.Start, words.Spans[end].End);

            // A name of the knowledge base inside ("ministerio de la Defensa Nacional") already says what it is.
            if (Overlaps(found, firstFound, span, knowledgeBaseOnly: true))
            {
                continue;
            }

            // The place stays a mention of its own inside the institution's name; the tagger's guesses go.
            for (var m = found.Count - 1; m >= firstFound; m--)
            {
                if (found[m].Type != "LOC" && found[m].Span.Overlaps(span))
                {
                    found.RemoveAt(m);
                }
            }

            found.Add(new Mention(span, "ORG", null, [], "institution", sentence));
            k = end;
        }
    }

    /// <summary>The last word of capitalized words from <paramref name="at"/>, lower-case function words allowed between them; -1 when none.</summary>
    private static int CapitalizedRunEnd(NameShape shape, int at)
    {
        var end = -1;
        for (var k = at; k < shape.Words.Count; k++)
        {
            if (shape.IsCapitalized(k) && !shape.IsFunctionWord(k) && !shape.IsDemonym(k))
            {
                end = k;
            }
            else if (!(end >= 0 && shape.IsFunctionWord(k) && !shape.IsCapitalized(k)))
            {
                break;
            }
        }

        return end;
    }

    /// <summary>"justitsministeriet", "utrikesdepartementet": a ministry named in one compound word no other source took.</summary>
    private static void AddCompounds(NameShape shape, int sentence, InstitutionWords lexicon, List<Mention> found, int firstFound)
    {
        var words = shape.Words;
        for (var k = 0; k < words.Count; k++)
        {
            if (words.IsWord(k) && lexicon.IsInstitutionCompound(words.Folded[k]) && !Overlaps(found, firstFound, words.Spans[k]))
            {
                var owner = shape.GenitiveS ? Owner(shape, k) : k;
                var span = new TextSpan(words.Spans[owner].Start, words.Spans[k].End);
                for (var m = found.Count - 1; m >= firstFound && owner < k; m--)
                {
                    if (found[m].Kb is null && found[m].Type != "LOC" && found[m].Span.Overlaps(span))
                    {
                        found.RemoveAt(m);
                    }
                }

                found.Add(new Mention(span, "ORG", null, [], "institution", sentence));
            }
        }
    }

    /// <summary>
    /// "Mexikos forsvarsministerium", "USA:s utrikesdepartement": the country whose ministry it is,
    /// written in the genitive right before the compound, belongs to its name. The word itself when none.
    /// </summary>
    private static int Owner(NameShape shape, int k)
    {
        var words = shape.Words;
        var text = shape.Text;
        if (k >= 1 && shape.IsCapitalized(k - 1) && !shape.IsFunctionWord(k - 1) && words.Folded[k - 1].Length > 2 && words.Folded[k - 1][^1] == 's')
        {
            return k - 1;
        }

        // "USA:s": an acronym, a colon and the genitive s, written as one word.
        if (k >= 3 && words.Folded[k - 1] == "s" && !words.IsWord(k - 2) && text[words.Spans[k - 2].Start] == ':'
            && words.Spans[k - 2].Start == words.Spans[k - 3].End && shape.IsCapitalized(k - 3))
        {
            return k - 3;
        }

        return k;
    }

    // A loop, not a lambda: a lambda over a variable of the word loop would allocate its capture for every word.
    private static bool Overlaps(List<Mention> found, int firstFound, TextSpan span, bool knowledgeBaseOnly = false)
    {
        for (var k = firstFound; k < found.Count; k++)
        {
            if ((!knowledgeBaseOnly || found[k].Kb is not null) && found[k].Span.Overlaps(span))
            {
                return true;
            }
        }

        return false;
    }
}
