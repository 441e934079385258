using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Mexican prosecutors and the press that follows them withhold a suspect's surnames: "José Antonio
/// “N”". Such a name is the knowledge base's person whose given names hold those given names when
/// exactly one person has them and the document names that person's group or the person otherwise:
/// a given name alone never decides.
/// </summary>
internal sealed class WithheldSurnames
{
    private readonly Dictionary<string, List<KbEntity>> byGivenName = new(StringComparer.Ordinal);

    public WithheldSurnames(KnowledgeBase knowledgeBase)
    {
        foreach (var person in knowledgeBase.Entities.Where(e => e.Type == "PER"))
        {
            foreach (var given in GivenNames(person.Name))
            {
                if (!byGivenName.TryGetValue(given, out var people))
                {
                    byGivenName[given] = people = [];
                }

                people.Add(person);
            }
        }
    }

    /// <summary>The given names of a mention written with its surname withheld ("Ana Luisa “N”" → ana, luisa), else null.</summary>
    public static List<string>? WithheldGiven(ReadOnlySpan<char> written)
    {
        var end = written.Length;
        while (end > 0 && WordSequence.IsQuote(written[end - 1]))
        {
            end--;
        }

        if (end < 3 || written[end - 1] != 'N' || !WordSequence.IsQuote(written[end - 2]))
        {
            return null;
        }

        var given = written[..(end - 2)].Trim();
        if (given.IsEmpty)
        {
            return null;
        }

        var words = TextFolding.Fold(given).Split(' ', StringSplitOptions.RemoveEmptyEntries).ToList();
        return words.Count is > 0 and <= MaxGivenNames ? words : null;
    }

    /// <summary>The one knowledge-base person whose given names hold all of <paramref name="given"/>, if one only.</summary>
    public KbEntity? OnlyPersonNamed(List<string> given)
    {
        if (!byGivenName.TryGetValue(given[0], out var people))
        {
            return null;
        }

        KbEntity? found = null;
        foreach (var person in people)
        {
            var names = GivenNames(person.Name);
            if (given.All(names.Contains))
            {
                if (found is not null)
                {
                    return null;
                }

                found = person;
            }
        }

        return found;
    }

    private const int MaxGivenNames = 3;

    /// <summary>A full name's given names: all but its two surnames ("Nemesio Rubén" of four words), the first of two words.</summary>
    private static List<string> GivenNames(string name)
    {
        var words = TextFolding.Fold(name).Split(' ', StringSplitOptions.RemoveEmptyEntries);
        return words.Length < 2 ? [] : [.. words.Take(Math.Max(1, words.Length - 2))];
    }
}
