using Atalaya.Core.Contract;
using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus.Entities;

/// <summary>A surname written alone is the one person of its story with that surname; never across stories, never two people.</summary>
public class StorySurnameTests
{
    private const long Ocaso = 9_000_001;
    private const long Serrania = 9_000_100;
    private const long Mexico = 9_000_900;

    private static ContractDocument Report(string id, string language, string text, params ContractEntityMentions[] people)
        => Document(id, language, "2031-05-04", text, text,
            [Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("México", Mexico), .. people]);

    private static string EntityOf(ContractCorpus corpus, string document, string name)
        => corpus.Documents.Single(d => d.Id == document).Entities.Single(e => e.Name == name).Entity;

    [Theory]
    [InlineData("pt", "Irigoyen informou que 14 pessoas morreram em Villa Ocaso.", "Irigoyen")]
    [InlineData("nl", "Irigoyen zei dat 14 mensen omkwamen in Villa Ocaso.", "Irigoyen")]
    [InlineData("sv", "Basave sade att 14 personer dog i Villa Ocaso.", "Basave")]
    public void A_surname_alone_is_the_person_of_the_story_named_in_full(string language, string text, string surname)
    {
        var corpus = Build(
            Report("es1", "es", "El fiscal Aurelio Tomás Irigoyen Basave dijo que 14 personas murieron en Villa Ocaso.", Person("Aurelio Tomás Irigoyen Basave")),
            Report("x1", language, text, Person(surname)));

        Assert.Equal(corpus.Documents[0].Story, corpus.Documents[1].Story);
        Assert.Equal(EntityOf(corpus, "es1", "Aurelio Tomás Irigoyen Basave"), EntityOf(corpus, "x1", surname));
    }

    [Fact]
    public void A_given_name_alone_joins_no_one_of_the_story()
    {
        var corpus = Build(
            Report("es1", "es", "El fiscal Aurelio Tomás Irigoyen dijo que 14 personas murieron en Villa Ocaso.", Person("Aurelio Tomás Irigoyen")),
            Report("it1", "it", "Tomás ha detto che 14 persone sono morte a Villa Ocaso.", Person("Tomás")));

        Assert.NotEqual(EntityOf(corpus, "es1", "Aurelio Tomás Irigoyen"), EntityOf(corpus, "it1", "Tomás"));
    }

    [Fact]
    public void A_surname_two_people_of_the_story_share_joins_neither()
    {
        var corpus = Build(
            Report("es1", "es", "El fiscal Aurelio Irigoyen Basave dijo que 14 personas murieron en Villa Ocaso.", Person("Aurelio Irigoyen Basave"), Person("Dalia Irigoyen Basave")),
            Report("en1", "en", "Irigoyen said 14 people died in Villa Ocaso.", Person("Irigoyen")));

        var lone = EntityOf(corpus, "en1", "Irigoyen");
        Assert.NotEqual(EntityOf(corpus, "es1", "Aurelio Irigoyen Basave"), lone);
        Assert.NotEqual(EntityOf(corpus, "es1", "Dalia Irigoyen Basave"), lone);
    }

    [Fact]
    public void A_surname_alone_in_another_story_stays_its_documents_own()
    {
        var corpus = Build(
            Report("es1", "es", "El fiscal Aurelio Irigoyen Basave dijo que 14 personas murieron en Villa Ocaso.", Person("Aurelio Irigoyen Basave")),
            Document("other", "pt", "2031-07-02", "Nada a ver com a violência.", null, Country("Portugal", 9_000_901)),
            Document("de1", "de", "2031-09-20", "Irigoyen gewann das Turnier in Hamburg.", null, Person("Irigoyen")));

        Assert.NotEqual(corpus.Documents[0].Story, corpus.Documents[2].Story);
        Assert.NotEqual(EntityOf(corpus, "es1", "Aurelio Irigoyen Basave"), EntityOf(corpus, "de1", "Irigoyen"));
    }
}
