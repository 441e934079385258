using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>A count written in a sentence: its value, whether it is a vague quantity, and the tokens it covers.</summary>
/// <param name="Start">Index of its first token in the sentence's tokens.</param>
/// <param name="End">Index after its last token.</param>
internal readonly record struct Quantity(int Value, bool Vague, int Start, int End);

/// <summary>
/// Reads counts: digits ("12", "1.200", "1,200"), number words and their compounds ("siete",
/// "treinta y dos", "twenty-one", "dos mil") and vague quantities with ACLED's conservative reading
/// ("dozens" 12, "decenas" 10, "hundreds" 100), from data/lang/&lt;code&gt;/numbers.tsv.
/// </summary>
internal sealed class QuantityReader
{
    private readonly List<Quantity> empty = [];
    private readonly Dictionary<string, CountingWords> languages;

    private QuantityReader(Dictionary<string, CountingWords> languages) => this.languages = languages;

    public static QuantityReader Build(IReadOnlyDictionary<string, LanguagePack> languages)
        => new(languages.ToDictionary(pair => pair.Key, pair => CountingWords.Build(pair.Value), StringComparer.Ordinal));

    /// <summary>
    /// Every count in the tokens of one sentence, in text order. <paramref name="folded"/>, when
    /// given, holds the tokens' words as the document folded them.
    /// </summary>
    public IReadOnlyList<Quantity> Find(string text, ReadOnlySpan<Token> tokens, string language, IReadOnlyList<string>? folded = null)
    {
        var words = languages.GetValueOrDefault(language) ?? CountingWords.Empty;
        List<Quantity>? found = null;
        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        var i = 0;
        while (i < tokens.Length)
        {
            var token = tokens[i];
            CountRead read;
            if (token.Kind == TokenKind.Number)
            {
                read = DigitCounts.Read(text, tokens, i, words);
            }
            else if (token.Kind == TokenKind.Word && words.Numbers.CanStart(TokenWords.FirstWord(TokenWords.Fold(text, token, folded?[i], buffer))))
            {
                read = WordCounts.Read(text, tokens, i, words);
            }
            else
            {
                i++;
                continue;
            }

            if (read.Quantity is { } quantity)
            {
                (found ??= []).Add(quantity);
            }

            i = Math.Max(read.Next, i + 1);
        }

        return found ?? empty;
    }
}
