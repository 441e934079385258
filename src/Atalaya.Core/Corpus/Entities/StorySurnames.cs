using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.State;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Corpus.Entities;

/// <summary>
/// "Ibarrola said" in one report of a story whose other reports name "Luis Ibarrola Soto": a surname
/// written alone is the one person of the story with that surname. Only within a story (a surname
/// is far too common across a corpus), and only when one person of the story has it: two people
/// sharing a surname make it ambiguous, and it joins no one.
/// </summary>
/// <remarks>One record per story and surname: the entity id or an ambiguity mark. Linear: a look-up per name.</remarks>
internal sealed class StorySurnames(ICorpusStateStore? store)
{
    private const string Kind = "entity.story.surname";
    private const string Ambiguous = "*";

    // A name of four words or more holds two surnames ("Luis Ibarrola Soto" has one given name and
    // two surnames, "Ana Luisa Ibarrola Soto" two and two); of fewer, the last word only is surely one.
    private const int WordsWithTwoSurnames = 4;

    private readonly StoredStrings records = new(store, Kind);

    /// <summary>The entity id of the one person of the story with this surname, if any.</summary>
    public string? PersonOf(string story, string foldedSurname)
        => records.Get(story + "\t" + foldedSurname) is { } id && id != Ambiguous ? id : null;

    /// <summary>Records the surnames of the people a document of the story names in full.</summary>
    public void Add(string story, IEnumerable<ContractEntityMentions> entities)
    {
        foreach (var entity in entities)
        {
            if (entity.Type != "PER")
            {
                continue;
            }

            var words = TextFolding.Fold(entity.Name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
            if (words.Length < 2)
            {
                continue;
            }

            Note(story + "\t" + words[^1], entity.Entity);
            if (words.Length >= WordsWithTwoSurnames)
            {
                Note(story + "\t" + words[^2], entity.Entity);
            }
        }
    }

    private void Note(string key, string entityId)
    {
        var record = records.Get(key);
        if (record is null)
        {
            records.Set(key, entityId);
        }
        else if (record != entityId && record != Ambiguous)
        {
            records.Set(key, Ambiguous);
        }
    }
}
