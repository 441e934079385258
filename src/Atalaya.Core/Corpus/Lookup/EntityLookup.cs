using Atalaya.Core.Contract;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Corpus.Lookup;

/// <summary>
/// Finds corpus entities by a name an analyst types: case, accents, quotes and punctuation are ignored
/// ("cartel jalisco" finds "Cártel Jalisco Nueva Generación"'s alias). Entities whose name or an alias
/// is the query come first; when none is, those whose name or an alias contains it as whole words.
/// </summary>
public static class EntityLookup
{
    public static IReadOnlyList<ContractEntity> Find(ContractCorpus corpus, string name)
    {
        var query = TextFolding.Fold(name);
        if (query.Length == 0)
        {
            return [];
        }

        var exact = corpus.Entities.Where(e => Names(e).Any(n => n == query)).ToList();
        if (exact.Count > 0)
        {
            return exact;
        }

        var padded = " " + query + " ";
        return [.. corpus.Entities.Where(e => Names(e).Any(n => (" " + n + " ").Contains(padded, StringComparison.Ordinal)))];
    }

    private static IEnumerable<string> Names(ContractEntity entity)
        => entity.Aliases.Prepend(entity.Name).Select(n => TextFolding.Fold(n));
}
