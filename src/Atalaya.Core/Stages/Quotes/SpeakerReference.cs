using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events;

namespace Atalaya.Core.Stages.Quotes;

/// <summary>A quote's words and what its attribution says: a named speaker, or that it refers back to one, and whether it has a speech verb at all.</summary>
internal readonly record struct Attribution(TextSpan Words, DocumentEntity? Speaker, bool RefersBack, bool HasVerb);

/// <summary>
/// How a quote whose attribution names nobody finds its speaker: a pronoun or a bare speech verb
/// refers back to the person named last, and an unattributed quote that goes on in the same
/// paragraph keeps the speaker of the one before.
/// </summary>
internal static class SpeakerReference
{
    /// <summary>
    /// How many sentences before a quote's own a pronoun may reach back for its person: news copy names
    /// a speaker and goes on with "he added" a paragraph or two later, rarely more.
    /// </summary>
    private const int ReferenceReachSentences = 3;

    /// <summary>How many tokens on either side of a speech verb its subject pronoun may stand ("a-t-il déclaré", "he then said").</summary>
    private const int PronounReach = 2;

    /// <summary>How many characters may stand between a quote and the unattributed quote that goes on with it (an attribution like ", the mayor of the town told reporters.").</summary>
    private const int ContinuationGap = 80;

    /// <summary>Whether a subject pronoun stands beside the speech verb, or inside it ("legger han til").</summary>
    public static bool HasPronounBeside(string[] folded, WordMatch verb, SpeakerReferenceWords reference)
    {
        if (reference.Pronouns.Count == 0)
        {
            return false;
        }

        for (var i = Math.Max(0, verb.Start - PronounReach); i < Math.Min(folded.Length, verb.End + PronounReach); i++)
        {
            foreach (var part in folded[i].Split(' ', StringSplitOptions.RemoveEmptyEntries))
            {
                if (reference.Pronouns.Contains(part))
                {
                    return true;
                }
            }
        }

        return false;
    }

    /// <summary>"«…», añadió." or "«…», dijo a la prensa.": the verb is the attribution's first word and no article follows it.</summary>
    public static bool IsBareVerb(Token[] tokens, string[] folded, int start, WordMatch verb, SpeakerReferenceWords reference)
    {
        for (var i = 0; i < verb.Start; i++)
        {
            if (tokens[start + i].Kind == TokenKind.Word)
            {
                return false;
            }
        }

        for (var i = verb.End; i < folded.Length; i++)
        {
            if (tokens[start + i].Kind == TokenKind.Word)
            {
                return !reference.Articles.Contains(folded[i]);
            }
        }

        return true;
    }

    /// <summary>
    /// The person named last before <paramref name="quoteStart"/>, outside every quote's words, no more than
    /// <see cref="ReferenceReachSentences"/> sentences back; null when there is none.
    /// </summary>
    public static DocumentEntity? PersonNamedLast(int quoteStart, EntityMention[] mentions, List<Attribution> quotes, IReadOnlyList<TextSpan> sentences)
    {
        var sentence = 0;
        while (sentence + 1 < sentences.Count && sentences[sentence + 1].Start <= quoteStart)
        {
            sentence++;
        }

        var reach = sentences[Math.Max(0, sentence - ReferenceReachSentences)].Start;
        for (var i = mentions.Length - 1; i >= 0; i--)
        {
            var mention = mentions[i];
            if (mention.Span.End > quoteStart)
            {
                continue;
            }

            if (mention.Span.Start < reach)
            {
                return null;
            }

            if (mention.Entity.Type == "PER" && !quotes.Exists(q => q.Words.Start <= mention.Span.Start && mention.Span.End <= q.Words.End))
            {
                return mention.Entity;
            }
        }

        return null;
    }

    /// <summary>
    /// Whether <paramref name="next"/> goes on with the speech of <paramref name="previous"/>: "“…,” X said.
    /// “…”" — the next quotation opens in the same paragraph, with at most a short attribution between.
    /// </summary>
    public static bool GoesOn(string text, QuotedSpan previous, QuotedSpan next)
    {
        var gap = next.Outer.Start - previous.Outer.End;
        return !next.Dash && gap is >= 0 and <= ContinuationGap && text.AsSpan(previous.Outer.End, gap).IndexOf('\n') < 0;
    }
}
