using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Claims;

/// <summary>A template cue met at a number: which cue, the number, and the tokens both cover.</summary>
internal readonly record struct TemplateMatch(CueTemplate Template, NumberSlot Number, int Start, int End)
{
    public string Cue => Template.Cue;

    /// <summary>"&lt;n&gt; años," alone: the number stands in apposition after a name ("Juan Pérez, 45 años,"), or it is no age.</summary>
    public bool IsApposition => Template.Before.Length == 0 && Template.After is [.., ","];
}

/// <summary>
/// Matches the template cues of claim_cues.tsv ("de &lt;n&gt; años", "&lt;n&gt; members") at each
/// number of a sentence. Between the number and the words after it a hyphen ("54-year-old") and
/// nationality words ("20 Mexican states", "vijftig Amerikaanse staten") may stand.
/// </summary>
internal static class CueTemplates
{
    private const int MaxSkipped = 2;

    public static List<TemplateMatch> Match(ClaimSentence sentence, ClaimWordsOfLanguage words, IReadOnlyDictionary<string, DemonymPlace> demonyms)
    {
        var found = new List<TemplateMatch>();
        foreach (var number in sentence.Numbers)
        {
            foreach (var template in words.Templates)
            {
                if (!Before(sentence, number.Start, template.Before))
                {
                    continue;
                }

                var after = AfterStart(sentence, number.End, template.After, demonyms);
                if (after >= 0)
                {
                    found.Add(new TemplateMatch(template, number, number.Start - template.Before.Length, after + template.After.Length));
                    break;
                }
            }
        }

        return found;
    }

    /// <summary>Nationality words between a count and its noun, with the country they name ("Amerikaanse" → US).</summary>
    public static IEnumerable<string> CountriesBetween(ClaimSentence sentence, TemplateMatch match, IReadOnlyDictionary<string, DemonymPlace> demonyms)
    {
        for (var i = match.Number.End; i < match.End; i++)
        {
            if (demonyms.TryGetValue(sentence.Words[i], out var place))
            {
                yield return place.Country;
            }
        }
    }

    private static bool Before(ClaimSentence sentence, int start, string[] before)
    {
        if (start < before.Length)
        {
            return false;
        }

        for (var k = 0; k < before.Length; k++)
        {
            if (!string.Equals(sentence.Words[start - before.Length + k], before[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>Where the words after the number begin, past hyphens and nationality words; -1 when they do not follow.</summary>
    private static int AfterStart(ClaimSentence sentence, int end, string[] after, IReadOnlyDictionary<string, DemonymPlace> demonyms)
    {
        var skipped = 0;
        var at = end;
        while (true)
        {
            if (Follows(sentence, at, after))
            {
                return at;
            }

            if (at >= sentence.Words.Length || skipped == MaxSkipped || !(sentence.Words[at] is "-" || demonyms.ContainsKey(sentence.Words[at])))
            {
                return -1;
            }

            at++;
            skipped++;
        }
    }

    private static bool Follows(ClaimSentence sentence, int at, string[] after)
    {
        if (at + after.Length > sentence.Words.Length)
        {
            return false;
        }

        for (var k = 0; k < after.Length; k++)
        {
            if (!string.Equals(sentence.Words[at + k], after[k], StringComparison.Ordinal))
            {
                return false;
            }
        }

        return true;
    }
}
