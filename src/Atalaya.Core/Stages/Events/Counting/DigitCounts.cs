using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// Counts written in digits ("12", "1.200", "1 200", "5 millones"), and the numbers in digits that
/// are no count: years, times, dates, money, percentages, ordinals, ages, decimals, codes ("AK-47").
/// </summary>
internal static class DigitCounts
{
    private const int FirstYear = 1900;
    private const int LastYear = 2100;

    public static CountRead Read(string text, ReadOnlySpan<Token> tokens, int start, CountingWords words)
    {
        var token = tokens[start];
        var parsed = DigitGroups.TryParse(token.Span.AsSpan(text), out var value, out var grouped);
        var end = start + 1;

        // "1 200": a second group of exactly three digits after one space.
        if (parsed && !grouped && token.Span.Length <= 3)
        {
            while (end < tokens.Length && tokens[end].Kind == TokenKind.Number && DigitGroups.IsThreeDigits(tokens[end].Span.AsSpan(text))
                && TokenWords.OneSpaceApart(text, tokens[end - 1], tokens[end]))
            {
                value = (value * 1000) + int.Parse(tokens[end].Span.AsSpan(text), System.Globalization.CultureInfo.InvariantCulture);
                grouped = true;
                end++;
            }
        }

        // Scale words after the digits belong to them even when the digits are no count ("$5 millones", "2,5 millones").
        var number = new CompoundNumber();
        number.StartWith(value);
        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        while (end < tokens.Length && words.Numbers.TryGet(TokenWords.Fold(text, tokens[end], buffer), out var part) && part.IsScale && number.TryAdd(part))
        {
            end++;
        }

        if (!parsed || number.Value > int.MaxValue || IsNoCount(text, tokens, start, end, words))
        {
            return CountRead.Nothing(SkipTime(text, tokens, end));
        }

        var isYear = !grouped && end == start + 1 && token.Span.Length == 4 && value is >= FirstYear and <= LastYear
            && ReadsAsYear(text, tokens, start, words);
        return isYear ? CountRead.Nothing(end) : new CountRead(new Quantity((int)number.Value, false, start, end), end);
    }

    private static bool IsNoCount(string text, ReadOnlySpan<Token> tokens, int start, int end, CountingWords words)
        => IsNoCountBefore(text, tokens, start, words) || IsNoCountAfter(text, tokens, end, words);

    /// <summary>"sie.14 Polizisten", "heridos,3 muertos": a sentence or clause mark glued to a whole word before and the digits after.</summary>
    private static bool IsMissingSpace(string text, ReadOnlySpan<Token> tokens, int start)
    {
        if (start < 2 || !TokenWords.IsChar(text, tokens[start - 1], '.') && !TokenWords.IsChar(text, tokens[start - 1], ','))
        {
            return false;
        }

        // A word of at least two letters: "No.14" and "p.14" are references, not counts.
        var word = tokens[start - 2];
        return word.Kind == TokenKind.Word && word.Span.Length > 2 && TokenWords.Adjacent(word, tokens[start - 1]);
    }

    private static bool IsNoCountBefore(string text, ReadOnlySpan<Token> tokens, int start, CountingWords words)
    {
        if (start == 0)
        {
            return false;
        }

        var previous = tokens[start - 1];
        if (TokenWords.IsCurrency(text, previous) || TokenWords.IsChar(text, previous, '/'))
        {
            return true;
        }

        // Glued to a word or a sign: a code or a model ("AK-47", "COVID-19", "+52", "#3"); but a full stop
        // or comma glued between a word and the digits is a missing space ("auf sie.14 Polizisten").
        if (TokenWords.Adjacent(previous, tokens[start]) && (previous.Kind == TokenKind.Word || text[previous.Span.Start] is '-' or '#' or '+' or '.' or ',' or ':' or '№')
            && !IsMissingSpace(text, tokens, start))
        {
            return true;
        }

        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        var folded = TokenWords.Fold(text, previous, buffer);
        if (folded.Length > 0)
        {
            // "August 19", "enero 2020": a day or a year.
            return words.Months.Contains(folded) || NonCountMarkers.IsClockBefore(folded) || IsClockPhraseBefore(text, tokens, start);
        }

        // "kl. 14"
        return start >= 2 && TokenWords.IsChar(text, previous, '.') && NonCountMarkers.IsClockBefore(TokenWords.Fold(text, tokens[start - 2], buffer));
    }

    /// <summary>"a las 10": the two words before a number make it an hour.</summary>
    private static bool IsClockPhraseBefore(string text, ReadOnlySpan<Token> tokens, int start)
    {
        if (start < 2 || tokens[start - 1].Kind != TokenKind.Word || tokens[start - 2].Kind != TokenKind.Word)
        {
            return false;
        }

        Span<char> first = stackalloc char[TokenWords.MaxLength];
        Span<char> second = stackalloc char[TokenWords.MaxLength];
        Span<char> pair = stackalloc char[(TokenWords.MaxLength * 2) + 1];
        var a = TokenWords.Fold(text, tokens[start - 2], first);
        var b = TokenWords.Fold(text, tokens[start - 1], second);
        a.CopyTo(pair);
        pair[a.Length] = ' ';
        b.CopyTo(pair[(a.Length + 1)..]);
        return NonCountMarkers.IsClockBefore(pair[..(a.Length + 1 + b.Length)]);
    }

    private static bool IsNoCountAfter(string text, ReadOnlySpan<Token> tokens, int end, CountingWords words)
    {
        if (end >= tokens.Length)
        {
            return false;
        }

        var next = tokens[end];
        var adjacent = TokenWords.Adjacent(tokens[end - 1], next);
        if (next.Kind == TokenKind.Word && adjacent)
        {
            // "2nd", "3er", "1º", "5kg", "10am", "1990s".
            return true;
        }

        if (next.Kind != TokenKind.Word)
        {
            var c = text[next.Span.Start];
            var followed = end + 1 < tokens.Length;
            return c is '%' or '‰' or '/'
                || TokenWords.IsCurrency(text, next)
                || (c is ':' && followed && tokens[end + 1].Kind == TokenKind.Number)
                || (c is '-' && adjacent && followed && tokens[end + 1].Kind == TokenKind.Word && TokenWords.Adjacent(next, tokens[end + 1]))
                || (c is '.' && adjacent && followed);
        }

        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        var folded = TokenWords.Fold(text, next, buffer);
        var first = TokenWords.FirstWord(folded);
        if (words.Months.Contains(TokenWords.LastWord(folded)) || words.TimeUnits.Contains(first)
            || NonCountMarkers.IsClock(first) || NonCountMarkers.IsPercent(first))
        {
            return true;
        }

        if (end + 1 >= tokens.Length)
        {
            return false;
        }

        // "2 de agosto", "30 por ciento", "5 per cent".
        Span<char> second = stackalloc char[TokenWords.MaxLength];
        var after = TokenWords.Fold(text, tokens[end + 1], second);
        if (after.Length == 0)
        {
            return false;
        }

        if (words.FunctionWords.Contains(folded) && words.Months.Contains(after))
        {
            return true;
        }

        Span<char> pair = stackalloc char[(TokenWords.MaxLength * 2) + 1];
        folded.CopyTo(pair);
        pair[folded.Length] = ' ';
        after.CopyTo(pair[(folded.Length + 1)..]);
        return NonCountMarkers.IsPercent(pair[..(folded.Length + 1 + after.Length)]);
    }

    /// <summary>
    /// Four digits from 1900 to 2100 are a year after a preposition, a month or a word such as
    /// "early" ("en 2015", "the 2006 war", "early 2020"), and before anything but a word
    /// ("(2015)", "in 2015."); before a noun of people they are a count ("más de 2000 personas",
    /// "murieron 2000 personas").
    /// </summary>
    private static bool ReadsAsYear(string text, ReadOnlySpan<Token> tokens, int start, CountingWords words)
    {
        if (start + 1 >= tokens.Length || tokens[start + 1].Kind != TokenKind.Word)
        {
            return true;
        }

        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        var next = TokenWords.Fold(text, tokens[start + 1], buffer);
        if (words.Nouns.Contains(next))
        {
            return false;
        }

        if (words.FunctionWords.Contains(next))
        {
            return true;
        }

        if (start == 0)
        {
            return false;
        }

        var previous = TokenWords.Fold(text, tokens[start - 1], buffer);
        return previous.Length > 0 && (words.FunctionWords.Contains(previous) || words.YearCues.Contains(previous)
            || words.Months.Contains(previous) || (words.TimeUnits.TryGet(previous, out var unit) && unit == "year"));
    }

    /// <summary>Past the minutes of "14:30", so that "30" is not read as a count.</summary>
    private static int SkipTime(string text, ReadOnlySpan<Token> tokens, int end)
        => end + 1 < tokens.Length && TokenWords.IsChar(text, tokens[end], ':') && tokens[end + 1].Kind == TokenKind.Number ? end + 2 : end;
}
