namespace Atalaya.Core.Contract;

/// <summary>
/// The document object for output without texts (extract --no-text): what it holds grows with what
/// was found, not with the length of the text. Boilerplate is the one finding that follows the text
/// line by line (a page of 50,000 furniture lines is 50,000 spans), so consecutive furniture spans
/// with only white space between become one region, and their text, a copy of the document's, is left empty.
/// </summary>
public static class TextlessOutput
{
    public static void JoinBoilerplate(ContractDocument document, string text)
    {
        var regions = new List<ContractSpan>();
        foreach (var span in document.Boilerplate)
        {
            var last = regions.Count > 0 ? regions[^1] : null;
            if (last is not null && (span.Start <= last.End || text.AsSpan(last.End, span.Start - last.End).IsWhiteSpace()))
            {
                last.End = Math.Max(last.End, span.End);
            }
            else
            {
                regions.Add(new ContractSpan { Start = span.Start, End = span.End, Text = "" });
            }
        }

        document.Boilerplate = regions;
    }
}
