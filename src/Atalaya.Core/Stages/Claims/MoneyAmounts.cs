using System.Globalization;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Claims;

/// <summary>An amount of money in a sentence: its value in units of <paramref name="Currency"/> and its tokens.</summary>
internal readonly record struct Money(double Value, string Currency, int Start, int End);

/// <summary>
/// Reads amounts of money: a currency before the number ("$15 million", "US$ 10 millones", "USD 10m")
/// or after it ("7 millones de dólares", "50 miljard dollar", "7 Millionen Dollar"), digits with
/// thousands groups or a decimal part ("2,5 millones", "1.5 billion"), scale words ("mil millones")
/// and number words ("diez millones de dólares"). Scales and currencies come from claim_cues.tsv.
/// </summary>
internal static class MoneyAmounts
{
    private const int MaxScaleWords = 2;

    /// <summary>Short words allowed between an amount and its currency ("de" dólares, "of" dollars).</summary>
    private const int MaxLinkLength = 3;

    public static List<Money> Read(string text, ClaimSentence sentence, ClaimWordsOfLanguage words)
    {
        var found = new List<Money>();
        var i = 0;
        while (i < sentence.Tokens.Count)
        {
            var (prefix, afterPrefix) = CurrencyAt(sentence, i, words);
            var numberAt = prefix is null ? i : afterPrefix;
            if (numberAt < sentence.Tokens.Count && ReadAmount(text, sentence, numberAt, words) is { } amount)
            {
                var (suffix, end) = CurrencyAfter(sentence, amount.End, words);
                if ((suffix ?? prefix) is { } currency)
                {
                    found.Add(new Money(amount.Value, currency, i, suffix is null ? amount.End : end));
                    i = suffix is null ? amount.End : end;
                    continue;
                }
            }

            i++;
        }

        return found;
    }

    /// <summary>A currency word or sign that starts at token <paramref name="i"/> ("$", "us $", "usd") and where it ends.</summary>
    private static (string? Currency, int End) CurrencyAt(ClaimSentence sentence, int i, ClaimWordsOfLanguage words)
    {
        if (i + 1 < sentence.Words.Length && words.Currencies.TryGetValue(sentence.Words[i] + " " + sentence.Words[i + 1], out var two))
        {
            return (two, i + 2);
        }

        return words.Currencies.TryGetValue(sentence.Words[i], out var one) ? (one, i + 1) : (null, i);
    }

    private static (string? Currency, int End) CurrencyAfter(ClaimSentence sentence, int end, ClaimWordsOfLanguage words)
    {
        if (end >= sentence.Words.Length)
        {
            return (null, end);
        }

        var (currency, after) = CurrencyAt(sentence, end, words);
        if (currency is not null)
        {
            return (currency, after);
        }

        // "7 millones de dólares", "ten million of dollars": one short word between.
        var link = sentence.Words[end];
        return sentence.Tokens[end].Kind == TokenKind.Word && link.Length <= MaxLinkLength && end + 1 < sentence.Words.Length
            ? CurrencyAt(sentence, end + 1, words) is (string linked, var past) ? (linked, past) : (null, end)
            : (null, end);
    }

    /// <summary>The number at token <paramref name="i"/> with its scale words, or null.</summary>
    private static (double Value, int End)? ReadAmount(string text, ClaimSentence sentence, int i, ClaimWordsOfLanguage words)
    {
        double value;
        int end;
        var token = sentence.Tokens[i];
        if (token.Kind == TokenKind.Number)
        {
            if (!TryParseNumber(token.Span.AsSpan(text), out value))
            {
                return null;
            }

            end = i + 1;
        }
        else if (WordNumberAt(sentence, i) is { } quantity)
        {
            (value, end) = (quantity.Value, quantity.End);
        }
        else
        {
            return null;
        }

        // "10m", "$5bn": a scale glued to the digits; then scale words ("millones", "mil millones").
        var scales = 0;
        while (end < sentence.Words.Length && scales < MaxScaleWords)
        {
            if (end + 1 < sentence.Words.Length && words.Scales.TryGetValue(sentence.Words[end] + " " + sentence.Words[end + 1], out var pair))
            {
                (value, end) = (value * pair, end + 2);
            }
            else if (words.Scales.TryGetValue(sentence.Words[end], out var scale))
            {
                (value, end) = (value * scale, end + 1);
            }
            else
            {
                break;
            }

            scales++;
        }

        return (value, end);
    }

    private static NumberSlot? WordNumberAt(ClaimSentence sentence, int i)
    {
        foreach (var slot in sentence.Numbers)
        {
            if (slot.Start == i && !slot.Digits)
            {
                return slot;
            }
        }

        return null;
    }

    /// <summary>
    /// Digits with thousands groups ("1.200", "50,000") or a decimal part of one or two digits
    /// ("2,5", "1.75"), as money is written before a scale word.
    /// </summary>
    private static bool TryParseNumber(ReadOnlySpan<char> digits, out double value)
    {
        if (DigitGroups.TryParse(digits, out var whole, out _))
        {
            value = whole;
            return true;
        }

        var separator = digits.LastIndexOfAny(',', '.');
        var decimals = digits.Length - separator - 1;
        if (separator > 0 && decimals is 1 or 2 && digits[..separator].IndexOfAny(',', '.') < 0)
        {
            Span<char> invariant = stackalloc char[digits.Length];
            digits.CopyTo(invariant);
            invariant[separator] = '.';
            return double.TryParse(invariant, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out value);
        }

        value = 0;
        return false;
    }
}
