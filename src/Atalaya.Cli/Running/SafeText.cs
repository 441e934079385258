using System.Globalization;
using System.Text;

namespace Atalaya.Cli.Running;

/// <summary>
/// Text made safe for a terminal. <see cref="Of"/> for article text: control characters (escape
/// sequences included), line breaks and bidirectional overrides become spaces, runs of spaces one,
/// long text is cut with an ellipsis. <see cref="Visible"/> for names (files, record ids) in error
/// and summary lines: every such character is kept but written as an escape (\x1b, \n, \u202e),
/// so the name can still be recognized and nothing reaches the terminal as a command.
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

    public static string Visible(string? text)
    {
        if (string.IsNullOrEmpty(text))
        {
            return "";
        }

        var visible = new StringBuilder(text.Length + 16);
        for (var i = 0; i < text.Length; i++)
        {
            var c = text[i];
            if (char.IsHighSurrogate(c) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1]))
            {
                visible.Append(c).Append(text[++i]);
                continue;
            }

            visible.Append(c switch
            {
                '\n' => "\\n",
                '\r' => "\\r",
                '\t' => "\\t",
                _ when !NeedsEscape(c) => c.ToString(),
                _ when c <= '\u00FF' => string.Create(CultureInfo.InvariantCulture, $"\\x{(int)c:x2}"),
                _ => string.Create(CultureInfo.InvariantCulture, $"\\u{(int)c:x4}"),
            });
        }

        return visible.ToString();
    }

    /// <summary>Controls (C0, DEL, C1), bidirectional marks, embeddings, overrides and isolates, line and paragraph separators, surrogates not in a pair.</summary>
    private static bool NeedsEscape(char c) =>
        char.IsControl(c) || char.IsSurrogate(c)
        || c is (>= '\u202A' and <= '\u202E') or (>= '\u2066' and <= '\u2069') or '\u200E' or '\u200F' or '\u061C' or '\u2028' or '\u2029';
}
