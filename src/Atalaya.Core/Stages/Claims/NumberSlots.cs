using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Claims;

/// <summary>
/// The numbers of a sentence: the counts the event stage's reader finds, and every other token of
/// digits (years, ages, amounts), which that reader leaves out on purpose.
/// </summary>
internal static class NumberSlots
{
    public static void Collect(string text, ClaimSentence sentence)
    {
        var quantities = sentence.Quantities;
        var next = 0;
        for (var i = 0; i < sentence.Tokens.Count; i++)
        {
            if (next < quantities.Count && quantities[next].Start == i)
            {
                var quantity = quantities[next++];
                if (!quantity.Vague)
                {
                    sentence.Numbers.Add(new NumberSlot(quantity.Value, quantity.Start, quantity.End, Digits: false));
                }

                i = quantity.End - 1;
                continue;
            }

            var token = sentence.Tokens[i];
            if (token.Kind == TokenKind.Number && DigitGroups.TryParse(token.Span.AsSpan(text), out var value, out _))
            {
                sentence.Numbers.Add(new NumberSlot(value, i, i + 1, Digits: true));
            }
        }
    }

    /// <summary>Four digits of a year ("2009"), whether or not the count reader took them for a count ("1989 gegründet").</summary>
    public static bool IsYear(ClaimSentence sentence, NumberSlot slot)
        => slot.End == slot.Start + 1 && slot.Value is >= 1800 and <= 2100
            && sentence.Tokens[slot.Start] is { Kind: TokenKind.Number, Span.Length: 4 };
}
