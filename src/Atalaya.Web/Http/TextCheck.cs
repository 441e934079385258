using System.Globalization;

namespace Atalaya.Web.Http;

/// <summary>
/// Text a request may carry: no NUL or other control character (tab and line breaks aside) and no half of a
/// surrogate pair. SQLite's full-text index and the pages cannot use either, so they are refused with the reason
/// instead of failing deeper down.
/// </summary>
internal static class TextCheck
{
    /// <summary>Why the text cannot be used, or null when it can.</summary>
    public static string? Problem(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                i++;
                continue;
            }

            if (char.IsSurrogate(c))
            {
                return $"holds half of a surrogate pair (U+{(int)c:X4}) at character {i}: not valid Unicode text";
            }

            if (c == '\0')
            {
                return $"holds a NUL character (U+0000) at character {i}";
            }

            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r'))
            {
                return string.Create(CultureInfo.InvariantCulture, $"holds a control character (U+{(int)c:X4}) at character {i}");
            }
        }

        return null;
    }
}
