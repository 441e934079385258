using Atalaya.Core.Internal;

namespace Atalaya.Core.Resources;

/// <summary>Byline prefixes ("by", "por", "door", "av") and role words of all languages, folded.</summary>
public sealed class BylineLexicon
{
    public BylineLexicon(IEnumerable<LanguagePack> packs)
    {
        var list = packs.ToList();
        Prefixes = list.SelectMany(p => p.BylinePrefixes).Select(p => TextFolding.Fold(p)).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
        Roles = list.SelectMany(p => p.BylineRoles).Select(p => TextFolding.Fold(p)).Where(p => p.Length > 0).ToHashSet(StringComparer.Ordinal);
    }

    public IReadOnlySet<string> Prefixes { get; }

    public IReadOnlySet<string> Roles { get; }
}
