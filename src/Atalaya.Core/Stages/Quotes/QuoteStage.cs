using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events;

namespace Atalaya.Core.Stages.Quotes;

/// <summary>
/// Reads direct quotes and their speakers: `"…", said X`, `X said: "…"`, `«…», afirmó X`,
/// `– …, sier X`, `„…", sagte X`. The speaker is the person or organization the attribution names
/// nearest to its speech verb (speech_verbs.tsv). An attribution that names nobody but refers back
/// ("…," he added; – …, sier han; «…», añadió.) gets the person named last before the quote, within
/// a few sentences (speaker_reference.tsv); any other quote keeps no speaker. Documents without any
/// quotation mark or dash are passed over at the cost of one search.
/// </summary>
public sealed class QuoteStage : IStage
{
    /// <summary>How many tokens after a quotation or before it an attribution may take.</summary>
    private const int AttributionReach = 12;

    public string Name => "quotes";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText, Annotations.Language, Annotations.Sentences, Annotations.Tokens, Annotations.Entities];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Quotes];

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var text = document.Text;
        if (resources.QuoteLexicon.For(document.Get(Annotations.Language).Code) is not { } words || !QuotedSpans.MayHoldSpeech(text))
        {
            document.Set(Annotations.Quotes, DocumentQuotes.None);
            return;
        }

        var sentences = document.Get(Annotations.Sentences).Spans;
        var spans = QuotedSpans.Find(text, sentences);
        if (spans.Count == 0)
        {
            document.Set(Annotations.Quotes, DocumentQuotes.None);
            return;
        }

        var tokens = document.Get(Annotations.Tokens).All;
        var mentions = document.Get(Annotations.Entities).Entities
            .Where(e => e.Type is "PER" or "ORG")
            .SelectMany(e => e.Mentions.Select(m => new EntityMention(m, e)))
            .OrderBy(m => m.Span.Start)
            .ToArray();
        var attributions = spans.ConvertAll(span => Attribute(text, span, tokens, mentions, words));
        var quotes = new List<DocumentQuote>(spans.Count);
        for (var i = 0; i < spans.Count; i++)
        {
            var attribution = attributions[i];
            var speaker = attribution.Speaker
                ?? (attribution.RefersBack ? SpeakerReference.PersonNamedLast(spans[i].Outer.Start, mentions, attributions, sentences) : null)
                ?? (!attribution.HasVerb && i > 0 && SpeakerReference.GoesOn(text, spans[i - 1], spans[i]) ? quotes[i - 1].Speaker : null);
            quotes.Add(new DocumentQuote(attribution.Words, speaker));
        }

        document.Set(Annotations.Quotes, new DocumentQuotes(quotes));
    }

    private static Attribution Attribute(string text, QuotedSpan quote, Token[] tokens, EntityMention[] mentions, SpeechWords words)
    {
        if (quote.Dash)
        {
            return DashAttribution(text, quote, tokens, mentions, words);
        }

        // "«…», afirmó X": the attribution after the quotation comes first; "X dijo: «…»" before it.
        var after = TokenAtOrAfter(tokens, quote.Outer.End);
        var afterEnd = SentenceEnd(text, tokens, after, Math.Min(tokens.Length, after + AttributionReach));
        var following = Speaker(text, tokens, after, afterEnd, mentions, words, bareVerbRefersBack: true);
        if (following is { } found && (found.Speaker is not null || found.RefersBack))
        {
            return new Attribution(quote.Words, found.Speaker, found.RefersBack, true);
        }

        var before = TokenAtOrAfter(tokens, quote.Outer.Start);
        var beforeStart = SentenceStart(text, tokens, before, Math.Max(0, before - AttributionReach));
        var preceding = Speaker(text, tokens, beforeStart, before, mentions, words, bareVerbRefersBack: false);
        return new Attribution(quote.Words, preceding?.Speaker, preceding?.RefersBack ?? false, following is not null || preceding is not null);
    }

    /// <summary>"– Ingen er trygge her, sier politimester Ola Nordmann.": the speech ends at the comma before the verb.</summary>
    private static Attribution DashAttribution(string text, QuotedSpan quote, Token[] tokens, EntityMention[] mentions, SpeechWords words)
    {
        var first = TokenAtOrAfter(tokens, quote.Words.Start);
        var last = TokenAtOrAfter(tokens, quote.Words.End);
        for (var comma = last - 1; comma > first; comma--)
        {
            if (!IsChar(text, tokens[comma], ','))
            {
                continue;
            }

            var end = SentenceEnd(text, tokens, comma + 1, Math.Min(last, comma + 1 + AttributionReach));
            if (Speaker(text, tokens, comma + 1, end, mentions, words, bareVerbRefersBack: true) is { } found && found.VerbToken == comma + 1)
            {
                return new Attribution(new TextSpan(quote.Words.Start, tokens[comma].Span.Start), found.Speaker, found.RefersBack, true);
            }
        }

        return new Attribution(quote.Words, null, false, false);
    }

    /// <summary>
    /// The speech verb in tokens [start, end) and the person or organization named nearest to it; when
    /// none is named, whether the verb refers back: a subject pronoun beside it, or (in a language that
    /// drops subjects, for an attribution after the quote) the verb opening the attribution with no
    /// article after it to bring its own subject.
    /// </summary>
    private static (DocumentEntity? Speaker, int VerbToken, bool RefersBack)? Speaker(
        string text, Token[] tokens, int start, int end, EntityMention[] mentions, SpeechWords words, bool bareVerbRefersBack)
    {
        if (start >= end)
        {
            return null;
        }

        var folded = new string[end - start];
        for (var i = 0; i < folded.Length; i++)
        {
            var token = tokens[start + i];
            folded[i] = token.Kind == TokenKind.Word ? Internal.TextFolding.FoldWord(token.Span.AsSpan(text)) : token.Span.Slice(text);
        }

        var (parts, tokenOf) = LexiconWords.Split(folded);
        var found = new List<WordMatch>(1);
        LexiconWords.Find(words.Verbs, parts, tokenOf, found);
        if (found.Count == 0)
        {
            return null;
        }

        var verb = start + found[0].Start;
        var window = new TextSpan(tokens[start].Span.Start, tokens[end - 1].Span.End);
        DocumentEntity? best = null;
        var bestDistance = int.MaxValue;
        foreach (var mention in mentions)
        {
            if (mention.Span.Start < window.Start || mention.Span.End > window.End)
            {
                continue;
            }

            var distance = Math.Abs(TokenAtOrAfter(tokens, mention.Span.Start) - verb);
            if (distance < bestDistance)
            {
                (best, bestDistance) = (mention.Entity, distance);
            }
        }

        var refersBack = best is null
            && (SpeakerReference.HasPronounBeside(folded, found[0], words.Reference)
                || (bareVerbRefersBack && words.Reference.NullSubject && SpeakerReference.IsBareVerb(tokens, folded, start, found[0], words.Reference)));
        return (best, verb, refersBack);
    }

    /// <summary>The token after <paramref name="from"/> that ends a sentence (".", "!", "?"), or <paramref name="limit"/>.</summary>
    private static int SentenceEnd(string text, Token[] tokens, int from, int limit)
    {
        for (var i = from; i < limit; i++)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Span.Start] is '.' or '!' or '?' or '\n')
            {
                return i;
            }
        }

        return limit;
    }

    private static int SentenceStart(string text, Token[] tokens, int before, int limit)
    {
        for (var i = before - 1; i >= limit; i--)
        {
            if (tokens[i].Kind == TokenKind.Punctuation && text[tokens[i].Span.Start] is '.' or '!' or '?')
            {
                return i + 1;
            }
        }

        return limit;
    }

    private static bool IsChar(string text, Token token, char c) => token.Span.Length == 1 && text[token.Span.Start] == c;

    private static int TokenAtOrAfter(Token[] tokens, int offset)
    {
        var (low, high) = (0, tokens.Length);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.Start < offset)
            {
                low = middle + 1;
            }
            else
            {
                high = middle;
            }
        }

        return low;
    }
}
