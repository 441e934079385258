using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Cleaning;

/// <summary>One line of the original text: <see cref="Content"/> excludes surrounding white space.</summary>
internal readonly record struct TextLine(int Index, TextSpan Content)
{
    public bool IsBlank => Content.IsEmpty;

    /// <summary>Splits on \n, \r\n and \r, keeping offsets into the original text.</summary>
    public static List<TextLine> Split(string text)
    {
        var lines = new List<TextLine>();
        var start = 0;
        for (var i = 0; i <= text.Length; i++)
        {
            if (i < text.Length && text[i] != '\n' && text[i] != '\r')
            {
                continue;
            }

            lines.Add(new TextLine(lines.Count, Trim(text, start, i)));
            if (i < text.Length - 1 && text[i] == '\r' && text[i + 1] == '\n')
            {
                i++;
            }

            start = i + 1;
        }

        return lines;
    }

    private static TextSpan Trim(string text, int start, int end)
    {
        while (start < end && IsSpace(text[start]))
        {
            start++;
        }

        while (end > start && IsSpace(text[end - 1]))
        {
            end--;
        }

        return new TextSpan(start, end);
    }

    // Zero-width and byte-order marks count as space: scrapers leave them at line starts.
    private static bool IsSpace(char c) => char.IsWhiteSpace(c) || c is '\u200B' or '\uFEFF' or '\u00AD';
}
