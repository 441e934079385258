namespace Atalaya.Storage.Postgres;

/// <summary>
/// Content hashes the store found absent a moment ago, each usable once. Another run may store the
/// same content in between; the batch insert skips it then (ON CONFLICT DO NOTHING) and counts it
/// as known, as it does for a document checked by the run itself.
/// </summary>
internal sealed class RecentlyAbsent
{
    // Hashes asked about and never added (a document whose analysis failed) must not pile up.
    private const int Limit = 10_000;

    private readonly HashSet<string> hashes = new(StringComparer.Ordinal);

    public void Note(string contentHash)
    {
        if (hashes.Count >= Limit)
        {
            hashes.Clear();
        }

        hashes.Add(contentHash);
    }

    /// <summary>True (once) when <paramref name="contentHash"/> was found absent since it was last taken.</summary>
    public bool Take(string contentHash) => hashes.Remove(contentHash);
}
