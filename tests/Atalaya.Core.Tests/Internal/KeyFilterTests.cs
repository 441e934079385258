using Atalaya.Core.Internal;

namespace Atalaya.Core.Tests.Internal;

public sealed class KeyFilterTests
{
    [Fact]
    public void Every_key_it_was_made_from_may_be_contained()
    {
        var keys = Enumerable.Range(0, 5_000).Select(i => $"villa {i} del monte").ToList();
        var filter = new KeyFilter(keys);

        Assert.All(keys, key => Assert.True(filter.MayContain(key)));
    }

    [Fact]
    public void Most_absent_keys_are_told_absent()
    {
        var filter = new KeyFilter([.. Enumerable.Range(0, 5_000).Select(i => $"villa {i} del monte")]);

        var passed = Enumerable.Range(0, 10_000).Count(i => filter.MayContain($"persona {i}"));

        // About sixteen bits a key: a few percent of absent keys share a bit with a present one.
        Assert.InRange(passed, 0, 1_500);
    }

    [Fact]
    public void An_empty_filter_holds_nothing()
    {
        var filter = new KeyFilter([]);

        Assert.False(filter.MayContain("ningun lugar"));
        Assert.False(filter.MayContain(""));
    }
}
