using System.Globalization;
using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Language;

/// <summary>The shipped identifier (data/models/langid.atlm with the real marker lists) and assertions that explain a miss.</summary>
internal static class LangId
{
    /// <summary>The 14 languages Atalaya reads closely.</summary>
    public static readonly string[] FocusLanguages = ["es", "pt", "ca", "gl", "it", "fr", "en", "de", "nl", "af", "nb", "nn", "da", "sv"];

    public static LanguageIdentifier Identifier
        => Some.Resources.LanguageIdentifier ?? throw new InvalidOperationException("no language model in the test output's data/models/");

    /// <summary>The three best candidates, for failure messages: "pt:0.9996 gl:0.0004 es:0.0000".</summary>
    public static string Top(string text)
        => string.Join(' ', Identifier.Rank(text).Take(3).Select(g => string.Create(CultureInfo.InvariantCulture, $"{g.Code}:{g.Confidence:0.0000}")));

    /// <summary>Identifies <paramref name="text"/> and fails with the model's ranking when the code is not <paramref name="expected"/>.</summary>
    public static LanguageGuess AssertIdentified(string expected, string text)
    {
        var guess = Identifier.Identify(text);
        Assert.True(guess.Code == expected, $"expected {expected}, the model said {guess.Code} ({Top(text)}) for: {text}");
        return guess;
    }

    /// <summary>Fails unless <paramref name="expected"/> is the best or the second-best candidate.</summary>
    public static void AssertAmongTwoBest(string expected, string text)
    {
        var best = Identifier.Rank(text).Take(2).Select(g => g.Code).ToList();
        Assert.True(best.Contains(expected), $"expected {expected} among the two best, the model said {Top(text)} for: {text}");
    }

    /// <summary>Checks every (expected, text) pair and reports all misses at once.</summary>
    public static void AssertAllIdentified(params (string Expected, string Text)[] cases)
    {
        var misses = cases
            .Select(c => (c.Expected, c.Text, Guess: Identifier.Identify(c.Text)))
            .Where(c => c.Guess.Code != c.Expected)
            .Select(c => $"expected {c.Expected}, the model said {c.Guess.Code} ({Top(c.Text)}) for: {c.Text}")
            .ToList();
        Assert.True(misses.Count == 0, string.Join('\n', misses));
    }
}
