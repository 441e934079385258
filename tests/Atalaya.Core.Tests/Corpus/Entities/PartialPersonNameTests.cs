using Atalaya.Core.Contract;
using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus.Entities;

/// <summary>People named with one surname in one document and with both in another, across languages.</summary>
public class PartialPersonNameTests
{
    private static string EntityOf(ContractCorpus corpus, string document, string name)
        => corpus.Documents.Single(d => d.Id == document).Entities.Single(e => e.Name == name).Entity;

    [Fact]
    public void A_name_with_one_surname_joins_the_same_name_with_both_surnames_in_a_later_document()
    {
        var corpus = Build(
            Document("es1", "es", "2031-03-02", "El fiscal Marta Elena Quiroga informó del hallazgo.", null, Person("Marta Elena Quiroga")),
            Document("pt1", "pt", "2031-03-02", "A procuradora Marta Elena Quiroga Almada informou.", null, Person("Marta Elena Quiroga Almada")));

        Assert.Equal(EntityOf(corpus, "es1", "Marta Elena Quiroga"), EntityOf(corpus, "pt1", "Marta Elena Quiroga Almada"));
    }

    [Fact]
    public void A_name_with_both_surnames_first_takes_in_the_shorter_name_of_a_later_document()
    {
        var corpus = Build(
            Document("nl1", "nl", "2031-03-02", "Officier Tomás Ignacio Berrueta Galván zei dat.", null, Person("Tomás Ignacio Berrueta Galván")),
            Document("de1", "de", "2031-03-03", "Staatsanwalt Tomás Ignacio Berrueta sagte.", null, Person("Tomás Ignacio Berrueta")));

        Assert.Equal(EntityOf(corpus, "nl1", "Tomás Ignacio Berrueta Galván"), EntityOf(corpus, "de1", "Tomás Ignacio Berrueta"));
    }

    [Fact]
    public void Two_people_whose_full_names_differ_are_never_joined()
    {
        var corpus = Build(
            Document("es1", "es", "2031-03-02", "Rosa María Ontiveros habló.", null, Person("Rosa María Ontiveros")),
            Document("es2", "es", "2031-03-02", "Rosa María Ontiveros Lugo habló.", null, Person("Rosa María Ontiveros Lugo")),
            Document("sv1", "sv", "2031-03-04", "Rosa María Ontiveros Peña sade.", null, Person("Rosa María Ontiveros Peña")));

        Assert.Equal(EntityOf(corpus, "es1", "Rosa María Ontiveros"), EntityOf(corpus, "es2", "Rosa María Ontiveros Lugo"));
        Assert.NotEqual(EntityOf(corpus, "es2", "Rosa María Ontiveros Lugo"), EntityOf(corpus, "sv1", "Rosa María Ontiveros Peña"));
    }

    [Fact]
    public void A_short_name_two_longer_names_extend_stays_apart_from_both()
    {
        var corpus = Build(
            Document("da1", "da", "2031-03-02", "Héctor Aurelio Camarena Soto sagde.", null, Person("Héctor Aurelio Camarena Soto")),
            Document("da2", "da", "2031-03-02", "Héctor Aurelio Camarena Ruelas sagde.", null, Person("Héctor Aurelio Camarena Ruelas")),
            Document("en1", "en", "2031-03-05", "Héctor Aurelio Camarena said.", null, Person("Héctor Aurelio Camarena")));

        var shorter = EntityOf(corpus, "en1", "Héctor Aurelio Camarena");
        Assert.NotEqual(EntityOf(corpus, "da1", "Héctor Aurelio Camarena Soto"), shorter);
        Assert.NotEqual(EntityOf(corpus, "da2", "Héctor Aurelio Camarena Ruelas"), shorter);
    }

    [Fact]
    public void Two_given_names_and_a_surname_are_needed_two_words_stay_apart()
    {
        var corpus = Build(
            Document("it1", "it", "2031-03-02", "Lucio Barragán ha detto.", null, Person("Lucio Barragán")),
            Document("it2", "it", "2031-03-02", "Lucio Barragán Meza ha detto.", null, Person("Lucio Barragán Meza")));

        Assert.NotEqual(EntityOf(corpus, "it1", "Lucio Barragán"), EntityOf(corpus, "it2", "Lucio Barragán Meza"));
    }
}
