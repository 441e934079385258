namespace Atalaya.Storage.Postgres.Workbench;

/// <summary>The state and type keys of an event in SQL (see FacetKeys): the same keys as SQLite's WorkbenchFacets makes.</summary>
internal static class PostgresWorkbenchKeys
{
    /// <summary>The SQL of a web_events row's keys (aliased as given), one per row of the kinds table k.</summary>
    public static string KeyOf(string e)
        => $"CASE k.kind WHEN '' THEN '' WHEN 's' THEN 's:' || {e}.admin1 WHEN 't' THEN 't:' || {e}.type ELSE 'st:' || {e}.admin1 || chr(31) || {e}.type END";

    public const string Kinds = "(VALUES (''), ('t'), ('s'), ('st')) k(kind)";

    public static string Has(string e) => $"(k.kind IN ('', 't') OR {e}.admin1 IS NOT NULL)";

    public static string StoryKinds(string e) => $"k.kind <> '' AND {Has(e)}";
}
