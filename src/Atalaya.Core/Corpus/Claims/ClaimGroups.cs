using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.State;

namespace Atalaya.Core.Corpus.Claims;

/// <summary>
/// A stored corpus's claims grouped by subject and attribute, so that a new claim's conflict is
/// found again from its group alone: a conflict depends on the claims of its subject and attribute
/// only, so recomputing the groups that got a claim gives what <see cref="ClaimConflicts.Find"/>
/// over all claims gives.
/// </summary>
internal sealed class ClaimGroups(ICorpusStateStore store)
{
    private readonly Dictionary<string, List<int>> groups = new(StringComparer.Ordinal);
    private readonly Dictionary<int, ContractClaim> byIndex = [];
    private readonly List<string> changed = [];

    /// <summary>Claims in the corpus before this session (the next claim's index).</summary>
    public int Count { get; private set; } = (int)StateCodec.Counter(store, "claims");

    /// <summary>Adds the next claim of the corpus.</summary>
    public void Add(ContractClaim claim)
    {
        var index = Count++;
        var key = Key(claim);
        Group(key).Add(index);
        byIndex[index] = claim;
        changed.Add(key);
        if (store.Keeps(StateKinds.Claim))
        {
            store.Write(StateKinds.Claim, index, JsonSerializer.SerializeToUtf8Bytes(claim, ContractJsonContext.Default.ContractClaim));
        }

        store.Append("claim.group", key, index);
    }

    /// <summary>
    /// The conflict (or none) of every group that got a claim since the last call, keyed by the
    /// group's first claim, in that order; claim numbers are indexes among all corpus claims.
    /// </summary>
    public List<(int FirstClaim, ContractConflict? Conflict)> Conflicts()
    {
        var conflicts = new List<(int FirstClaim, ContractConflict? Conflict)>();
        foreach (var key in changed.Distinct(StringComparer.Ordinal))
        {
            var members = Group(key);
            var found = ClaimConflicts.Find([.. members.Select(Claim)]);

            // Find numbers the claims within the group; the corpus numbers them among all claims.
            var conflict = found.Count == 0 ? null : found[0];
            if (conflict is not null)
            {
                conflict.Claims = [.. conflict.Claims.Select(i => members[i])];
            }

            conflicts.Add((members[0], conflict));
        }

        changed.Clear();
        store.Write("count", "claims", StateCodec.Int(Count));
        conflicts.Sort((a, b) => a.FirstClaim.CompareTo(b.FirstClaim));
        return conflicts;
    }

    private static string Key(ContractClaim claim) => claim.Subject + "\u0001" + claim.Attribute;

    private List<int> Group(string key)
    {
        if (!groups.TryGetValue(key, out var members))
        {
            members = [.. store.Tail("claim.group", key, int.MaxValue).Select(i => (int)i)];
            groups[key] = members;
        }

        return members;
    }

    private ContractClaim Claim(int index)
    {
        if (!byIndex.TryGetValue(index, out var claim))
        {
            var json = store.Read(StateKinds.Claim, index) ?? throw new InvalidOperationException($"consolidation state has no claim {index}");
            byIndex[index] = claim = JsonSerializer.Deserialize(json, ContractJsonContext.Default.ContractClaim)
                ?? throw new InvalidOperationException($"consolidation state holds an invalid claim {index}");
        }

        return claim;
    }
}
