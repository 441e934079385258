using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Entities;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Entities;

/// <summary>
/// Agencies credited on lines cleaning sets aside, and nicknames inside a full name. Invented
/// agencies, people and sentences.
/// </summary>
public sealed class CreditAndNicknameTests
{
    private static readonly KnowledgeBase Kb = new(
    [
        new KbEntity("norpress", "ORG", "media", null, "Norpress Byrå", ["Norpress"], null),
        new KbEntity("mapware", "ORG", "company", null, "Mapware", [], null),
    ]);

    private static readonly FakePlaces Places = new([]);

    private static DocumentEntities Analyze(string text, params (string Name, string Type)[] tagged)
        => EntityAnalysis.Run(text, Kb, Places, tagged.Length == 0 ? null : new FakeTagger(tagged));

    private static IEnumerable<string> Named(DocumentEntities entities, string text, string type)
        => entities.Entities.Where(e => e.Type == type).SelectMany(e => e.Mentions).Select(m => m.Slice(text)).Order(StringComparer.Ordinal);

    [Theory]
    [InlineData("Minst fem personer ble drept i et skuddvekslingsangrep i delstaten natt til fredag, opplyser myndighetene.\n\nPolitiet har satt opp veisperringer i området og leter etter gjerningsmennene.\n\nnorpress")]
    [InlineData("Al menos cinco personas murieron en un enfrentamiento armado en la sierra el viernes por la noche.\n\nLa policía instaló retenes en la zona y busca a los responsables del ataque.\n\nNORPRESS")]
    [InlineData("Mindestens fünf Menschen wurden bei einer Schießerei in den Bergen am Freitagabend getötet.\n\nDie Polizei hat Straßensperren errichtet und sucht nach den Tätern.\n\nnorpress")]
    public void An_agency_credited_on_a_line_of_its_own_is_an_organization_in_any_case(string text)
    {
        var entities = Analyze(text);

        Assert.Contains(entities.Entities, e => e.KbId == "norpress" && e.Type == "ORG");
    }

    [Theory]
    [InlineData("Schießerei in den Bergen\nVon redaktion/norpress, 3. März 2025, 10:15 Uhr\n\nMindestens fünf Menschen wurden bei einer Schießerei in den Bergen am Freitagabend getötet.\n\nDie Polizei hat Straßensperren errichtet und sucht nach den Tätern.")]
    [InlineData("Tiroteo en la sierra\nPor redacción/norpress, 3 de marzo de 2025\n\nAl menos cinco personas murieron en un enfrentamiento armado en la sierra el viernes por la noche.\n\nLa policía instaló retenes en la zona y busca a los responsables del ataque.")]
    [InlineData("Skyting i fjellene\nAv redaksjonen/norpress, 3. mars 2025\n\nMinst fem personer ble drept i en skyteepisode i fjellene fredag kveld, opplyser myndighetene.\n\nPolitiet har satt opp veisperringer i området.")]
    public void An_agency_in_a_dated_byline_is_an_organization_in_any_case(string text)
    {
        var entities = Analyze(text);

        Assert.Contains(entities.Entities, e => e.KbId == "norpress" && e.Type == "ORG");
    }

    [Theory]
    [InlineData("Al menos cinco personas murieron en un enfrentamiento armado en la sierra el viernes por la noche.\n\nEl líder del grupo, tras su detención en la capital el año pasado. Foto: Ana Ruiz/NORPRESS\n\nLa policía instaló retenes en la zona y busca a los responsables del ataque.")]
    [InlineData("Mindst fem personer blev dræbt i en skudveksling i bjergene fredag aften, oplyser myndighederne.\n\nLederen af gruppen efter sin anholdelse i hovedstaden sidste år. Foto: Ana Ruiz/NORPRESS\n\nPolitiet har sat vejspærringer op i området og leder efter gerningsmændene.")]
    [InlineData("At least five people were killed in a gunfight in the mountains late on Friday, officials said.\n\nThe group's leader after his arrest in the capital last year. Photo: Ana Ruiz/NORPRESS\n\nPolice set up roadblocks in the area and are searching for the attackers.")]
    public void An_agency_credited_at_the_end_of_a_caption_is_an_organization(string text)
    {
        var entities = Analyze(text);

        Assert.Contains(entities.Entities, e => e.KbId == "norpress" && e.Type == "ORG");
    }

    [Fact]
    public void A_credited_name_that_goes_on_names_something_else()
    {
        var text = "Five people were killed in a gunfight in the mountains late on Friday, officials said.\n\nPolice set up roadblocks in the area and are searching for the attackers.\n\nMapware Streets";

        Assert.DoesNotContain(Analyze(text).Entities, e => e.KbId == "mapware");
    }

    [Theory]
    [InlineData("Entre los detenidos está Rodrigo “Tito Bravo” Salinas Ortega, según la fiscalía estatal.", "Rodrigo “Tito Bravo” Salinas Ortega")]
    [InlineData("Tra gli arrestati c'è Marco «Gatto Nero» Ricci Bellini, secondo la procura.", "Marco «Gatto Nero» Ricci Bellini")]
    [InlineData("Among those arrested was Peter \"Big Tom\" Wellby, prosecutors said on Monday.", "Peter \"Big Tom\" Wellby")]
    [InlineData("Blant de pågrepne er Ola «Store Per» Nordvik, ifølge politiet.", "Ola «Store Per» Nordvik")]
    public void Quoted_capitals_between_a_given_name_and_a_surname_make_one_person(string text, string expected)
    {
        var given = expected[..expected.IndexOf(' ')];
        var surname = expected[(expected.LastIndexOfAny(['"', '”', '»']) + 2)..];
        var entities = Analyze(text, (given, "PER"), (surname, "PER"));

        Assert.Equal([expected], Named(entities, text, "PER"));
    }
}
