namespace Atalaya.Storage.Workbench.Queries;

/// <summary>
/// The keys the workbench pre-counts its figures under (every engine's tables keep the same): '' every
/// event, 's:' a state, 't:' a type, 'st:' a state and a type (separated by U+001F), 'a:' an actor,
/// 'l:' a language of the event's sources.
/// </summary>
internal static class FacetKeys
{
    /// <summary>The key of a set of filters that one key answers (at most one of state/type, actor, language), else null.</summary>
    public static string? Key(string? state, string? type, string? actor = null, string? language = null)
        => (state, type, actor, language) switch
        {
            (null, null, null, null) => "",
            ({ } s, null, null, null) => "s:" + s,
            (null, { } t, null, null) => "t:" + t,
            ({ } s, { } t, null, null) => "st:" + s + "\u001f" + t,
            (null, null, { } a, null) => "a:" + a,
            (null, null, null, { } l) => "l:" + l,
            _ => null,
        };
}
