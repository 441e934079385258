using Atalaya.Core.Resources;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Resources;

/// <summary>The shipped language packs are complete and load as documented in data/lang/README.md.</summary>
public sealed class LanguagePackTests
{
    public static TheoryData<string> Codes() => ["es", "en", "pt", "fr", "de", "it", "nl", "nb", "nn", "da", "sv", "ca", "gl"];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Pack_is_loaded_with_all_four_lists(string code)
    {
        var pack = Some.Resources.Languages[code];

        Assert.Equal(code, pack.Code);
        Assert.True(pack.Boilerplate.Count >= 50, $"{code}: {pack.Boilerplate.Count} boilerplate phrases");
        Assert.Equal(Enumerable.Range(1, 12), pack.Months.Values.Distinct().Order());
        Assert.Contains("published", pack.DateLabels.Values);
        Assert.NotEmpty(pack.BylinePrefixes);
        Assert.NotEmpty(pack.BylineRoles);
        Assert.All(pack.Boilerplate, phrase => Assert.Equal(code, phrase.Language));
    }

    [Fact]
    public void Month_names_do_not_clash_between_languages()
    {
        foreach (var pack in Some.Resources.Languages.Values)
        {
            foreach (var (name, number) in pack.Months)
            {
                Assert.True(Some.Resources.Dates.Month(name) == number, $"{pack.Code}: '{name}' should be month {number}");
            }
        }
    }

    [Theory]
    [InlineData("Lees ook: Drugslab ontdekt in Sinaloa", "read_more")]
    [InlineData("Foto: Reuters", "photo_credit")]
    [InlineData("Wir verwenden Cookies", "cookie")]
    public void Lexicon_matches_phrases_of_every_language(string line, string kind)
    {
        Assert.Equal(kind, Some.Resources.Boilerplate.Match(line)?.Kind);
    }

    [Fact]
    public void Lexicon_from_packs_in_memory_uses_only_those_phrases()
    {
        var pack = new LanguagePack
        {
            Code = "xx",
            Boilerplate = [new BoilerplatePhrase("Zum Mitnehmen", PhraseMatch.Line, "navigation", "xx")],
        };

        var resources = AtalayaResources.FromPacks([pack]);

        Assert.Equal("navigation", resources.Boilerplate.Match("zum mitnehmen!")?.Kind);
        Assert.Null(resources.Boilerplate.Match("Compartir"));
        Assert.Equal(1, resources.Boilerplate.Count);
    }

    [Fact]
    public void Missing_data_folder_is_reported()
    {
        using var folder = new TempFolder();

        var error = Assert.Throws<DirectoryNotFoundException>(() => AtalayaResources.Load(folder.Path));

        Assert.Contains(folder.Path, error.Message, StringComparison.Ordinal);
    }
}
