using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Nicknames in quotes, the way the press of every language writes Mexican criminals' aliases:
/// 'El Flaco', «La Tuta», "El 14", “Los Dos Carnales”: a quote, a Spanish article written with a
/// capital, one to three capitalized words or a number, a closing quote. A person, whatever the
/// tagger thinks of the words. Quoted capitals between a given name and a surname are a nickname
/// too, article or not, and the whole is one person's name.
/// </summary>
internal static class NicknameMentions
{
    private const int MaxWords = 3;

    private static readonly HashSet<string> Articles = new(StringComparer.Ordinal) { "el", "la", "los", "las" };

    public static void Find(NameShape shape, int sentence, bool[] taken, List<Mention> found)
    {
        var text = shape.Text;
        var words = shape.Words;
        for (var i = 0; i + 1 < words.Count; i++)
        {
            var start = words.Spans[i].Start;
            if (taken[i] || !shape.IsCapitalized(i) || !QuoteBefore(text, start))
            {
                continue;
            }

            // "Rogelio “El Tejón” Quintanar": without an article, quoted capitals are a
            // nickname only inside a name, between a given name and a surname.
            var withArticle = Articles.Contains(words.Folded[i]);
            for (var last = withArticle ? i + 1 : i; last < words.Count && last <= i + MaxWords && !taken[last] && IsNicknameWord(shape, last); last++)
            {
                var end = words.Spans[last].End;
                // German capitalizes every noun: "Kartell „Nordlicht“ Chef" is no name around a nickname.
                var insideName = (withArticle || !shape.CapitalizesNouns) && NameWordAt(shape, i - 1, taken) && NameWordAt(shape, last + 1, taken);
                if (QuoteAfter(text, end) && (withArticle || insideName))
                {
                    // "Pedro ‘El Tigre’ Salcedo": a nickname between given name and surname is inside the name.
                    var (from, to) = (i, last);
                    if (insideName)
                    {
                        (from, to) = (i - 1, last + 1);
                        while (to + 1 < words.Count && NameWordAt(shape, to + 1, taken) && to - last < MaxWords)
                        {
                            to++;
                        }
                    }

                    found.Add(new Mention(new TextSpan(words.Spans[from].Start, words.Spans[to].End), "PER", null, [], "nickname", sentence));
                    Array.Fill(taken, true, from, to - from + 1);
                    i = to;
                    break;
                }
            }
        }
    }

    private static bool NameWordAt(NameShape shape, int k, bool[] taken)
        => k >= 0 && k < shape.Words.Count && !taken[k] && shape.IsCapitalized(k) && !shape.IsFunctionWord(k);

    private static bool IsNicknameWord(NameShape shape, int k)
        => shape.IsCapitalized(k) || (shape.Words.IsWord(k) && char.IsDigit(shape.Text[shape.Words.Spans[k].Start]));

    // French writes « El 14 », with a space inside the guillemets.
    private static bool QuoteBefore(string text, int start)
        => (start >= 1 && WordSequence.IsQuote(text[start - 1])) || (start >= 2 && IsSpace(text[start - 1]) && WordSequence.IsQuote(text[start - 2]));

    private static bool QuoteAfter(string text, int end)
        => (end < text.Length && WordSequence.IsQuote(text[end])) || (end + 1 < text.Length && IsSpace(text[end]) && WordSequence.IsQuote(text[end + 1]));

    private static bool IsSpace(char c) => c is ' ' or '\u00a0' or '\u202f';
}
