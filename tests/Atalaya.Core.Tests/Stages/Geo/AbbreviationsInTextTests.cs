using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Geo;

/// <summary>Country abbreviations of the shipped gazetteer in article text, through the whole pipeline.</summary>
public sealed class AbbreviationsInTextTests
{
    private static readonly Lazy<AnalysisPipeline> Pipeline = new(() => StandardPipeline.Create(Some.Resources));

    private static IReadOnlyList<string?> PlaceCountries(string text)
    {
        var result = Pipeline.Value.Analyze(Some.Document(text));
        Assert.Empty(result.Failures);
        return [.. result.Document.Get(Annotations.Entities).Entities.Where(e => e.Type == "LOC").Select(e => e.Geo?.Country)];
    }

    [Fact]
    public void VS_and_VK_in_Dutch_text_are_the_United_States_and_the_United_Kingdom()
    {
        var countries = PlaceCountries("De VS en het VK maken zich zorgen over het geweld. Volgens de regering in de VS werken de kartels met Europese groepen samen.");

        Assert.Contains("US", countries);
        Assert.Contains("GB", countries);
    }

    [Fact]
    public void The_English_word_us_is_no_country()
    {
        var countries = PlaceCountries("Let us be clear, the police told us on Monday: nobody was arrested in the town after the shooting.");

        Assert.DoesNotContain("US", countries);
    }

    [Fact]
    public void US_in_capitals_in_English_text_is_the_United_States()
        => Assert.Contains("US", PlaceCountries("Weapons bought in the US are smuggled south across the border, officials said on Monday."));
}
