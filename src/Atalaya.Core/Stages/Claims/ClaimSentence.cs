using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Claims;

/// <summary>A number written in a sentence: digits as written, or a count the event stage's reader found ("siete", "5 mil").</summary>
/// <param name="Start">Index of its first token in the sentence.</param>
/// <param name="End">Index after its last token.</param>
/// <param name="Digits">Whether it is one token of digits (a year, an age) rather than words.</param>
internal readonly record struct NumberSlot(long Value, int Start, int End, bool Digits);

/// <summary>
/// What the claim stage reads in one sentence that passed the cue gate: its tokens folded, the
/// claim cues, the event triggers and victim nouns, the numbers, and the entity mentions. Token
/// indices are shared by all of them.
/// </summary>
internal sealed class ClaimSentence
{
    public required int Index { get; init; }

    public required TextSpan Span { get; init; }

    public required ArraySegment<Token> Tokens { get; init; }

    /// <summary>Each token folded (lower case, no accents); punctuation and signs as written.</summary>
    public required string[] Words { get; init; }

    public List<WordMatch> Cues { get; } = [];

    public List<WordMatch> Triggers { get; } = [];

    public List<WordMatch> Victims { get; } = [];

    public List<NumberSlot> Numbers { get; } = [];

    /// <summary>Counts of people and things as the event stage reads them (no years, money or ages).</summary>
    public IReadOnlyList<Quantity> Quantities { get; set; } = [];

    public List<EntityMention> Mentions { get; } = [];

    public bool Has(string cue) => Find(cue) is not null;

    public WordMatch? Find(string cue)
    {
        foreach (var match in Cues)
        {
            if (match.Code == cue)
            {
                return match;
            }
        }

        return null;
    }

    public bool HasTrigger(string code)
    {
        foreach (var match in Triggers)
        {
            if (match.Code == code)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>"per 100 000 innbyggere", "por cada 100.000 habitantes": the number is the base of a rate, no count of people.</summary>
    public bool IsRateBase(NumberSlot number)
    {
        foreach (var cue in Cues)
        {
            if (cue.Code == "rate" && cue.End == number.Start)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the token that contains text offset <paramref name="offset"/>, or the next one.</summary>
    public int TokenAt(int offset) => Internal.TokenSearch.TokenAt(Tokens, offset);

    public TextSpan SpanOf(int startToken, int endToken) => new(Tokens[startToken].Span.Start, Tokens[endToken - 1].Span.End);

    /// <summary>Token distance between two token ranges (0 when they touch or overlap).</summary>
    public static int Distance(int startA, int endA, int startB, int endB)
        => endA <= startB ? startB - endA : endB <= startA ? startA - endB : 0;
}
