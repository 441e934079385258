using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Official Mexican communiqués withhold a suspect's surname ("Rogelio “N”") and give the alias after
/// "(a)": the two are one person, the one the knowledge base knows by that alias. Invented people.
/// </summary>
public sealed class AliasConventionTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("rogelio-tejeda", "PER", "criminal", null, "Rogelio Tejeda Luna", ["El Tejón", "Tejón"], null),
        new KbEntity("rogelio-barba", "PER", "criminal", null, "Rogelio Barba Ocampo", ["El Gavilán", "Gavilán"], null),
        new KbEntity("cartel-ocaso", "ORG", "criminal_group", null, "Cártel del Ocaso", ["Ocaso Cartel", "Ocaso-kartel", "Ocasokartellen"], null),
        new KbEntity("fermin-ulloa", "PER", "criminal", null, "Fermín Eusebio Ulloa Cortés", ["El Búho"], "cartel-ocaso"),
    ]);

    private static readonly FakePlaces Places = new([("Ixtlán", FakePlaces.Town("Ixtlán", "Jalisco", 20_000))]);

    private static DocumentEntity EntityOf(string text, string mention, params (string Name, string Type)[] tagged)
    {
        var entities = EntityAnalysis.Run(text, Kb, Places, new FakeTagger(tagged));
        var found = entities.Entities.Where(e => e.Mentions.Any(m => m.Slice(text) == mention)).ToList();
        Assert.True(found.Count == 1, string.Join("; ", entities.Entities.Select(e => e.Type + " " + e.KbId + " " + string.Join("|", e.Mentions.Select(m => m.Slice(text))))));
        return found[0];
    }

    [Theory]
    [InlineData("La Secretaría informó que personal militar logró la detención de Rogelio “N” (a) Tejón en un rancho de Ixtlán.")]
    [InlineData("A Secretaria informou que os militares prenderam Rogelio “N” (a) Tejón num rancho de Ixtlán, segundo o comunicado.")]
    [InlineData("The ministry said soldiers arrested Rogelio “N” (a) Tejón at a ranch near Ixtlán on Tuesday morning.")]
    [InlineData("Das Ministerium teilte mit, Soldaten hätten Rogelio “N” (a) Tejón auf einer Ranch bei Ixtlán festgenommen.")]
    [InlineData("Ministeriet oplyste, at soldater anholdt Rogelio “N” (a) Tejón på en ranch ved Ixtlán i går.")]
    public void A_withheld_surname_before_a_bracketed_alias_is_the_person_known_by_the_alias(string text)
    {
        var person = EntityOf(text, "Rogelio “N", ("Rogelio “N”", "PER"));

        Assert.Equal("rogelio-tejeda", person.KbId);
    }

    [Fact]
    public void A_withheld_surname_without_an_alias_joins_no_one()
    {
        const string text = "La Fiscalía informó que Rogelio “N” fue detenido en Ixtlán durante un operativo nocturno.";

        var person = EntityOf(text, "Rogelio “N", ("Rogelio “N”", "PER"));

        Assert.Null(person.KbId);
    }

    [Fact]
    public void A_list_letter_between_parentheses_joins_nothing_without_names_on_both_sides()
    {
        const string text = "El acuerdo prevé (a) la entrega de Rogelio Barba Ocampo y (b) una revisión del caso en Ixtlán.";

        var person = EntityOf(text, "Rogelio Barba Ocampo", ("Rogelio Barba Ocampo", "PER"));

        Assert.Equal(["Rogelio Barba Ocampo"], person.Mentions.Select(m => m.Slice(text)).Distinct());
    }

    [Theory]
    [InlineData("La Fiscalía detuvo a Fermín Eusebio “N”, señalado como jefe del Cártel del Ocaso en Ixtlán.", "Fermín Eusebio “N")]
    [InlineData("Prosecutors arrested Fermín “N”, named as a leader of the Ocaso Cartel in Ixtlán.", "Fermín “N")]
    [InlineData("Åklagare grep Fermín “N”, som pekas ut som ledare för Ocasokartellen i Ixtlán.", "Fermín “N")]
    public void A_withheld_surname_is_the_one_known_person_with_those_given_names_in_a_document_about_his_group(string text, string written)
    {
        var person = EntityOf(text, written, (written + "”", "PER"));

        Assert.Equal("fermin-ulloa", person.KbId);
    }

    [Theory]
    [InlineData("La Fiscalía detuvo a Fermín “N” en Ixtlán tras un operativo nocturno.", "Fermín “N")]
    [InlineData("La Fiscalía detuvo a Rogelio “N”, señalado como jefe del Cártel del Ocaso en Ixtlán.", "Rogelio “N")]
    public void A_given_name_alone_or_shared_by_two_known_people_links_no_one(string text, string written)
    {
        var person = EntityOf(text, written, (written + "”", "PER"));

        Assert.Null(person.KbId);
    }
}
