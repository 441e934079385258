namespace Atalaya.Core.Tests.Stages.Events.Counting;

/// <summary>
/// How a sentence's groups of dead make its total: a breakdown in parentheses is no more dead, a count
/// told as "more" adds to the figure beside it, an ordinal victim ("a third person") tells the total,
/// and groups of different sides each told with their own verb add up.
/// </summary>
public sealed class VictimTotalsTests
{
    [Theory]
    [InlineData("pt", "Em Uruapan, Michoacán, a polícia informou na terça-feira que o número de mortos era nove (três policiais e seis atiradores).", 9)]
    [InlineData("es", "En Uruapan, Michoacán, la fiscalía informó el martes que el número de muertos era nueve (tres policías y seis pistoleros).", 9)]
    [InlineData("en", "In Uruapan, Michoacán, police said on Tuesday that the death toll was nine (three officers and six gunmen).", 9)]
    [InlineData("nl", "In Uruapan, Michoacán, vielen dinsdag negen doden (drie agenten en zes schutters).", 9)]
    [InlineData("nb", "I Uruapan i Michoacán ble ni personer drept tirsdag (tre politifolk og seks bevæpnede menn).", 9)]
    public void A_breakdown_in_parentheses_is_no_more_dead(string language, string text, int dead)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == dead, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("pt", "Em Uruapan, Michoacán, o número de mortos era nove, mas o governador disse que outros dois atiradores morreram no tiroteio de terça-feira.", 11)]
    [InlineData("es", "En Uruapan, Michoacán, murieron nueve personas en el tiroteo del martes y otros dos pistoleros fallecieron en el hospital.", 11)]
    [InlineData("en", "Nine people died in the shootout in Uruapan, Michoacán, on Tuesday, and two more gunmen were killed later.", 11)]
    [InlineData("de", "Neun Menschen starben am Dienstag bei der Schießerei in Uruapan, Michoacán, zwei weitere Angreifer wurden später getötet.", 11)]
    [InlineData("sv", "Nio personer dödades vid skottlossningen i Uruapan i Michoacán i tisdags, och ytterligare två beväpnade män dog senare.", 11)]
    public void A_count_told_as_more_adds_to_the_figure_beside_it(string language, string text, int dead)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == dead, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("en", "Gunmen attacked a convoy in Uruapan, Michoacán, on Tuesday, and two bodyguards were killed.\n\nA third person, a man selling fruit at the corner, was also killed in the gunfire.")]
    [InlineData("es", "Sicarios atacaron un convoy en Uruapan, Michoacán, el martes, y dos escoltas fueron asesinados.\n\nUna tercera persona, un hombre que vendía fruta en la esquina, también fue asesinada en el tiroteo.")]
    [InlineData("de", "Bewaffnete griffen am Dienstag in Uruapan, Michoacán, einen Konvoi an, zwei Leibwächter wurden getötet.\n\nEine dritte Person, ein Obstverkäufer an der Ecke, wurde bei dem Schusswechsel ebenfalls getötet.")]
    [InlineData("da", "Bevæbnede mænd angreb en konvoj i Uruapan i Michoacán tirsdag, og to livvagter blev dræbt.\n\nEn tredje person, en frugtsælger på hjørnet, blev også dræbt i skudvekslingen.")]
    public void An_ordinal_victim_tells_the_total_not_one_more(string language, string text)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == 3, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("es", "Un operativo en Uruapan, Michoacán, terminó el martes con un enfrentamiento, tres policías asesinados, cinco presuntos sicarios abatidos y dos personas rescatadas.", 8)]
    [InlineData("pt", "Uma operação em Uruapan, Michoacán, terminou na terça-feira com um confronto, três policiais assassinados e cinco atiradores abatidos.", 8)]
    [InlineData("en", "In a clash in Uruapan, Michoacán, on Tuesday three police officers were killed and five gunmen were shot dead.", 8)]
    [InlineData("nb", "I en skuddveksling i Uruapan i Michoacán tirsdag ble tre politifolk drept og fem bevæpnede menn skutt og drept.", 8)]
    public void Groups_of_different_sides_each_with_its_own_verb_add_up(string language, string text, int dead)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == dead, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("en", "Three people died in the shootout in Uruapan, Michoacán, on Tuesday; the army later confirmed four people were killed.", 4)]
    [InlineData("es", "Tres personas murieron en el tiroteo en Uruapan, Michoacán, el martes; el ejército confirmó después que cuatro personas fueron asesinadas.", 4)]
    [InlineData("sv", "Tre personer dog vid skottlossningen i Uruapan i Michoacán i tisdags; armén bekräftade senare att fyra personer dödades.", 4)]
    public void Counts_of_one_side_with_different_verbs_are_versions_of_one_figure(string language, string text, int dead)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == dead, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("es", "En Uruapan, Michoacán, el martes cinco sicarios fueron abatidos y dos personas rescatadas por los militares.", 5)]
    [InlineData("en", "In Uruapan, Michoacán, on Tuesday five gunmen were killed and two hostages freed by the soldiers.", 5)]
    [InlineData("de", "In Uruapan, Michoacán, wurden am Dienstag fünf Bewaffnete getötet und zwei Geiseln von den Soldaten befreit.", 5)]
    [InlineData("sv", "I Uruapan i Michoacán dödades fem beväpnade män i tisdags och två gisslan befriades av soldaterna.", 5)]
    public void A_count_after_and_that_follows_a_groups_verb_is_no_object_of_it(string language, string text, int dead)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == dead, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("fr", "À Uruapan, au Michoacán, six personnes sont décédées mardi, cinq hommes et une femme, dans la maison où se trouvaient les policiers.", 6)]
    [InlineData("es", "En Uruapan, Michoacán, seis personas fallecieron el martes, cinco hombres y una mujer, en la casa donde estaban los policías.", 6)]
    [InlineData("en", "In Uruapan, Michoacán, six people died on Tuesday, five men and a woman, in the house where the officers were.", 6)]
    public void A_count_right_after_the_comma_names_the_same_dead_again(string language, string text, int dead)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == dead, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("es", "En Uruapan, Michoacán, hubo el martes nueve muertos en el tiroteo en la colonia Centro (tres policías y seis pistoleros), cinco detenidos y dos personas rescatadas.")]
    [InlineData("nl", "In Uruapan, Michoacán, vielen dinsdag negen doden bij de schietpartij in het centrum van de stad (drie agenten en zes schutters), vijf mensen werden gearresteerd.")]
    [InlineData("da", "I Uruapan i Michoacán blev ni personer dræbt tirsdag ved skudvekslingen i byens centrum (tre betjente og seks bevæbnede mænd), fem blev anholdt.")]
    public void Counts_in_parentheses_are_not_about_a_verb_outside_them(string language, string text)
    {
        var events = EventAnalysis.Run(text);

        Assert.True(events.All(e => e.Arrested is null or 5), $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Theory]
    [InlineData("es", "Durante el operativo en Uruapan, Michoacán, el martes, tres presuntos integrantes del Cártel del Norte (CDN) murieron en un intercambio de disparos.")]
    [InlineData("en", "During the operation in Uruapan, Michoacán, on Tuesday, three gunmen of the Northern Cartel (CDN) died in an exchange of fire.")]
    [InlineData("nb", "Under operasjonen i Uruapan i Michoacán tirsdag ble tre bevæpnede menn fra Nordkartellet (CDN) drept i en skuddveksling.")]
    public void A_parenthesis_opened_and_closed_between_a_count_and_its_verb_is_no_border(string language, string text)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == 3, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("nl", "In Uruapan, Michoacán, raakten dinsdag drie mensen gewond en stierven later in het ziekenhuis.")]
    [InlineData("es", "En Uruapan, Michoacán, tres personas resultaron heridas y murieron en el hospital el martes.")]
    [InlineData("en", "In Uruapan, Michoacán, three people were wounded and later died in hospital on Tuesday.")]
    [InlineData("nb", "I Uruapan i Michoacán ble tre personer skadet og døde senere på sykehuset tirsdag.")]
    public void The_wounded_who_died_are_dead(string language, string text)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == 3 && attack.Injured is null, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("nl", "In Uruapan, Michoacán, raakten dinsdag drie mensen gewond en twee stierven.")]
    [InlineData("es", "En Uruapan, Michoacán, tres personas resultaron heridas y dos murieron el martes.")]
    [InlineData("en", "In Uruapan, Michoacán, three people were wounded and two died on Tuesday.")]
    public void A_death_with_a_count_of_its_own_after_the_wounded_is_another_group(string language, string text)
    {
        var attack = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(attack.Fatalities == 2 && attack.Injured == 3, $"{language}: {EventAnalysis.Describe(attack)}");
    }

    [Theory]
    [InlineData("es", "Tres militares murieron el viernes en Uruapan, Michoacán, cuando hombres armados dispararon contra su helicóptero.\n\nEl gobernador dijo que los enfrentamientos han dejado hasta ahora siete muertos.")]
    [InlineData("it", "Tre militari sono morti venerdì a Uruapan, in Michoacán, quando uomini armati hanno sparato contro il loro elicottero.\n\nIn una serie di scontri tra bande hanno perso la vita sette persone.")]
    [InlineData("en", "Three soldiers were killed on Friday in Uruapan, Michoacán, when gunmen fired on their helicopter.\n\nThe governor said the clashes had left seven dead so far.")]
    [InlineData("sv", "Tre soldater dödades i fredags i Uruapan i Michoacán när beväpnade män sköt mot deras helikopter.\n\nGuvernören sade att sammandrabbningarna hittills har krävt sju döda.")]
    public void Dead_of_several_clashes_told_after_an_incident_are_not_its_dead(string language, string text)
    {
        var events = EventAnalysis.Run(text);

        Assert.True(events.Any(e => e.Fatalities == 3) && events.All(e => e.Fatalities != 7 && e.Fatalities != 10), $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }

    [Theory]
    [InlineData("pt", "Confrontos entre cartéis deixam onze mortos em Uruapan, Michoacán, na segunda-feira.")]
    [InlineData("de", "Gefechte zwischen Kartellen forderten am Montag in Uruapan, Michoacán, elf Tote.")]
    [InlineData("da", "Skudvekslinger mellem karteller kostede mandag elleve døde i Uruapan i Michoacán.")]
    public void Dead_of_several_clashes_told_first_are_the_storys_figure(string language, string text)
    {
        var clash = EventAnalysis.Run(text).Single(e => e.Fatalities is not null);

        Assert.True(clash.Fatalities == 11, $"{language}: {EventAnalysis.Describe(clash)}");
    }

    [Theory]
    [InlineData("es", "El segundo comandante de la policía municipal fue asesinado en Uruapan, Michoacán, el martes.")]
    [InlineData("en", "The second officer of the patrol boat was killed in Uruapan, Michoacán, on Tuesday.")]
    [InlineData("it", "Il secondo comandante della polizia municipale è stato ucciso martedì a Uruapan, in Michoacán.")]
    public void An_ordinal_after_the_definite_article_is_a_rank_not_a_total(string language, string text)
    {
        var events = EventAnalysis.Run(text);

        Assert.True(events.All(e => e.Fatalities is null or 1), $"{language}: {string.Join("; ", events.Select(EventAnalysis.Describe))}");
    }
}
