using System.Text;

namespace Atalaya.Core.Tests.Support;

/// <summary>
/// A strict RFC 4180 reader for checking CSV output: records end with CRLF, a field is either
/// plain (no quote, comma, CR or LF inside) or quoted with inner quotes doubled. Anything else
/// throws, so a test that parses output also proves it well-formed.
/// </summary>
internal static class Rfc4180Reader
{
    public static List<string[]> Read(string text)
    {
        var records = new List<string[]>();
        var fields = new List<string>();
        var field = new StringBuilder();
        var i = 0;
        while (i < text.Length)
        {
            if (text[i] == '"')
            {
                i = ReadQuoted(text, i + 1, field);
            }
            else
            {
                while (i < text.Length && text[i] is not (',' or '\r' or '\n'))
                {
                    if (text[i] == '"')
                    {
                        throw new FormatException($"quote inside an unquoted field at {i}");
                    }

                    field.Append(text[i++]);
                }
            }

            fields.Add(field.ToString());
            field.Clear();
            if (i == text.Length)
            {
                throw new FormatException("the last record does not end with CRLF");
            }

            if (text[i] == ',')
            {
                i++;
                continue;
            }

            if (text[i] != '\r' || i + 1 == text.Length || text[i + 1] != '\n')
            {
                throw new FormatException($"a record must end with CRLF, found {(int)text[i]} at {i}");
            }

            i += 2;
            records.Add([.. fields]);
            fields.Clear();
        }

        return records;
    }

    /// <summary>Reads a quoted field from just after its opening quote; returns the index after its closing quote.</summary>
    private static int ReadQuoted(string text, int i, StringBuilder field)
    {
        while (true)
        {
            if (i == text.Length)
            {
                throw new FormatException("a quoted field is not closed");
            }

            if (text[i] != '"')
            {
                field.Append(text[i++]);
                continue;
            }

            if (i + 1 < text.Length && text[i + 1] == '"')
            {
                field.Append('"');
                i += 2;
                continue;
            }

            i++;
            if (i < text.Length && text[i] is not (',' or '\r'))
            {
                throw new FormatException($"text after a closing quote at {i}");
            }

            return i;
        }
    }
}
