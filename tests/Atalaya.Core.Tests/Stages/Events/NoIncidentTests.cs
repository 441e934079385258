namespace Atalaya.Core.Tests.Stages.Events;

/// <summary>
/// Sentences that name a trigger but tell no incident of their own: history in passing, a reward or the
/// aim of an operation, a court's seizure of property, what camera footage showed, an attack referred
/// back to with "the", a killing that belongs to a riot.
/// </summary>
public sealed class NoIncidentTests
{
    /// <summary>A lead of four sentences in each language telling one attack: what follows is read past the lead.</summary>
    private static readonly Dictionary<string, string> Leads = new()
    {
        ["en"] = "Gunmen killed four people in Guasave, Sinaloa, on Sunday.\n\nThe victims were farmers.\n\nResidents were afraid.\n\nSchools closed.\n\n",
        ["es"] = "Hombres armados mataron a cuatro personas en Guasave, Sinaloa, el domingo.\n\nLas víctimas eran campesinos.\n\nLos vecinos tenían miedo.\n\nLas escuelas cerraron.\n\n",
        ["pt"] = "Homens armados mataram quatro pessoas em Guasave, Sinaloa, no domingo.\n\nAs vítimas eram agricultores.\n\nOs moradores tinham medo.\n\nAs escolas fecharam.\n\n",
        ["fr"] = "Des hommes armés ont tué quatre personnes à Guasave, Sinaloa, dimanche.\n\nLes victimes étaient des paysans.\n\nLes habitants avaient peur.\n\nLes écoles ont fermé.\n\n",
        ["it"] = "Uomini armati hanno ucciso domenica quattro persone a Guasave, Sinaloa.\n\nLe vittime erano contadini.\n\nGli abitanti avevano paura.\n\nLe scuole hanno chiuso.\n\n",
        ["de"] = "Bewaffnete töteten am Sonntag vier Menschen in Guasave, Sinaloa.\n\nDie Opfer waren Bauern.\n\nDie Anwohner hatten Angst.\n\nDie Schulen blieben geschlossen.\n\n",
        ["nl"] = "Gewapende mannen doodden zondag vier mensen in Guasave, Sinaloa.\n\nDe slachtoffers waren boeren.\n\nDe bewoners waren bang.\n\nDe scholen gingen dicht.\n\n",
        ["nb"] = "Væpnede menn drepte fire personer i Guasave i Sinaloa søndag.\n\nOfrene var bønder.\n\nInnbyggerne var redde.\n\nSkolene stengte.\n\n",
        ["da"] = "Bevæbnede mænd dræbte søndag fire mennesker i Guasave i Sinaloa.\n\nOfrene var landmænd.\n\nBeboerne var bange.\n\nSkolerne lukkede.\n\n",
        ["sv"] = "Beväpnade män dödade fyra personer i Guasave i Sinaloa i söndags.\n\nOffren var bönder.\n\nInvånarna var rädda.\n\nSkolorna stängde.\n\n",
    };

    private static IReadOnlyList<Atalaya.Core.Documents.DocumentEvent> AfterLead(string language, string text) => EventAnalysis.Run(Leads[language] + text);

    [Theory]
    [InlineData("en", "In 2016 the gang even shot down a police helicopter.")]
    [InlineData("es", "En 2016 la banda llegó a derribar a balazos un helicóptero de la policía.")]
    [InlineData("de", "Im Jahr 2016 schoss die Bande sogar einen Polizeihubschrauber ab und tötete zwei Beamte.")]
    [InlineData("da", "I 2016 dræbte banden to betjente.")]
    public void History_dated_by_a_year_with_no_place_is_no_event(string language, string text)
    {
        var events = AfterLead(language, text);

        Assert.True(events.Count == 1, $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Fact]
    public void History_dated_by_a_year_at_a_named_town_is_still_an_event()
    {
        var events = AfterLead("en", "In 2016 gunmen attacked a police station in Cajeme, Sonora.");

        Assert.Equal(2, events.Count);
    }

    [Theory]
    [InlineData("en", "The United States offered a reward of up to $5 million for information leading to his arrest.")]
    [InlineData("sv", "USA hade utlyst en belöning på fem miljoner dollar för information som ledde fram till gripandet av honom.")]
    [InlineData("nl", "De VS loofden een beloning uit voor informatie die zou leiden tot de arrestatie van de leider.")]
    [InlineData("it", "Gli Stati Uniti offrono una ricompensa per la cattura del boss.")]
    public void A_reward_for_an_arrest_is_no_arrest(string language, string text)
    {
        var events = AfterLead(language, text);

        Assert.True(!events.Any(e => e.Subtype == "Arrests"), $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Theory]
    [InlineData("es", "Las fuerzas federales montaron un operativo para capturar al jefe de plaza en Guasave, Sinaloa.")]
    [InlineData("fr", "Les forces fédérales ont lancé une opération pour capturer le chef du cartel à Guasave, Sinaloa.")]
    [InlineData("nb", "Soldatene satte i gang en aksjon for å arrestere lederen i Guasave i Sinaloa.")]
    public void The_aim_of_an_operation_is_no_arrest(string language, string text)
    {
        var events = AfterLead(language, text);

        Assert.True(!events.Any(e => e.Subtype == "Arrests"), $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Theory]
    [InlineData("en", "The raid ended with the arrest of six people and the seizure of the property in Guasave, Sinaloa.")]
    [InlineData("pt", "A operação terminou com a detenção de seis pessoas e a apreensão do imóvel em Guasave, Sinaloa.")]
    [InlineData("de", "Der Einsatz endete mit sechs Festnahmen und der Beschlagnahme des Grundstücks in Guasave, Sinaloa.")]
    public void The_seizure_of_a_property_is_no_disrupted_weapons_use(string language, string text)
    {
        var events = AfterLead(language, text);

        Assert.True(!events.Any(e => e.Subtype == "Disrupted weapons use"), $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Theory]
    [InlineData("en", "Security camera footage showed the gunmen opening fire on a truck near the market.")]
    [InlineData("es", "Las cámaras de seguridad captaron a los sicarios disparando contra una camioneta cerca del mercado.")]
    [InlineData("nl", "Camerabeelden tonen hoe de schutters het vuur openen op een pick-up bij de markt.")]
    [InlineData("sv", "Övervakningskameror filmade när männen sköt mot en bil vid torget.")]
    public void What_camera_footage_shows_is_the_incident_already_told(string language, string text)
    {
        var events = AfterLead(language, text);

        Assert.True(events.Count == 1, $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Theory]
    [InlineData("en", "The attack took place shortly after dawn at the corner of Hidalgo and Juárez streets in Fresnillo.")]
    [InlineData("es", "El ataque ocurrió poco después del amanecer en el cruce de las calles Hidalgo y Juárez, en Fresnillo.")]
    [InlineData("it", "L'agguato è avvenuto poco dopo l'alba all'incrocio tra via Hidalgo e via Juárez, a Fresnillo.")]
    [InlineData("de", "Der Angriff ereignete sich kurz nach Sonnenaufgang an der Ecke Hidalgo und Juárez in Fresnillo.")]
    public void An_attack_referred_back_to_with_the_is_the_incident_already_told(string language, string text)
    {
        var events = AfterLead(language, text);

        Assert.True(events.Count == 1, $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Theory]
    [InlineData("nl", "Een bewaker werd zondag gedood in Tepic, Nayarit, toen gevangenen in opstand kwamen.")]
    [InlineData("en", "Two guards were killed on Sunday in Tepic, Nayarit, when inmates rioted.")]
    [InlineData("es", "Un custodio fue asesinado el domingo en Tepic, Nayarit, durante un motín de reos.")]
    public void A_killing_in_a_riot_is_one_riot(string language, string text)
    {
        var riot = EventAnalysis.Single(text);

        Assert.True(riot is { Type: "Riots", Fatalities: >= 1 }, $"{language}: {EventAnalysis.Describe(riot)}");
    }

    [Theory]
    [InlineData("en", "Soldiers came upon a dozen landmines in Zitácuaro, Michoacán, on Monday.")]
    [InlineData("nl", "Militairen stuitten op tien landmijnen in Zitácuaro, Michoacán.")]
    [InlineData("es", "Soldados hallaron el lunes diez minas terrestres en Zitácuaro, Michoacán.")]
    public void Explosives_found_where_no_one_was_hurt_are_a_disrupted_weapons_use(string language, string text)
    {
        var found = EventAnalysis.Single(text);

        Assert.True(found is { Type: "Strategic developments", Subtype: "Disrupted weapons use" }, $"{language}: {EventAnalysis.Describe(found)}");
    }
}
