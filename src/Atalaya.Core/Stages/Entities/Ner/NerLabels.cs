namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>The BIO labels: 0 is O, then B-/I- for each of PER, ORG, LOC, MISC (label 1 + 2·type is B, 2 + 2·type is I).</summary>
internal static class NerLabels
{
    public const int Count = 9;

    public static readonly string[] Types = ["PER", "ORG", "LOC", "MISC"];

    public static readonly string[] Names = ["O", "B-PER", "I-PER", "B-ORG", "I-ORG", "B-LOC", "I-LOC", "B-MISC", "I-MISC"];

    public static bool IsBegin(int label) => label > 0 && (label & 1) == 1;

    public static bool IsInside(int label) => label > 0 && (label & 1) == 0;

    public static int TypeOf(int label) => (label - 1) >> 1;

    /// <summary>I-X only continues B-X or I-X.</summary>
    public static bool Allowed(int previous, int label) => !IsInside(label) || previous == label || previous == label - 1;

    /// <summary>The label index of an IOB2 tag ("B-PER"), or -1.</summary>
    public static int Parse(string tag) => Array.IndexOf(Names, tag);
}
