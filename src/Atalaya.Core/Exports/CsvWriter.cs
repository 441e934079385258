using System.Text.RegularExpressions;

namespace Atalaya.Core.Exports;

/// <summary>
/// Writes RFC 4180 rows: fields with a comma, a quote or a line break are quoted, inner quotes
/// doubled, rows end with CRLF. Text that a spreadsheet would run as a formula is defused first.
/// </summary>
internal sealed partial class CsvWriter(TextWriter writer)
{
    public void WriteRow(IReadOnlyList<string> fields)
    {
        for (var i = 0; i < fields.Count; i++)
        {
            if (i > 0)
            {
                writer.Write(',');
            }

            writer.Write(Quote(Defuse(fields[i])));
        }

        writer.Write("\r\n");
    }

    /// <summary>
    /// CSV injection: a spreadsheet reads a cell starting with =, +, - or @ (or a tab or carriage
    /// return, OWASP) as a formula, and these fields carry text from articles. A leading single quote
    /// makes the cell plain text. Plain numbers ("-99.1332", a negative longitude) are no formula and
    /// stay numbers.
    /// </summary>
    internal static string Defuse(string field)
        => field.Length > 0 && field[0] is '=' or '+' or '-' or '@' or '\t' or '\r' && !PlainNumber().IsMatch(field)
            ? "'" + field
            : field;

    internal static string Quote(string field)
        => field.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + field.Replace("\"", "\"\"", StringComparison.Ordinal) + "\"" : field;

    [GeneratedRegex(@"^-?[0-9]+(\.[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex PlainNumber();
}
