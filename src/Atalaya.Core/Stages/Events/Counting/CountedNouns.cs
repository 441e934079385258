using Atalaya.Core.Internal;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// The nouns of people in event sentences (event_actors.tsv: "personas", "people", "Soldaten"):
/// four digits before one of them are a count, not a year ("2000 personas").
/// </summary>
internal sealed class CountedNouns
{
    private const int MaxPrefixes = 64;

    private readonly FoldedTable<bool> words;
    private readonly string[] prefixes;

    private CountedNouns(FoldedTable<bool> words, string[] prefixes)
    {
        this.words = words;
        this.prefixes = prefixes;
    }

    public static CountedNouns Empty { get; } = new(FoldedTable<bool>.Empty, []);

    public static CountedNouns Build(IEnumerable<ActorNoun> nouns)
    {
        var folded = nouns.Select(n => n.Phrase).Where(p => !p.Contains(' ', StringComparison.Ordinal)).ToList();
        var exact = folded.Where(p => !p.EndsWith('*')).Select(p => TextFolding.Fold(p)).Where(p => p.Length > 0).Distinct(StringComparer.Ordinal);

        // "sicari*": a prefix of any ending; few enough to test one by one.
        var starred = folded.Where(p => p.EndsWith('*')).Select(p => TextFolding.Fold(p.AsSpan(0, p.Length - 1))).Where(p => p.Length > 0)
            .Distinct(StringComparer.Ordinal).Take(MaxPrefixes).ToArray();
        return new CountedNouns(new FoldedTable<bool>(exact.Select(w => KeyValuePair.Create(w, true))), starred);
    }

    public bool Contains(ReadOnlySpan<char> folded)
    {
        if (folded.IsEmpty)
        {
            return false;
        }

        if (words.Contains(folded))
        {
            return true;
        }

        foreach (var prefix in prefixes)
        {
            if (folded.StartsWith(prefix, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }
}
