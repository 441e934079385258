using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities.Ner;
using Atalaya.Core.Stages.Segmentation;

namespace Atalaya.Core.Tests.Stages.Entities.Ner;

/// <summary>The shipped entity models on sentences written for these tests.</summary>
public sealed class NerTaggerTests
{
    private static readonly Lazy<NerTagger> Shared = new(() => NerTagger.Load(Path.Combine(AppContext.BaseDirectory, "data")));

    private static NerTagger Tagger => Shared.Value;

    private static TextSpan[] Tokens(string text)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(text, new TextSpan(0, text.Length), 0, tokens);
        return [.. tokens.Select(t => t.Span)];
    }

    private static List<(string Text, string Type)> Entities(string text, string language)
        => [.. Tagger.Tag(text, Tokens(text), language).Select(e => (e.Span.Slice(text), e.Type))];

    private static void AssertFound(string text, string language, params (string Text, string Type)[] expected)
    {
        var found = Entities(text, language);
        var missing = expected.Where(e => !found.Contains(e)).ToList();
        Assert.True(missing.Count == 0, $"missing {string.Join(", ", missing)}; found {string.Join(", ", found)} in: {text}");
    }

    /// <summary>Spanish and Italian are not listed: their corpora train only the shared features, and they read with Portuguese's.</summary>
    [Fact]
    public void Models_load_with_their_languages()
    {
        Assert.Superset(new HashSet<string>(["en", "nb", "nn", "pt", "da", "sv", "de"]), new HashSet<string>(Tagger.Languages));
    }

    [Theory]
    [InlineData("es", "El presidente Andrés López visitó Guadalajara el lunes.", "Andrés López", "Guadalajara")]
    [InlineData("nl", "De president Andrés López bezocht maandag Amsterdam.", "Andrés López", "Amsterdam")]
    [InlineData("en", "President Andrés López visited Houston on Monday.", "Andrés López", "Houston")]
    [InlineData("nb", "Presidenten Andrés López besøkte Trondheim mandag.", "Andrés López", "Trondheim")]
    [InlineData("pt", "O presidente Andrés López visitou Guadalajara na segunda-feira.", "Andrés López", "Guadalajara")]
    [InlineData("de", "Präsident Andrés López besuchte am Montag München.", "Andrés López", "München")]
    [InlineData("da", "Præsident Andrés López besøgte mandag Odense.", "Andrés López", "Odense")]
    [InlineData("sv", "Presidenten Andrés López besökte Stockholm på måndagen.", "Andrés López", "Stockholm")]
    public void A_clear_sentence_gets_its_person_and_place(string language, string text, string person, string place)
    {
        AssertFound(text, language, (person, "PER"), (place, "LOC"));
    }

    [Fact]
    public void Entities_never_start_inside_a_name()
    {
        string[] texts =
        [
            "Según fuentes de la Secretaría de la Defensa Nacional, el operativo en Culiacán terminó con la detención de Iván Guzmán.",
            "Volgens de politie van Rotterdam werd Jan de Vries dinsdag aangehouden in het centrum van Utrecht.",
            "Die Staatsanwaltschaft Frankfurt ermittelt gegen Mitarbeiter der Deutschen Bank.",
        ];
        string[] languages = ["es", "nl", "de"];
        for (var k = 0; k < texts.Length; k++)
        {
            var words = Tokens(texts[k]).Select(t => t.Slice(texts[k])).ToArray();
            var labels = new int[words.Length];
            Tagger.TagWords(words, languages[k], labels);
            for (var i = 0; i < labels.Length; i++)
            {
                Assert.True(NerLabels.Allowed(i > 0 ? labels[i - 1] : 0, labels[i]), $"{NerLabels.Names[labels[i]]} at '{words[i]}' in: {texts[k]}");
            }
        }
    }

    /// <summary>A headline in capitals: its capitals do not make every word a name.</summary>
    [Fact]
    public void A_sentence_in_capitals_is_not_all_names()
    {
        const string text = "DETIENEN EN CULIACÁN A DOS HOMBRES POR EL ATAQUE A LA POLICÍA";
        var tokens = Tokens(text);
        Assert.True(NerFeatures.IsShouted([.. tokens.Select(t => NerFeatures.Describe(t.AsSpan(text)))]));

        var found = Entities(text, "es");
        Assert.DoesNotContain(found, e => e.Text is "DETIENEN" or "DOS" or "HOMBRES" or "POR" or "EL");
        Assert.False(NerFeatures.IsShouted([NerFeatures.Describe("La"), NerFeatures.Describe("ONU"), NerFeatures.Describe("y"), NerFeatures.Describe("la"), NerFeatures.Describe("OTAN")]));
    }

    [Fact]
    public void Tagging_is_deterministic()
    {
        const string text = "La Fiscalía de Sinaloa informó que Joaquín Guzmán fue trasladado a Mazatlán.";
        var first = Tagger.Tag(text, Tokens(text), "es").ToArray();
        var second = Tagger.Tag(text, Tokens(text), "es").ToArray();
        Assert.Equal(first, second);
    }

    [Fact]
    public void A_missing_model_folder_is_reported()
    {
        var folder = Path.Combine(Path.GetTempPath(), "atalaya-no-ner-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        try
        {
            Assert.Throws<FileNotFoundException>(() => NerTagger.Load(folder));
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    [Theory]
    [InlineData("es", "El alcalde Carlos Méndez visitó ayer Culiacán para reunirse con la Secretaría de Marina.", "Carlos Méndez", "Culiacán")]
    [InlineData("en", "Mayor Carlos Méndez traveled to Chicago on Monday to meet officials from the Department of Justice.", "Carlos Méndez", "Chicago")]
    [InlineData("pt", "O prefeito Carlos Méndez viajou para Lisboa na segunda-feira para se reunir com a polícia.", "Carlos Méndez", "Lisboa")]
    [InlineData("nb", "Ordfører Carlos Méndez reiste til Bergen mandag for å møte politiet.", "Carlos Méndez", "Bergen")]
    [InlineData("nn", "Ordføraren Carlos Méndez reiste til Bergen måndag for å møte politiet.", "Carlos Méndez", "Bergen")]
    [InlineData("da", "Borgmester Carlos Méndez rejste mandag til Aarhus for at mødes med politiet.", "Carlos Méndez", "Aarhus")]
    [InlineData("sv", "Borgmästaren Carlos Méndez reste på måndagen till Göteborg för att träffa polisen.", "Carlos Méndez", "Göteborg")]
    [InlineData("de", "Bürgermeister Carlos Méndez reiste am Montag nach Hamburg, um sich mit der Polizei zu treffen.", "Carlos Méndez", "Hamburg")]
    [InlineData("it", "Il sindaco Carlos Méndez è arrivato lunedì a Milano per incontrare la polizia.", "Carlos Méndez", "Milano")]
    public void A_person_and_a_city_are_found(string language, string text, string person, string city)
    {
        AssertFound(text, language, (person, "PER"), (city, "LOC"));
    }

    /// <summary>Dutch has no licensed training corpus: names are found by transfer, their type is weaker.</summary>
    [Fact]
    public void Dutch_names_are_found_without_a_dutch_corpus()
    {
        const string text = "Burgemeester Carlos Méndez reisde maandag naar Rotterdam om de politie te ontmoeten.";
        var found = Entities(text, "nl");
        Assert.Contains(("Carlos Méndez", "PER"), found);
        Assert.Contains(found, e => e.Text == "Rotterdam");
    }

    [Theory]
    [InlineData("es", "Agentes de la Fiscalía General de la República detuvieron a dos hombres en Sinaloa.", "Sinaloa", "LOC")]
    [InlineData("en", "The United Nations said on Tuesday that the violence in Mexico had displaced thousands.", "United Nations", "ORG")]
    [InlineData("nb", "Statsminister Jonas Støre sa at Arbeiderpartiet vil støtte forslaget.", "Jonas Støre", "PER")]
    public void Organizations_and_places_are_found(string language, string text, string entity, string type)
    {
        AssertFound(text, language, (entity, type));
    }

    [Fact]
    public void Entity_spans_start_and_end_on_token_boundaries()
    {
        const string text = "Según el portavoz Luis García, la Policía Federal detuvo en Tijuana a tres miembros del Cártel de Sinaloa el 3 de mayo.";
        var tokens = Tokens(text);
        var entities = Tagger.Tag(text, tokens, "es");

        Assert.NotEmpty(entities);
        Assert.All(entities, e =>
        {
            Assert.Contains(tokens, t => t.Start == e.Span.Start);
            Assert.Contains(tokens, t => t.End == e.Span.End);
            Assert.InRange(e.Confidence, 0.0, 1.0);
            Assert.Contains(e.Type, (string[])["PER", "ORG", "LOC", "MISC"]);
        });
    }

    [Fact]
    public void An_elided_article_is_left_out_of_the_span()
    {
        var info = NerFeatures.Describe("d'Italia");
        Assert.Equal(2, info.Elision);
        Assert.Equal(NerFeatures.Describe("Italia").Word, info.Word);
        Assert.Equal(0, NerFeatures.Describe("pick-up").Elision);
        Assert.Equal(0, NerFeatures.Describe("l'uomo").Elision);
    }

    [Fact]
    public void Empty_input_gives_no_entities()
    {
        Assert.Empty(Tagger.Tag(string.Empty, [], "es"));
        Assert.Empty(Tagger.Tag("   ", [], "en"));
        Assert.Empty(Tagger.Tag(". , ;", Tokens(". , ;"), "xx"));
    }

    [Fact]
    public void Unknown_and_empty_language_codes_use_the_multilingual_model()
    {
        const string text = "Carlos Méndez llegó a Culiacán.";
        Assert.NotNull(Tagger.Tag(text, Tokens(text), "qq"));
        Assert.NotNull(Tagger.Tag(text, Tokens(text), string.Empty));
    }

    [Fact]
    public void Tokens_outside_the_text_are_refused()
    {
        Assert.Throws<ArgumentOutOfRangeException>(() => Tagger.Tag("abc", [new TextSpan(0, 10)], "en"));
    }

    [Fact]
    public void Concurrent_tagging_gives_the_same_results_as_sequential_tagging()
    {
        string[] sentences =
        [
            "El alcalde Carlos Méndez visitó ayer Culiacán para reunirse con la Secretaría de Marina.",
            "Mayor Carlos Méndez traveled to Chicago on Monday to meet officials from the Department of Justice.",
            "Ordfører Carlos Méndez reiste til Bergen mandag for å møte politiet.",
            "Bürgermeister Carlos Méndez reiste am Montag nach Hamburg, um sich mit der Polizei zu treffen.",
            string.Join(' ', Enumerable.Repeat("La Guardia Nacional llegó a Reynosa, Tamaulipas.", 40)),
        ];
        string[] languages = ["es", "en", "nb", "de", "es"];
        var expected = sentences.Select((s, i) => Tagger.Tag(s, Tokens(s), languages[i]).ToArray()).ToArray();

        var results = new NamedSpan[400][];
        Parallel.For(0, results.Length, new ParallelOptions { MaxDegreeOfParallelism = 8 }, i =>
        {
            var k = i % sentences.Length;
            results[i] = [.. Tagger.Tag(sentences[k], Tokens(sentences[k]), languages[k])];
        });

        for (var i = 0; i < results.Length; i++)
        {
            Assert.Equal(expected[i % sentences.Length], results[i]);
        }
    }
}
