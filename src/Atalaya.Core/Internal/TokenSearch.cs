using Atalaya.Core.Documents;

namespace Atalaya.Core.Internal;

/// <summary>Finds tokens by text offset in a run of tokens sorted by position.</summary>
internal static class TokenSearch
{
    /// <summary>The index of the token that contains text offset <paramref name="offset"/>, or the next one.</summary>
    public static int TokenAt(ArraySegment<Token> tokens, int offset)
    {
        var (low, high) = (0, tokens.Count);
        while (low < high)
        {
            var middle = (low + high) / 2;
            if (tokens[middle].Span.End > offset)
            {
                high = middle;
            }
            else
            {
                low = middle + 1;
            }
        }

        return low;
    }
}
