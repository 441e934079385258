using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// "Sonora: Matan a tres policías": the capital of a clause after a colon is no name's when running
/// text writes the word in lower case. Invented headlines.
/// </summary>
public sealed class HeadlineClauseTests
{
    /// <summary>A tagger that also knows which words running text writes in lower case.</summary>
    private sealed class UsageTagger(string word, string type, params string[] lowerCase) : INamedEntityTagger
    {
        private readonly FakeTagger tags = new(word, type);

        public IReadOnlyList<(TextSpan Span, string Type, double Confidence)> Tag(string text, IReadOnlyList<TextSpan> tokens, string language)
            => tags.Tag(text, tokens, language);

        public bool IsMostlyLowerCase(ReadOnlySpan<char> candidate, string language)
            => lowerCase.Contains(candidate.ToString().ToLowerInvariant());
    }

    private static DocumentEntities Analyze(string text, string word, params string[] lowerCase)
        => EntityAnalysis.Run(text, KnowledgeBase.Empty, new FakePlaces([]), new UsageTagger(word, "PER", lowerCase));

    [Theory]
    [InlineData("Sonora: Matan a tres policías en una emboscada cerca de la carretera federal.", "Matan", "matan")]
    [InlineData("Ceará: Prendem cinco suspeitos depois de um tiroteio perto da estrada federal.", "Prendem", "prendem")]
    [InlineData("Limburg: Verdachten opgepakt na een schietpartij bij de snelweg in het zuiden.", "Verdachten", "verdachten")]
    [InlineData("Skåne: Skottlossning vid en bensinstation natten till fredag, två skadade.", "Skottlossning", "skottlossning")]
    public void A_lower_case_word_opening_a_clause_after_a_colon_is_no_name(string text, string word, string lowerCase)
        => Assert.Empty(Analyze(text, word, lowerCase).Entities);

    [Fact]
    public void A_name_after_a_colon_stays()
    {
        var text = "Sonora: Matías dijo que tres policías murieron en una emboscada cerca de la carretera.";

        Assert.Contains(Analyze(text, "Matías", "matan").Entities, e => e.Type == "PER");
    }
}
