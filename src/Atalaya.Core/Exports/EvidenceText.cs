using System.Text;

namespace Atalaya.Core.Exports;

/// <summary>An event's evidence sentence as a one-line note: white space collapsed, length capped.</summary>
internal static class EvidenceText
{
    /// <summary>Spreadsheet cells and GIS attribute tables show short notes best; ACLED's notes are a few sentences.</summary>
    public const int MaxLength = 500;

    public static string Note(string text, int maxLength = MaxLength)
    {
        var collapsed = Collapse(text);
        if (collapsed.Length <= maxLength)
        {
            return collapsed;
        }

        // Cut before the limit with an ellipsis, never between the halves of a surrogate pair.
        var cut = maxLength - 1;
        if (char.IsHighSurrogate(collapsed[cut - 1]))
        {
            cut--;
        }

        return collapsed[..cut].TrimEnd() + "…";
    }

    private static string Collapse(string text)
    {
        var builder = new StringBuilder(text.Length);
        var pendingSpace = false;
        foreach (var c in text)
        {
            if (char.IsWhiteSpace(c))
            {
                pendingSpace = builder.Length > 0;
                continue;
            }

            if (pendingSpace)
            {
                builder.Append(' ');
                pendingSpace = false;
            }

            builder.Append(c);
        }

        return builder.ToString();
    }
}
