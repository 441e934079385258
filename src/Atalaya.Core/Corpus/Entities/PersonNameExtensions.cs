using Atalaya.Core.Corpus.State;

namespace Atalaya.Core.Corpus.Entities;

/// <summary>
/// A person named with given names and one surname in one document ("Marta Elena Quiroga") and with
/// both surnames in another ("Marta Elena Quiroga Almada") is one person, when the corpus knows one
/// such longer name only. The shorter name must have three words at least (two given names alone are
/// no person), the longer one word more; a second longer name with another last word makes the
/// shorter name ambiguous, and two names whose full forms differ are never joined.
/// </summary>
/// <remarks>
/// One record per shorter name (its folded words): the id of the entity it was joined with and the
/// word that extends it, or an ambiguity mark. Linear: one or two look-ups per person name.
/// </remarks>
internal sealed class PersonNameExtensions(ICorpusStateStore? store)
{
    public const int MinShortWords = 3;

    private const string Kind = "entity.person.ext";
    private const string Ambiguous = "*";

    private readonly StoredStrings records = new(store, Kind);

    /// <summary>The entity id of a longer name that extends <paramref name="folded"/> by one word, when there is exactly one.</summary>
    public string? LongerOf(string folded)
    {
        var record = records.Get(folded);
        return record is null || record == Ambiguous ? null : record[..record.IndexOf('\t', StringComparison.Ordinal)];
    }

    /// <summary>
    /// The shorter name <paramref name="folded"/> extends, and whether it may join the entity of that
    /// shorter name (no other extension known): the extension is recorded either way.
    /// </summary>
    public (string Shorter, bool MayJoin)? ShorterOf(string folded)
    {
        var cut = folded.LastIndexOf(' ');
        if (cut < 0 || WordCount(folded) <= MinShortWords)
        {
            return null;
        }

        var shorter = folded[..cut];
        var last = folded[(cut + 1)..];
        var record = records.Get(shorter);
        if (record is null)
        {
            return (shorter, true);
        }

        var same = record != Ambiguous && record[(record.IndexOf('\t', StringComparison.Ordinal) + 1)..] == last;
        if (!same && record != Ambiguous)
        {
            records.Set(shorter, Ambiguous);
        }

        return (shorter, same);
    }

    /// <summary>Records that the entity <paramref name="entityId"/> is named <paramref name="folded"/>, one word longer than a shorter name.</summary>
    public void Extended(string folded, string entityId)
    {
        var cut = folded.LastIndexOf(' ');
        if (cut < 0 || WordCount(folded) <= MinShortWords)
        {
            return;
        }

        var shorter = folded[..cut];
        var record = records.Get(shorter);
        var value = entityId + "\t" + folded[(cut + 1)..];
        if (record is null)
        {
            records.Set(shorter, value);
        }
        else if (record != Ambiguous && record[(record.IndexOf('\t', StringComparison.Ordinal) + 1)..] != folded[(cut + 1)..])
        {
            records.Set(shorter, Ambiguous);
        }
    }

    public static int WordCount(string folded) => folded.Count(c => c == ' ') + 1;
}
