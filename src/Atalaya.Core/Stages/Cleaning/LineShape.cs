namespace Atalaya.Core.Stages.Cleaning;

/// <summary>Cheap surface measures of a line that the boilerplate and header rules share.</summary>
internal static class LineShape
{
    public static int CountWords(ReadOnlySpan<char> line)
    {
        var count = 0;
        var inWord = false;
        foreach (var c in line)
        {
            var letter = char.IsLetterOrDigit(c);
            if (letter && !inWord)
            {
                count++;
            }

            inWord = letter || (inWord && c is '\'' or '’' or '-');
        }

        return count;
    }

    /// <summary>Ends like a sentence (after stripping closing quotes and brackets).</summary>
    public static bool EndsLikeSentence(ReadOnlySpan<char> line)
    {
        line = line.TrimEnd("\"'”’»)]… ".AsSpan());
        return line.Length > 0 && line[^1] is '.' or '!' or '?' or ';' or ':' or ',';
    }

    public static bool HasAnyPunctuation(ReadOnlySpan<char> line)
    {
        foreach (var c in line)
        {
            if (c is '.' or ',' or ';' or ':' or '!' or '?' or '(' or ')' or '"' or '“' or '”' or '«' or '»' or '/' or '|')
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>A share or view counter: digits with separators, "1.2K", nothing else.</summary>
    public static bool IsCounter(ReadOnlySpan<char> line)
    {
        if (line.Length is 0 or > 12)
        {
            return false;
        }

        var digits = 0;
        foreach (var c in line)
        {
            if (char.IsAsciiDigit(c))
            {
                digits++;
            }
            else if (c is not ('.' or ',' or ' ' or 'K' or 'k' or 'M' or '+'))
            {
                return false;
            }
        }

        return digits > 0;
    }

    public static bool StartsUpper(ReadOnlySpan<char> word) => word.Length > 0 && char.IsUpper(word[0]);

    /// <summary>"pem/rsd", "jm/ab/cd": editors' initials that close a wire story (letters only, slash-separated).</summary>
    public static bool IsEditorInitials(ReadOnlySpan<char> line)
    {
        if (line.Length > 24)
        {
            return false;
        }

        var parts = 0;
        foreach (var range in line.Split('/'))
        {
            var part = line[range].Trim();
            if (part.Length is 0 or > 5)
            {
                return false;
            }

            foreach (var c in part)
            {
                if (!char.IsLetter(c))
                {
                    return false;
                }
            }

            parts++;
        }

        return parts >= 2;
    }
}
