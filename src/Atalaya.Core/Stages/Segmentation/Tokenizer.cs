using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Segmentation;

/// <summary>
/// Words (letters with inner apostrophes and hyphens: "d'Italia", "pick-up"), numbers (with inner
/// separators: "1.500", "2,5"), and single punctuation or symbol characters.
/// </summary>
internal static class Tokenizer
{
    public static void Tokenize(string text, TextSpan sentence, int sentenceIndex, List<Token> tokens)
    {
        var i = sentence.Start;
        while (i < sentence.End)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
                continue;
            }

            var start = i;
            TokenKind kind;
            if (char.IsLetter(c))
            {
                kind = TokenKind.Word;
                i++;
                while (i < sentence.End && (char.IsLetterOrDigit(text[i]) || char.GetUnicodeCategory(text[i]) == System.Globalization.UnicodeCategory.NonSpacingMark
                    || (text[i] is '\'' or '’' or '-' && i + 1 < sentence.End && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }
            }
            else if (char.IsDigit(c))
            {
                kind = TokenKind.Number;
                i++;
                while (i < sentence.End && (char.IsDigit(text[i]) || (text[i] is '.' or ',' && i + 1 < sentence.End && char.IsDigit(text[i + 1]))))
                {
                    i++;
                }
            }
            else
            {
                kind = char.IsPunctuation(c) ? TokenKind.Punctuation : TokenKind.Symbol;
                i += char.IsHighSurrogate(c) && i + 1 < sentence.End ? 2 : 1;
            }

            tokens.Add(new Token(new TextSpan(start, i), kind, sentenceIndex));
        }
    }
}
