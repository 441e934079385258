using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// "rancho Las Palmas", "Las Palmas ranch", "landsbyen Las Palmas": a place named with a generic head
/// word (the one-word cues of <c>place_cues.tsv</c>) is named by its proper part, so that documents
/// in any language name it alike and the corpus keys it once. The mentions keep the words as written.
/// </summary>
internal static class PlaceProperNames
{
    public static void Apply(List<DocumentEntity> entities, IReadOnlySet<string> heads)
    {
        if (heads.Count == 0)
        {
            return;
        }

        foreach (var entity in entities)
        {
            if (entity.Type == "LOC" && entity.KbId is null && ProperPart(entity.Name, heads) is { } proper)
            {
                entity.Name = proper;
            }
        }
    }

    /// <summary>The name without a generic head word at its start or end, when a capitalized word is left.</summary>
    internal static string? ProperPart(string name, IReadOnlySet<string> heads)
    {
        var first = name.IndexOf(' ', StringComparison.Ordinal);
        var last = name.LastIndexOf(' ');
        if (first <= 0 || last >= name.Length - 1)
        {
            return null;
        }

        var rest = heads.Contains(TextFolding.Fold(name.AsSpan(0, first))) ? name[(first + 1)..]
            : heads.Contains(TextFolding.Fold(name.AsSpan(last + 1))) ? name[..last]
            : null;
        return rest is not null && rest.Length > 0 && char.IsUpper(rest.TrimStart()[0]) ? rest.Trim() : null;
    }
}
