using System.Text;

namespace Atalaya.Cli.Running;

/// <summary>
/// Article text made safe for a terminal: control characters (escape sequences included), line breaks
/// and bidirectional overrides become spaces, runs of spaces one, long text is cut with an ellipsis.
/// </summary>
internal static class SafeText
{
    public static string Of(string? text, int maxLength = 100)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var clean = new StringBuilder(Math.Min(text.Length, maxLength + 1));
        var space = false;
        foreach (var c in text)
        {
            var blank = char.IsControl(c) || char.IsWhiteSpace(c) || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F';
            if (blank)
            {
                space = clean.Length > 0;
                continue;
            }

            if (space)
            {
                clean.Append(' ');
                space = false;
            }

            clean.Append(c);
            if (clean.Length > maxLength)
            {
                return clean.ToString(0, maxLength - 1) + "…";
            }
        }

        return clean.ToString();
    }
}
