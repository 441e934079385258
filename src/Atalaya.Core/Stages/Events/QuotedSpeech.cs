namespace Atalaya.Core.Stages.Events;

/// <summary>
/// Words between quotation marks are somebody's words: threats ("your town is next"),
/// accusations and memories, not the reporter's account of an incident. Trigger words inside a
/// quotation are dropped; the reporter's own sentence around it still counts.
/// </summary>
internal static class QuotedSpeech
{
    public static void DropQuotedTriggers(string text, SentenceView sentence)
    {
        // "– Ingen er trygge her": a dash opening a sentence opens speech in Nordic and Spanish news.
        if (sentence.Tokens.Count > 0 && sentence.Tokens[0].Span.Length == 1 && text[sentence.Tokens[0].Span.Start] is '–' or '—')
        {
            sentence.Triggers.Clear();
            return;
        }

        var depth = 0;
        var inside = new bool[sentence.Tokens.Count];
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            var token = sentence.Tokens[i];
            if (token.Span.Length == 1)
            {
                var c = text[token.Span.Start];
                if (c is '“' or '«' or '„')
                {
                    depth++;
                    continue;
                }

                if (c is '”' or '»' && depth > 0)
                {
                    depth--;
                    continue;
                }

                if (c == '"')
                {
                    depth = depth > 0 ? depth - 1 : 1;
                    continue;
                }
            }

            inside[i] = depth > 0;
        }

        // A quotation never closed in this sentence may be a stray mark: only closed quotations count.
        if (depth > 0)
        {
            return;
        }

        sentence.Triggers.RemoveAll(t => inside[t.Start]);
    }
}
