using Atalaya.Core.Internal;
using Atalaya.Core.Resources;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Resources;

/// <summary>data/lang/&lt;code&gt;/demonyms.tsv: nationality words, folded, with the place they are about.</summary>
public sealed class DemonymTests
{
    public static TheoryData<string> Codes() => ["es", "en", "pt", "fr", "de", "it", "nl", "nb", "nn", "da", "sv", "ca", "gl"];

    [Theory]
    [MemberData(nameof(Codes))]
    public void Every_language_has_demonyms_of_Mexico_and_the_United_States(string code)
    {
        var pack = Some.Resources.Languages[code];

        Assert.True(pack.Demonyms.Count >= 150, $"{code}: {pack.Demonyms.Count} demonyms");
        Assert.Equal(pack.Demonyms.Count, pack.DemonymPlaces.Count);
        Assert.Contains(pack.DemonymPlaces.Values, p => p.Country == "MX");
        Assert.Contains(pack.DemonymPlaces.Values, p => p.Country == "US");
        Assert.All(pack.Demonyms, form => Assert.Equal(TextFolding.Fold(form), form));
    }

    [Theory]
    [InlineData("es", "mexicano", "mexicana", "mexicanos", "mexicanas")]
    [InlineData("en", "Mexican", "Mexicans")]
    [InlineData("nl", "Mexicaans", "Mexicaanse", "Mexicaan", "Mexicanen")]
    [InlineData("de", "mexikanisch", "mexikanische", "mexikanischen", "mexikanischer", "mexikanisches", "Mexikaner", "Mexikanerin")]
    [InlineData("nb", "meksikansk", "meksikanske", "meksikaner", "meksikanerne")]
    [InlineData("da", "mexicansk", "mexicanske", "mexicanere")]
    [InlineData("sv", "mexikansk", "mexikanska", "mexikanskt", "mexikanerna")]
    [InlineData("fr", "mexicain", "mexicaine", "mexicains", "mexicaines")]
    [InlineData("it", "messicano", "messicani", "messicane")]
    [InlineData("pt", "mexicano", "mexicanas")]
    public void Inflected_forms_of_Mexican_are_found_folded(string code, params string[] written)
    {
        var pack = Some.Resources.Languages[code];
        foreach (var form in written)
        {
            var folded = TextFolding.Fold(form);
            Assert.Contains(folded, pack.Demonyms);
            Assert.Equal(new DemonymPlace("MX", null), pack.DemonymPlaces[folded]);
        }
    }

    [Theory]
    [InlineData("nl", "Amerikaanse", "US")]
    [InlineData("nl", "Spaanse", "ES")]
    [InlineData("en", "American", "US")]
    [InlineData("es", "estadounidenses", "US")]
    [InlineData("es", "españolas", "ES")]
    [InlineData("pt", "alemães", "DE")]
    [InlineData("fr", "Britanniques", "GB")]
    [InlineData("de", "Französinnen", "FR")]
    [InlineData("de", "US-amerikanischen", "US")]
    [InlineData("it", "tedeschi", "DE")]
    [InlineData("sv", "colombianska", "CO")]
    [InlineData("nb", "colombianske", "CO")]
    [InlineData("da", "colombianske", "CO")]
    [InlineData("ca", "colombianes", "CO")]
    [InlineData("gl", "colombianos", "CO")]
    public void A_demonym_names_its_country(string code, string written, string country)
        => Assert.Equal(country, Some.Resources.Languages[code].DemonymPlaces[TextFolding.Fold(written)].Country);

    [Theory]
    [InlineData("jalisciense", "Jalisco")]
    [InlineData("michoacanos", "Michoacán")]
    [InlineData("sinaloense", "Sinaloa")]
    [InlineData("tamaulipecas", "Tamaulipas")]
    [InlineData("oaxaqueña", "Oaxaca")]
    [InlineData("chilangos", "Mexico City")]
    [InlineData("mexiquense", "México")]
    public void Spanish_demonyms_of_Mexican_states_name_the_state(string written, string state)
        => Assert.Equal(new DemonymPlace("MX", state), Some.Resources.Languages["es"].DemonymPlaces[TextFolding.Fold(written)]);

    [Theory]
    [InlineData("es", "Texan", false)]
    [InlineData("es", "texanos", true)]
    [InlineData("en", "Texans", true)]
    [InlineData("de", "Texaner", true)]
    public void Demonyms_of_US_states_name_the_state(string code, string written, bool known)
    {
        var found = Some.Resources.Languages[code].DemonymPlaces.TryGetValue(TextFolding.Fold(written), out var place);
        Assert.Equal(known, found);
        Assert.True(!found || place == new DemonymPlace("US", "Texas"));
    }

    [Theory]
    [InlineData("es", "China")]
    [InlineData("es", "Argentina")]
    [InlineData("de", "Polen")]
    [InlineData("nl", "Zweden")]
    [InlineData("fr", "Suisse")]
    [InlineData("sv", "Japan")]
    [InlineData("en", "Mexico")]
    public void Words_that_are_also_country_names_are_left_out(string code, string name)
        => Assert.DoesNotContain(TextFolding.Fold(name), Some.Resources.Languages[code].Demonyms);

    [Fact]
    public void A_pack_without_the_file_has_no_demonyms_and_a_bad_country_is_reported()
    {
        using var folder = new TempFolder();
        var empty = LanguagePack.Load(folder.Path);
        Assert.Empty(empty.Demonyms);
        Assert.Empty(empty.DemonymPlaces);

        folder.Write("demonyms.tsv", "# header\nmexicano\tMEX\n");
        var error = Assert.Throws<InvalidDataException>(() => LanguagePack.Load(folder.Path));
        Assert.Contains("mexicano", error.Message, StringComparison.Ordinal);
    }
}
