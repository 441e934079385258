using System.IO.Compression;
using System.Text;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Language;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Language;

/// <summary>The identifier's contract: its languages, confidences, ranking, and loading its model.</summary>
public sealed class LanguageIdentifierTests
{
    private static string ModelPath => Path.Combine(Some.Resources.DataDirectory, AtalayaResources.LanguageModelPath);

    [Fact]
    public void Languages_cover_the_focus_languages_with_both_norwegian_standards()
    {
        var languages = LangId.Identifier.Languages;

        Assert.True(languages.Count >= 40, $"{languages.Count} languages");
        Assert.Equal(languages.Count, languages.Distinct().Count());
        foreach (var code in LangId.FocusLanguages)
        {
            Assert.Contains(code, languages);
        }

        Assert.Contains("nb", languages);
        Assert.Contains("nn", languages);
        Assert.DoesNotContain("no", languages);
        Assert.DoesNotContain("und", languages);
        Assert.All(languages, code => Assert.Matches("^[a-z]{2,3}$", code));
    }

    [Theory]
    [InlineData("")]
    [InlineData("Hola")]
    [InlineData("Politiet seier at dei ikkje veit kven som skaut mot bilen i går kveld.")]
    [InlineData("Kvinna som vart funnen skadd, er no utanfor livsfare, opplyser sjukehuset.")]
    [InlineData("La policía dice que todavía no sabe quién disparó contra el coche anoche.")]
    [InlineData("Witnesses said one of the gunmen shouted \"nadie se mueve, esto es un asalto\" before they fled.")]
    [InlineData("Полиция задержала в среду двух мужчин, подозреваемых в поджоге склада на окраине города.")]
    [InlineData("Bundesverfassungsgericht")]
    public void Confidence_is_a_probability(string text)
    {
        var guess = LangId.Identifier.Identify(text);

        Assert.InRange(guess.Confidence, 0.0, 1.0);
    }

    [Theory]
    [InlineData("Politiet seier at dei ikkje veit kven som skaut mot bilen i går kveld.")]
    [InlineData("A policía di que aínda non sabe quen disparou contra o coche onte á noite.")]
    [InlineData("Two men were arrested after an armed robbery at a jewellery shop in the old town.")]
    [InlineData("警方周二在城市郊区逮捕了两名男子，他们涉嫌纵火焚烧一座存放农产品的仓库。")]
    [InlineData("Bundesverfassungsgericht")]
    public void Rank_is_a_distribution_over_all_languages_best_first(string text)
    {
        var ranking = LangId.Identifier.Rank(text);

        Assert.Equal(LangId.Identifier.Languages.Count, ranking.Count);
        Assert.Equal(LangId.Identifier.Languages.Order(StringComparer.Ordinal), ranking.Select(g => g.Code).Order(StringComparer.Ordinal));
        Assert.Equal(1.0, ranking.Sum(g => g.Confidence), 6);
        Assert.All(ranking, g => Assert.InRange(g.Confidence, 0.0, 1.0));
        for (var i = 1; i < ranking.Count; i++)
        {
            Assert.True(ranking[i - 1].Confidence >= ranking[i].Confidence, $"{ranking[i - 1]} before {ranking[i]}");
        }

        var guess = LangId.Identifier.Identify(text);
        Assert.Equal(guess.Code, ranking[0].Code);
        Assert.Equal(guess.Confidence, ranking[0].Confidence, 4);
    }

    [Fact]
    public void Resources_load_the_identifier_from_the_data_folder()
    {
        var resources = AtalayaResources.Load(Path.Combine(AppContext.BaseDirectory, "data"));

        Assert.NotNull(resources.LanguageIdentifier);
        Assert.Equal("nn", resources.LanguageIdentifier.Identify("Ho seier at ho ikkje veit kva som hende i går kveld.").Code);
    }

    [Fact]
    public void Resources_found_without_a_path_have_an_identifier()
    {
        Assert.NotNull(AtalayaResources.Load().LanguageIdentifier);
    }

    [Fact]
    public void A_data_folder_without_a_model_has_no_identifier()
    {
        using var folder = new TempFolder();
        var pack = Directory.CreateDirectory(Path.Combine(folder.Path, "lang", "es")).FullName;
        File.WriteAllText(Path.Combine(pack, "boilerplate.tsv"), "Compartir\tline\tshare\n");

        Assert.Null(AtalayaResources.Load(folder.Path).LanguageIdentifier);
    }

    [Fact]
    public void The_model_loads_without_marker_words()
    {
        var identifier = LanguageIdentifier.Load(ModelPath);

        Assert.Equal(LangId.Identifier.Languages, identifier.Languages);
        Assert.Equal("de", identifier.Identify("Die Polizei hat am Dienstag drei Männer festgenommen.").Code);
    }

    [Theory]
    [InlineData("")]
    [InlineData("This is a text file, not a language model.\n")]
    [InlineData("ATLID")]
    public void A_file_that_is_not_a_model_is_refused(string content)
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "model.atlm");
        File.WriteAllText(path, content);

        Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(path));
    }

    [Fact]
    public void A_gzip_file_of_something_else_is_refused()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "model.atlm");
        WriteGzip(path, writer => writer.Write(Encoding.UTF8.GetBytes("Just some compressed words, not weights.")));

        Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(path));
    }

    [Fact]
    public void A_model_of_another_version_is_refused()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "model.atlm");
        WriteGzip(path, writer =>
        {
            writer.Write("ATLID".ToCharArray());
            writer.Write(99);
        });

        Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(path));
    }

    [Theory]
    [InlineData(0.5)]
    [InlineData(0.9)]
    [InlineData(0.001)]
    public void A_model_truncated_on_disk_is_refused(double keep)
    {
        using var folder = new TempFolder();
        var bytes = File.ReadAllBytes(ModelPath);
        var path = Path.Combine(folder.Path, "truncated.atlm");
        File.WriteAllBytes(path, bytes[..(int)(bytes.Length * keep)]);

        var error = Record.Exception(() => LanguageIdentifier.Load(path));

        Assert.True(error is InvalidDataException or EndOfStreamException, $"{error?.GetType().Name ?? "no exception"}: {error?.Message}");
    }

    [Fact]
    public void A_model_whose_content_is_cut_short_is_refused()
    {
        using var folder = new TempFolder();
        var content = Decompress(ModelPath);
        var path = Path.Combine(folder.Path, "short.atlm");
        WriteGzip(path, writer => writer.Write(content, 0, content.Length - 1000));

        var error = Record.Exception(() => LanguageIdentifier.Load(path));

        Assert.True(error is InvalidDataException or EndOfStreamException, $"{error?.GetType().Name ?? "no exception"}: {error?.Message}");
    }

    [Fact]
    public void A_model_with_an_impossible_header_is_refused()
    {
        using var folder = new TempFolder();
        var path = Path.Combine(folder.Path, "corrupt.atlm");
        WriteGzip(path, writer =>
        {
            writer.Write("ATLID".ToCharArray());
            writer.Write(2);
            writer.Write(17);
            writer.Write(-3);
        });

        Assert.Throws<InvalidDataException>(() => LanguageIdentifier.Load(path));
    }

    private static void WriteGzip(string path, Action<BinaryWriter> write)
    {
        using var file = File.Create(path);
        using var gzip = new GZipStream(file, CompressionLevel.Fastest);
        using var writer = new BinaryWriter(gzip, Encoding.UTF8);
        write(writer);
    }

    private static byte[] Decompress(string path)
    {
        using var file = File.OpenRead(path);
        using var gzip = new GZipStream(file, CompressionMode.Decompress);
        using var memory = new MemoryStream();
        gzip.CopyTo(memory);
        return memory.ToArray();
    }
}
