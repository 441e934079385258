using Atalaya.Core.Contract;

namespace Atalaya.Core.Corpus.Claims;

/// <summary>
/// Finds where the corpus's claims disagree: claims about one subject and attribute with different
/// values (values within 1% are the same). Figures that change over time (a reward, members, an
/// age, revenue, tallies) whose values follow one another in time are an "update", reported as a
/// timeline ordered by as_of; anything else is a "conflict" (two founding years, two values of
/// the same or an unknown date).
/// </summary>
public static class ClaimConflicts
{
    private const double SameValueTolerance = 0.01;

    private static readonly HashSet<string> ChangingAttributes = new(StringComparer.Ordinal)
    {
        "reward_usd", "members", "age", "revenue_usd", "homicides", "us_states_present",
    };

    private static readonly string[] ChangingSuffixes = ["_total", "_ytd", "_per_year", "_off_duty"];

    public static List<ContractConflict> Find(IReadOnlyList<ContractClaim> claims)
    {
        var groups = new Dictionary<(string Subject, string Attribute), List<int>>();
        var order = new List<(string Subject, string Attribute)>();
        for (var i = 0; i < claims.Count; i++)
        {
            var key = (claims[i].Subject, claims[i].Attribute);
            if (!groups.TryGetValue(key, out var members))
            {
                groups[key] = members = [];
                order.Add(key);
            }

            members.Add(i);
        }

        var conflicts = new List<ContractConflict>();
        foreach (var key in order)
        {
            var members = groups[key];
            var tolerance = IsYear(key.Attribute) ? 0 : SameValueTolerance;
            if (members.Count < 2 || Distinct(members.Select(i => claims[i].Value), tolerance).Count < 2)
            {
                continue;
            }

            var timeline = Changes(key.Attribute) ? Timeline(claims, members, tolerance) : null;
            var listed = timeline ?? members;
            conflicts.Add(new ContractConflict
            {
                Subject = key.Subject,
                Attribute = key.Attribute,
                Values = Distinct(listed.Select(i => claims[i].Value), tolerance),
                Claims = [.. listed],
                Kind = timeline is null ? "conflict" : "update",
            });
        }

        return conflicts;
    }

    public static bool Changes(string attribute)
        => ChangingAttributes.Contains(attribute) || attribute.StartsWith("homicides", StringComparison.Ordinal)
            || Array.Exists(ChangingSuffixes, s => attribute.EndsWith(s, StringComparison.Ordinal));

    /// <summary>
    /// The claims ordered by as_of when their values follow one another in time: every claim dated,
    /// a new value only at a later date than every claim of the value before, and no value coming
    /// back. Null when they do not (then the values conflict).
    /// </summary>
    private static List<int>? Timeline(IReadOnlyList<ContractClaim> claims, List<int> members, double tolerance)
    {
        if (members.Exists(i => claims[i].AsOf is null))
        {
            return null;
        }

        var ordered = members.OrderBy(i => claims[i].AsOf, StringComparer.Ordinal).ThenBy(i => i).ToList();
        var seen = new List<double>();
        for (var k = 1; k < ordered.Count; k++)
        {
            var (before, after) = (claims[ordered[k - 1]], claims[ordered[k]]);
            if (Same(before.Value, after.Value, tolerance))
            {
                continue;
            }

            // A change needs a later date, not the same one written more or less precisely ("2020" and "2020-07").
            if (Overlap(before.AsOf!, after.AsOf!))
            {
                return null;
            }

            seen.Add(before.Value);
            if (seen.Exists(v => Same(v, after.Value, tolerance)))
            {
                return null;
            }
        }

        return ordered;
    }

    /// <summary>Whether two partial ISO dates can be the same day: one is the other or a prefix of it.</summary>
    private static bool Overlap(string a, string b) => a.StartsWith(b, StringComparison.Ordinal) || b.StartsWith(a, StringComparison.Ordinal);

    /// <summary>A year is a label, not an amount: 2007 and 2009 differ though they are within 1%.</summary>
    private static bool IsYear(string attribute)
        => attribute.EndsWith("_year", StringComparison.Ordinal) && !attribute.EndsWith("per_year", StringComparison.Ordinal);

    private static bool Same(double a, double b, double tolerance) => Math.Abs(a - b) <= tolerance * Math.Max(Math.Abs(a), Math.Abs(b));

    private static List<double> Distinct(IEnumerable<double> values, double tolerance)
    {
        var distinct = new List<double>();
        foreach (var value in values)
        {
            if (!distinct.Exists(v => Same(v, value, tolerance)))
            {
                distinct.Add(value);
            }
        }

        return distinct;
    }
}
