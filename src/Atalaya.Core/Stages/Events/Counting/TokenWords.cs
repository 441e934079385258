using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>Folding the text of one token on the stack, for look-ups that must not allocate.</summary>
internal static class TokenWords
{
    /// <summary>Longer words are never number or date words; skipping them keeps the fold buffer on the stack.</summary>
    public const int MaxLength = 40;

    /// <summary>
    /// Folds a word token into <paramref name="buffer"/> (at least <see cref="MaxLength"/> long) and
    /// returns the folded text, or an empty span when the token is no word or too long.
    /// </summary>
    public static ReadOnlySpan<char> Fold(string text, Token token, Span<char> buffer)
    {
        if (token.Kind != TokenKind.Word || token.Span.Length > MaxLength)
        {
            return [];
        }

        return buffer[..TextFolding.FoldInto(token.Span.AsSpan(text), buffer)];
    }

    /// <summary>
    /// <see cref="Fold"/>, taking <paramref name="known"/> (the token's word as the document folded
    /// it once for every stage, see <c>TokenList.Words</c>) instead of folding again when there is one.
    /// </summary>
    public static ReadOnlySpan<char> Fold(string text, Token token, string? known, Span<char> buffer)
        => known is null || token.Kind != TokenKind.Word || token.Span.Length > MaxLength ? Fold(text, token, buffer) : known;

    /// <summary>The first word of a folded token ("twenty" of "twenty one", from "twenty-one").</summary>
    public static ReadOnlySpan<char> FirstWord(ReadOnlySpan<char> folded)
    {
        var space = folded.IndexOf(' ');
        return space < 0 ? folded : folded[..space];
    }

    /// <summary>The last word of a folded token ("agosto" of "d agosto", from "d'agosto").</summary>
    public static ReadOnlySpan<char> LastWord(ReadOnlySpan<char> folded)
    {
        var space = folded.LastIndexOf(' ');
        return space < 0 ? folded : folded[(space + 1)..];
    }

    /// <summary>Whether only spacing separates two tokens (no space at all counts as adjacent, see <see cref="Adjacent"/>).</summary>
    public static bool OneSpaceApart(string text, Token left, Token right)
        => right.Span.Start == left.Span.End + 1 && text[left.Span.End] is ' ' or '\u00A0' or '\u202F' or '\u2009';

    /// <summary>Whether two tokens touch, written without a space ("2nd", "AK-47", "$5").</summary>
    public static bool Adjacent(Token left, Token right) => left.Span.End == right.Span.Start;

    public static bool IsChar(string text, Token token, char c) => token.Span.Length == 1 && text[token.Span.Start] == c;

    public static bool IsCurrency(string text, Token token)
        => token.Kind == TokenKind.Symbol && char.GetUnicodeCategory(text, token.Span.Start) == System.Globalization.UnicodeCategory.CurrencySymbol;
}
