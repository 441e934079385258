using Atalaya.Core.Contract;
using Atalaya.Core.Exports;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Exports;

/// <summary>The small rules behind the ACLED columns.</summary>
public sealed class AcledMappingTests
{
    [Theory]
    [InlineData("2025-03-14", "day", "2025-03-14", "2025", "1")]
    [InlineData("2025-03", "month", "2025-03-01", "2025", "3")]
    [InlineData("2025", "year", "2025-01-01", "2025", "3")]
    [InlineData("2025-03-14", "month", "2025-03-01", "2025", "3")]
    [InlineData("2025-03-14", null, "2025-03-14", "2025", "1")]
    [InlineData("2025-03", "day", "2025-03-01", "2025", "3")]
    [InlineData(null, null, "", "", "")]
    [InlineData("2025-02-30", "day", "", "", "")]
    [InlineData("marzo", "month", "", "", "")]
    public void Dates_take_the_first_day_of_their_period(string? date, string? precision, string eventDate, string year, string timePrecision)
    {
        Assert.Equal(new AcledDate(eventDate, year, timePrecision), AcledDate.Of(date, precision));
    }

    [Theory]
    [InlineData(1, 3, "13")]
    [InlineData(7, 3, "37")]
    [InlineData(1, null, "10")]
    [InlineData(null, 7, "70")]
    [InlineData(null, null, "")]
    public void Interaction_puts_the_smaller_code_first(int? first, int? second, string interaction)
    {
        Assert.Equal(interaction, AcledInterCodes.Interaction(first, second));
    }

    [Fact]
    public void A_government_is_the_state_when_it_acts_and_civilian_when_attacked()
    {
        Assert.Equal(1, AcledInterCodes.Of("government", acting: true));
        Assert.Equal(7, AcledInterCodes.Of("government", acting: false));
        Assert.Equal(1, AcledInterCodes.Of("national_guard", acting: false));
        Assert.Equal(7, AcledInterCodes.Of("journalist", acting: true));
        Assert.Null(AcledInterCodes.Of(null, acting: true));
    }

    [Theory]
    [InlineData("criminal_group", 3)]
    [InlineData("faction", 3)]
    [InlineData("agency", 1)]
    [InlineData("armed_civilian_group", 4)]
    public void Every_knowledge_base_kind_of_an_armed_or_state_actor_has_a_code(string kind, int code)
        => Assert.Equal(code, AcledInterCodes.Of(kind, acting: true));

    [Theory]
    [InlineData("=HYPERLINK(\"x\")", "'=HYPERLINK(\"x\")")]
    [InlineData("+52 55 1234", "'+52 55 1234")]
    [InlineData("-ataque", "'-ataque")]
    [InlineData("@vecino", "'@vecino")]
    [InlineData("-107.3942", "-107.3942")]
    [InlineData("-3", "-3")]
    [InlineData("Culiacán", "Culiacán")]
    [InlineData("", "")]
    public void Formula_starts_are_defused_but_numbers_are_not(string field, string written)
    {
        Assert.Equal(written, CsvWriter.Defuse(field));
    }

    [Fact]
    public void Fields_with_separators_quotes_or_line_breaks_are_quoted_and_read_back()
    {
        string[] fields = ["plain", "a,b", "say \"hi\"", "two\r\nlines", "lone\nfeed", "cr\ronly", ""];
        using var text = new StringWriter();

        new CsvWriter(text).WriteRow(fields);

        Assert.Equal("plain,\"a,b\",\"say \"\"hi\"\"\",\"two\r\nlines\",\"lone\nfeed\",\"cr\ronly\",\r\n", text.ToString());
        Assert.Equal([fields], Rfc4180Reader.Read(text.ToString()));
    }

    [Fact]
    public void Notes_collapse_white_space_and_stop_at_500_characters()
    {
        Assert.Equal("a b c", EvidenceText.Note("  a\r\n\tb   c \n"));

        var note = EvidenceText.Note(string.Concat(Enumerable.Repeat("palabra ", 100)));

        Assert.True(note.Length <= 500, note.Length.ToString(System.Globalization.CultureInfo.InvariantCulture));
        Assert.EndsWith("…", note, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("San Telmo", "Sinaloa", "Culiacán", "MX", "1")]
    [InlineData("Culiacán", "Sinaloa", "Culiacán", "MX", "1")]
    [InlineData(null, "Sinaloa", "Culiacán", "MX", "2")]
    [InlineData("Sinaloa", "Sinaloa", null, "MX", "3")]
    [InlineData("Mexico", null, null, "MX", "3")]
    [InlineData(null, null, null, "MX", "3")]
    public void Geo_precision_follows_the_most_precise_level_known(string? place, string? admin1, string? admin2, string country, string precision)
    {
        var location = new ContractLocation { Place = place, Admin1 = admin1, Admin2 = admin2, Country = country };

        Assert.Equal(precision, AcledLocation.GeoPrecision(location, ExportCorpus.Countries.Find(country)));
    }

    [Fact]
    public void Unnamed_actors_get_acled_style_labels()
    {
        var mexico = ExportCorpus.Countries.Find("MX");

        Assert.Equal("Military Forces of Mexico", ActorLabels.For("navy", mexico));
        Assert.Equal("Government of Mexico", ActorLabels.For("official", mexico));
        Assert.Equal("Civilians (Mexico)", ActorLabels.For("journalist", mexico));
        Assert.Equal("Prisoners (Mexico)", ActorLabels.For("prisoner", mexico));
        Assert.Equal("Civilians", ActorLabels.For("child", null));
    }

    [Fact]
    public void Sources_are_url_hosts_or_file_names()
    {
        Assert.Equal("diario.example", DocumentSources.NameOf(new ContractDocument { Url = "https://www.diario.example/a/b", Source = "x.html" }));
        Assert.Equal("radio.example", DocumentSources.NameOf(new ContractDocument { Source = "http://radio.example/nota" }));
        Assert.Equal("nota.txt", DocumentSources.NameOf(new ContractDocument { Source = "/srv/entrada/nota.txt" }));
    }
}
