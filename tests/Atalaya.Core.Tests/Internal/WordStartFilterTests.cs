using Atalaya.Core.Internal;
using Atalaya.Core.Stages.Events;

namespace Atalaya.Core.Tests.Internal;

public sealed class WordStartFilterTests
{
    [Fact]
    public void A_marked_word_or_pair_always_passes()
    {
        var filter = new WordStartFilter();
        filter.Mark("emboscada");
        filter.Mark("se", "registro");
        filter.Mark("ataq"); // a stem's key: every word it begins passes

        Assert.True(filter.MayStart(["una", "emboscada"], 1));
        Assert.True(filter.MayStart(["ayer", "se", "registro", "un"], 1));
        Assert.True(filter.MayStart(["el", "ataque"], 1));
        Assert.True(filter.MayStart(["los", "ataques"], 1));
    }

    [Fact]
    public void A_function_word_that_opens_phrases_passes_only_before_a_word_that_follows_it_in_one()
    {
        var filter = new WordStartFilter();
        filter.Mark("se", "registro");

        string[] unrelated = ["fue", "dijo", "queda", "sabe"];
        var passed = unrelated.Count(next => filter.MayStart(["se", next], 0));

        // A hash filter may pass a stray pair, never most of them.
        Assert.True(passed <= 1, $"{passed} of 4 unrelated pairs passed");
        Assert.False(filter.MayStart(["se"], 0));
    }

    [Theory]
    [InlineData("ayer se registró un enfrentamiento armado", "se registro")]
    [InlineData("die Polizei meldete einen Schusswechsel am Morgen", "schusswechsel")]
    [InlineData("a polícia disse que foram assassinados dois homens", "foram assassinad*")]
    [InlineData("två män sköts ihjäl i natt", "skots ihjal")]
    public void Lexicon_phrases_opened_by_function_words_and_stems_are_still_found(string sentence, string phrase)
    {
        var matcher = new WordMatcher([(phrase, "HIT"), ("la bomba", "OTHER")]);
        var words = sentence.Split(' ').Select(w => TextFolding.FoldWord(w)).ToArray();
        var found = new List<WordMatch>();
        matcher.Find(words, found);

        var match = Assert.Single(found);
        Assert.Equal("HIT", match.Code);
    }
}
