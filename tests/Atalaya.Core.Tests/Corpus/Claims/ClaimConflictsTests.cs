using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.Claims;

namespace Atalaya.Core.Tests.Corpus.Claims;

public sealed class ClaimConflictsTests
{
    [Fact]
    public void A_reward_that_rises_over_time_is_an_update_listed_as_a_timeline()
    {
        var conflict = Assert.Single(ClaimConflicts.Find([
            Claim("E1", "reward_usd", 15_000_000, "2025-02"),
            Claim("E1", "reward_usd", 5_000_000, "2019-06"),
            Claim("E1", "reward_usd", 5_000_000, "2019-11"),
        ]));

        Assert.Equal("update", conflict.Kind);
        Assert.Equal([5_000_000, 15_000_000], conflict.Values);
        Assert.Equal([1, 2, 0], conflict.Claims);
    }

    [Fact]
    public void Two_founding_years_conflict_even_within_one_percent()
    {
        var conflict = Assert.Single(ClaimConflicts.Find([
            Claim("E2", "founded_year", 2010, "2024-01"),
            Claim("E2", "founded_year", 2012, "2025-01"),
        ]));

        Assert.Equal("conflict", conflict.Kind);
        Assert.Equal([2010, 2012], conflict.Values);
    }

    [Fact]
    public void Values_of_an_unknown_or_the_same_date_conflict()
    {
        Assert.Equal("conflict", Assert.Single(ClaimConflicts.Find([Claim("E1", "reward_usd", 5e6, null), Claim("E1", "reward_usd", 1e7, "2024")])).Kind);
        Assert.Equal("conflict", Assert.Single(ClaimConflicts.Find([Claim("E1", "members", 500, "2024"), Claim("E1", "members", 900, "2024-05")])).Kind);
    }

    [Fact]
    public void A_value_that_comes_back_is_no_update()
        => Assert.Equal("conflict", Assert.Single(ClaimConflicts.Find([
            Claim("E1", "members", 500, "2020"), Claim("E1", "members", 900, "2022"), Claim("E1", "members", 500, "2024"),
        ])).Kind);

    [Fact]
    public void Values_within_one_percent_are_the_same_and_other_subjects_do_not_mix()
        => Assert.Empty(ClaimConflicts.Find([
            Claim("E1", "revenue_usd", 1_000_000_000, "2020"), Claim("E1", "revenue_usd", 1_005_000_000, "2023"),
            Claim("E2", "revenue_usd", 3_000_000_000, "2020"),
        ]));

    private static ContractClaim Claim(string subject, string attribute, double value, string? asOf)
        => new() { Subject = subject, Attribute = attribute, Value = value, AsOf = asOf, Document = "d" };
}
