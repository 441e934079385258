using Atalaya.Core.Stages.Geo;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Geo;

/// <summary>
/// The compiled gazetteer (gazetteer.bin) answers exactly like the text it was compiled from, the
/// shipped one is what compiling the shipped text gives today (so the two cannot drift apart), and
/// a compiled form of other text is never used.
/// </summary>
public sealed class CompiledGazetteerTests : IDisposable
{
    // geonameid, kind, name, names, country, admin1, admin2, lat, lon, population
    private const string Tiny = """
        # A tiny gazetteer for tests.
        6252001	country	United States	United States|Estados Unidos|=US|=USA|=Usa|=EE. UU.|=VS	US			38	-97	310232863
        3996063	country	Mexico	Mexico|México|Mexiko	MX			23	-102	112468855
        4004156	admin1	Jalisco	Jalisco	MX	Jalisco		20.3	-103.6	8348151
        5332921	admin1	California	California|Kalifornien	US	California				0
        8581998	admin2	Culiacán	Culiacán|Culiacan	MX	Sinaloa	Culiacán	24.65	-107.27	1003530
        4012176	city	Culiacán	Culiacán|Culiacán Rosales	MX	Sinaloa	Culiacán	24.79	-107.39	808416
        1849154	city	Usa	Usa	JP	Oita		33.5	131.35	56542
        -140860010	city	Atacco	Atacco	MX	Jalisco	Tapalpa			1200
        -1000000001	region	Tierra Caliente	Tierra Caliente|Tierra Caliente michoacana	MX	Michoacán		18.9	-101.8	0
        """;

    private readonly TempFolder folder = new();

    public void Dispose() => folder.Dispose();

    private static string ShippedPath => Path.Combine(AppContext.BaseDirectory, "data", "geo", "gazetteer.tsv.gz");

    [Fact]
    public void The_shipped_compiled_form_is_what_compiling_the_shipped_text_gives()
    {
        using var compiled = new MemoryStream();
        CompiledGazetteer.Write(Gazetteer.LoadText(ShippedPath), ShippedPath, compiled);
        var shipped = File.ReadAllBytes(CompiledGazetteer.PathFor(ShippedPath));

        // A failure here means data/geo/gazetteer.tsv.gz changed without
        // `dotnet run -c Release --project tools/Atalaya.Training -- geo compile`.
        Assert.True(compiled.ToArray().AsSpan().SequenceEqual(shipped), "data/geo/gazetteer.bin is not the compiled form of data/geo/gazetteer.tsv.gz");
    }

    [Fact]
    public void The_shipped_gazetteer_opens_compiled_and_answers_every_name_like_its_text()
    {
        var text = Gazetteer.LoadText(ShippedPath);
        var compiled = Gazetteer.Load(ShippedPath);
        Assert.True(compiled.IsCompiled);
        Assert.False(text.IsCompiled);
        AssertSameAnswers(text, compiled);
    }

    [Fact]
    public void A_tiny_gazetteer_compiles_to_the_same_answers()
    {
        var source = GazetteerTests.WriteGzip(folder, "gazetteer.tsv.gz", Tiny);
        var binary = CompiledGazetteer.Compile(source);
        Assert.Equal(folder.File("gazetteer.bin"), binary);

        var compiled = Gazetteer.Load(source);
        Assert.True(compiled.IsCompiled);
        AssertSameAnswers(Gazetteer.LoadText(source), compiled);
        Assert.Equal([6252001], compiled.Lookup("USA").Take(1).Select(p => p.GeonamesId));
        Assert.Equal([1849154], compiled.Lookup("usa").Select(p => p.GeonamesId));
        Assert.Empty(compiled.Lookup("us"));
        Assert.Null(compiled.ById(-140860010)!.Lat);
        Assert.Same(compiled.Lookup("Culiacan"), compiled.Lookup("CULIACÁN"));
    }

    [Fact]
    public void A_compiled_form_of_other_text_is_not_used()
    {
        var source = GazetteerTests.WriteGzip(folder, "gazetteer.tsv.gz", Tiny);
        CompiledGazetteer.Compile(source);
        GazetteerTests.WriteGzip(folder, "gazetteer.tsv.gz", Tiny.Replace("Atacco", "Atoyac", StringComparison.Ordinal));

        var gazetteer = Gazetteer.Load(source);
        Assert.False(gazetteer.IsCompiled);
        Assert.NotEmpty(gazetteer.Lookup("Atoyac"));
        Assert.Empty(gazetteer.Lookup("Atacco"));
    }

    [Fact]
    public void A_corrupt_compiled_form_is_reported()
    {
        var source = GazetteerTests.WriteGzip(folder, "gazetteer.tsv.gz", Tiny);
        var binary = CompiledGazetteer.Compile(source);
        var bytes = File.ReadAllBytes(binary);
        File.WriteAllBytes(binary, bytes[..(bytes.Length / 2)]);

        var error = Assert.Throws<InvalidDataException>(() => Gazetteer.Load(source));
        Assert.Contains("gazetteer.bin", error.Message, StringComparison.Ordinal);
    }

    /// <summary>Every name (folded, and as written for exact names) gives equal places in the same order; counts, ids and states agree.</summary>
    private static void AssertSameAnswers(Gazetteer text, Gazetteer compiled)
    {
        Assert.Equal(text.Count, compiled.Count);
        Assert.Equal(text.NameCount, compiled.NameCount);
        Assert.Equal(text.MaxNameWords, compiled.MaxNameWords);
        var names = 0;
        foreach (var (folded, entry) in text.NamesForCompiling())
        {
            names++;
            Assert.Equal(text.Lookup(folded), compiled.Lookup(folded));
            foreach (var exact in entry.Exact ?? [])
            {
                Assert.Equal(text.Lookup(exact.Letters), compiled.Lookup(exact.Letters));
            }
        }

        Assert.Equal(text.NameCount, names);
        Assert.Empty(compiled.Lookup("no such place anywhere"));
        foreach (var place in text.PlacesInPriorOrder!)
        {
            Assert.Equal(place, compiled.ById(place.GeonamesId));
        }

        foreach (var country in text.PlacesInPriorOrder.Select(p => p.Country).Distinct())
        {
            Assert.Equal(text.Admin1Of(country), compiled.Admin1Of(country));
        }
    }
}
