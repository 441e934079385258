namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>Reads a whole number written in digits, with thousands separators or without ("12", "1.200", "1,200,000").</summary>
internal static class DigitGroups
{
    private const int MaxDigits = 12;

    /// <summary>
    /// The value of a number token when it is a whole number. A separator followed by anything
    /// but exactly three digits makes a decimal ("2,5"), a time ("14.30") or a date ("05.02.2025"): no count.
    /// </summary>
    public static bool TryParse(ReadOnlySpan<char> token, out long value, out bool grouped)
    {
        value = 0;
        grouped = false;
        var separator = '\0';
        var groupLength = 0;
        var digits = 0;
        for (var k = 0; k < token.Length; k++)
        {
            var c = token[k];
            if (c is >= '0' and <= '9')
            {
                value = (value * 10) + (c - '0');
                groupLength++;
                if (++digits > MaxDigits)
                {
                    return false;
                }

                continue;
            }

            if (c is not ('.' or ','))
            {
                // Digits of other scripts ("١٢") are left out: these languages write ASCII digits.
                return false;
            }

            // The first group holds one to three digits, every later one exactly three, all with the same separator.
            var first = separator == '\0';
            if ((first && groupLength is < 1 or > 3) || (!first && (groupLength != 3 || c != separator)))
            {
                return false;
            }

            separator = c;
            groupLength = 0;
            grouped = true;
        }

        return !grouped || groupLength == 3;
    }

    /// <summary>Whether a token is exactly three ASCII digits (the second group of "1 200").</summary>
    public static bool IsThreeDigits(ReadOnlySpan<char> token)
        => token.Length == 3 && char.IsAsciiDigit(token[0]) && char.IsAsciiDigit(token[1]) && char.IsAsciiDigit(token[2]);
}
