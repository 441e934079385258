using Atalaya.Core.Internal;

namespace Atalaya.Core.Resources;

/// <summary>Month names and date labels of all languages, folded (accent- and case-insensitive).</summary>
public sealed class DateLexicon
{
    private readonly Dictionary<string, int> months = new(StringComparer.Ordinal);
    private readonly Dictionary<string, string> labels = new(StringComparer.Ordinal);

    public DateLexicon(IEnumerable<LanguagePack> packs)
    {
        foreach (var pack in packs)
        {
            foreach (var (name, number) in pack.Months)
            {
                // A name that means different months in two languages is ambiguous: drop it.
                var folded = TextFolding.Fold(name);
                if (months.TryGetValue(folded, out var existing) && existing != number)
                {
                    months[folded] = 0;
                }
                else
                {
                    months.TryAdd(folded, number);
                }
            }

            foreach (var (label, kind) in pack.DateLabels)
            {
                labels.TryAdd(TextFolding.Fold(label), kind);
            }
        }
    }

    /// <summary>The month number of a (folded or raw) word, or 0.</summary>
    public int Month(ReadOnlySpan<char> word)
    {
        var folded = TextFolding.Fold(word);
        return months.TryGetValue(folded, out var month) ? month : 0;
    }

    /// <summary>The kind ("published", "updated") of a label word or phrase, or null.</summary>
    public string? Label(ReadOnlySpan<char> phrase) => labels.GetValueOrDefault(TextFolding.Fold(phrase));

    public IEnumerable<string> LabelPhrases => labels.Keys;
}
