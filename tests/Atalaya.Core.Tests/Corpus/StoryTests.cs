using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.Stories;
using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus;

/// <summary>Stories from invented documents: places and people are fictional, geonames ids arbitrary.</summary>
public sealed class StoryTests
{
    private const long Ocaso = 9_000_001;
    private const long Brumas = 9_000_002;
    private const long Serrania = 9_000_100;
    private const long Mexico = 9_000_900;

    [Fact]
    public void A_spanish_article_and_its_english_translation_are_one_story()
    {
        var spanish = Document("es-1", "es", "2025-03-04", "Un comando mató a 14 personas en Villa Ocaso; 23 casquillos fueron hallados.", "Masacre en Villa Ocaso",
            Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("México", Mexico),
            Person("Rosendo Valdivia Ortega"), Person("Maricela Tovar Ibarra", mentions: 1));
        var english = Document("en-1", "en", "2025-03-05", "Gunmen killed 14 people in Villa Ocaso; police found 23 shell casings.", "Massacre in Villa Ocaso",
            Group("Poniente Cartel", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), State("Serrania", Serrania), Country("Mexico", Mexico),
            Person("Rosendo Valdivia Ortega"));

        var corpus = Build(spanish, english, Unrelated("other-1"), Unrelated("other-2"));

        Assert.Equal(corpus.Documents[0].Story, corpus.Documents[1].Story);
        var story = corpus.Stories.Single(s => s.Id == corpus.Documents[0].Story);
        Assert.Equal(["es-1", "en-1"], story.Documents);
        Assert.Equal(["es", "en"], story.Languages);
        Assert.Equal("Masacre en Villa Ocaso", story.Title);
    }

    [Fact]
    public void Undated_translations_still_cluster_unknown_dates_neither_help_nor_block()
    {
        var dutch = Document("nl-1", "nl", null, "Bij een aanval kwamen 14 mensen om.", null,
            Group("Poniente-kartel", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), Person("Rosendo Valdivia Ortega"), Country("Mexico", Mexico));
        var english = Document("en-1", "en", "2025-03-05", "An attack killed 14 people.", null,
            Group("Poniente Cartel", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), Person("Rosendo Valdivia Ortega"), Country("Mexico", Mexico));

        var corpus = Build(dutch, english);

        Assert.Equal(corpus.Documents[0].Story, corpus.Documents[1].Story);
    }

    [Fact]
    public void Two_incidents_in_the_same_town_on_different_days_are_two_stories()
    {
        var first = Document("a", "es", "2025-03-03", "Asesinan a dos comerciantes en Villa Ocaso.", "Asesinan a dos comerciantes",
            Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("México", Mexico), Person("Evaristo Quiroga Luna"))
            .WithEvents(Event("Violence against civilians", "Attack", "2025-03-02", "Villa Ocaso", "Serranía", Ocaso, fatalities: 2));
        var second = Document("b", "es", "2025-03-08", "Emboscan a policías en Villa Ocaso.", "Emboscan a policías",
            Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("México", Mexico), Person("Leandro Cisneros Palma"))
            .WithEvents(Event("Battles", "Armed clash", "2025-03-07", "Villa Ocaso", "Serranía", Ocaso, fatalities: 3));

        var corpus = Build(first, second);

        Assert.NotEqual(corpus.Documents[0].Story, corpus.Documents[1].Story);
        Assert.Equal(2, corpus.Events.Count);
    }

    [Fact]
    public void Two_stories_sharing_only_a_cartel_and_the_country_stay_apart()
    {
        var first = Document("a", "es", "2025-03-03", "Hallan un laboratorio en Villa Ocaso.", null,
            Group("Cártel del Poniente", kb: "cartel-poniente", mentions: 4), Country("México", Mexico), Town("Villa Ocaso", "Serranía", Ocaso), Person("Evaristo Quiroga Luna"));
        var second = Document("b", "en", "2025-03-04", "Cartel blamed for fire in Puerto Brumas.", null,
            Group("Poniente Cartel", kb: "cartel-poniente", mentions: 4), Country("Mexico", Mexico), Town("Puerto Brumas", "Costa Baja", Brumas), Person("Leandro Cisneros Palma"));

        var corpus = Build(first, second);

        Assert.NotEqual(corpus.Documents[0].Story, corpus.Documents[1].Story);
        Assert.Equal(2, corpus.Stories.Count);
    }

    [Fact]
    public void The_same_people_and_place_months_apart_are_two_stories()
    {
        ContractDocument Report(string id, string published) => Document(id, "es", published, $"Detienen a Rosendo Valdivia Ortega en Villa Ocaso ({published}).", null,
            Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), Person("Rosendo Valdivia Ortega", kb: "rosendo-valdivia"));

        var corpus = Build(Report("a", "2024-01-10"), Report("b", "2024-06-02"));

        Assert.NotEqual(corpus.Documents[0].Story, corpus.Documents[1].Story);
    }

    [Fact]
    public void A_document_matching_two_stories_unites_them_across_languages()
    {
        // The Spanish and the Swedish report share only the cartel and the country: two stories until
        // the French report names the town and mayor of the first and the toll and commander of the second.
        var spanish = Document("es-1", "es", "2025-05-10", "Un ataque en Villa Ocaso contra el alcalde Rosendo Valdivia Ortega.", "Atacan al alcalde de Villa Ocaso",
            Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), Person("Rosendo Valdivia Ortega"), Country("México", Mexico));
        var swedish = Document("sv-1", "sv", "2025-05-11", "Kommendanten Maricela Tovar Ibarra bekräftar 317 döda.", "317 döda i Mexiko",
            Group("Poniente-kartellen", kb: "cartel-poniente"), Person("Maricela Tovar Ibarra"), Country("Mexiko", Mexico));
        var french = Document("fr-1", "fr", "2025-05-11", "À Villa Ocaso, le maire Rosendo Valdivia Ortega visé; la commandante Maricela Tovar Ibarra parle de 317 morts.", "Villa Ocaso : 317 morts",
            Group("cartel du Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), Person("Rosendo Valdivia Ortega"), Person("Maricela Tovar Ibarra"), Country("Mexique", Mexico));

        var apart = Build(Copy(spanish), Copy(swedish), Unrelated("other-1"), Unrelated("other-2"));
        var united = Build(spanish, swedish, Unrelated("other-1"), Unrelated("other-2"), french);

        Assert.NotEqual(apart.Documents[0].Story, apart.Documents[1].Story);
        Assert.Equal(united.Documents[0].Story, united.Documents[1].Story);
        Assert.Equal(united.Documents[0].Story, united.Documents[4].Story);
        var story = Assert.Single(united.Stories, s => s.Documents.Count > 1);
        Assert.Equal(["es-1", "sv-1", "fr-1"], story.Documents);
        Assert.Equal(["es", "sv", "fr"], story.Languages);
        Assert.Equal("Atacan al alcalde de Villa Ocaso", story.Title);
        Assert.DoesNotContain(united.Stories, s => s.Id == apart.Documents[1].Story);
    }

    [Theory]
    [InlineData("de", "pt", "2025-06-14")]
    [InlineData("nb", "en", "2025-06-15")]
    [InlineData("da", "it", "2025-06-14")]
    public void Two_reports_of_one_incident_are_one_story_though_each_names_much_the_other_does_not(string first, string second, string secondDay)
    {
        // Each report names its own officials and background; what they share is the incident (a
        // clash in the state that day, or a day later as one outlet dates it) and the commander:
        // one name is too little for a story, but not beside the same incident.
        ContractDocument Report(string id, string language, string day, string other1, string other2, string other3) => Document(id, language, day, $"Report {id}: {other1}, {other2}, {other3}.", $"Report {id}",
            Person("Maricela Tovar Ibarra"), Person(other1), Person(other2), Group(other3), State("Serranía", Serrania), Country("Mexico", Mexico))
            .WithEvents(Event("Battles", "Armed clash", day, null, "Serranía", Serrania, fatalities: 4));

        var corpus = Build(
            Report("a", first, "2025-06-14", "Evaristo Quiroga Luna", "Leandro Cisneros Palma", "Fiscalía de Serranía"),
            Unrelated("other-1"),
            Report("b", second, secondDay, "Hubert Krammer Lenz", "Odilia Fuentes Mora", "Guardia Costera"));
        var withoutIncident = Build(
            Report("a", first, "2025-06-14", "Evaristo Quiroga Luna", "Leandro Cisneros Palma", "Fiscalía de Serranía").WithEvents(),
            Unrelated("other-1"),
            Report("b", second, secondDay, "Hubert Krammer Lenz", "Odilia Fuentes Mora", "Guardia Costera").WithEvents());

        Assert.Equal(corpus.Documents[0].Story, corpus.Documents[2].Story);
        Assert.NotEqual(withoutIncident.Documents[0].Story, withoutIncident.Documents[2].Story);
    }

    [Theory]
    [InlineData("en", "nb")]
    [InlineData("es", "it")]
    [InlineData("de", "sv")]
    public void Two_incidents_in_one_town_two_days_apart_are_two_stories_in_any_language(string first, string second)
    {
        ContractDocument Report(string id, string language, string published, string day, string victim) => Document(id, language, published, $"{victim} ({id}).", $"Report {id}",
            Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("Mexico", Mexico), Person(victim))
            .WithEvents(Event("Violence against civilians", "Attack", day, "Villa Ocaso", "Serranía", Ocaso, fatalities: 1));

        var corpus = Build(Report("a", first, "2025-06-11", "2025-06-10", "Evaristo Quiroga Luna"), Report("b", second, "2025-06-13", "2025-06-12", "Leandro Cisneros Palma"));

        Assert.NotEqual(corpus.Documents[0].Story, corpus.Documents[1].Story);
    }

    [Theory]
    [InlineData("es", "pt")]
    [InlineData("nl", "en")]
    [InlineData("da", "sv")]
    public void Two_stories_about_one_cartel_in_one_month_stay_apart(string first, string second)
    {
        // One cartel, its leader named in passing, one state, the same week: a clash in one town and
        // arrests in another are two stories. Each names its own people and bodies, as reports do.
        var clash = Document("a", first, "2025-07-08", "Clash in Villa Ocaso.", "Clash",
            Group("Cártel del Poniente", kb: "cartel-poniente", mentions: 4), Person("Rosendo Valdivia Ortega", kb: "rosendo-valdivia", mentions: 1),
            State("Serranía", Serrania), Country("Mexico", Mexico), Town("Villa Ocaso", "Serranía", Ocaso), Person("Evaristo Quiroga Luna"),
            Person("Odilia Fuentes Mora"), Group("Policía Municipal de Villa Ocaso"))
            .WithEvents(Event("Battles", "Armed clash", "2025-07-07", "Villa Ocaso", "Serranía", Ocaso, fatalities: 6));
        var arrests = Document("b", second, "2025-07-11", "Arrests in Puerto Brumas.", "Arrests",
            Group("Poniente Cartel", kb: "cartel-poniente", mentions: 4), Person("Rosendo Valdivia Ortega", kb: "rosendo-valdivia", mentions: 1),
            State("Serranía", Serrania), Country("Mexico", Mexico), Town("Puerto Brumas", "Serranía", Brumas), Person("Leandro Cisneros Palma"),
            Person("Hubert Krammer Lenz"), Group("Fiscalía de Serranía"))
            .WithEvents(Event("Strategic developments", "Arrests", "2025-07-10", "Puerto Brumas", "Serranía", Brumas));
        var later = Document("c", first, "2025-07-25", "Another clash in Villa Ocaso.", "Clash again",
            Group("Cártel del Poniente", kb: "cartel-poniente", mentions: 4), Person("Rosendo Valdivia Ortega", kb: "rosendo-valdivia", mentions: 1),
            State("Serranía", Serrania), Country("Mexico", Mexico), Town("Villa Ocaso", "Serranía", Ocaso))
            .WithEvents(Event("Battles", "Armed clash", "2025-07-24", "Villa Ocaso", "Serranía", Ocaso, fatalities: 6));

        var corpus = Build(clash, Unrelated("other-1"), arrests, Unrelated("other-2"), later);

        Assert.Equal(5, corpus.Stories.Count);
    }

    [Theory]
    [InlineData("es", "nl")]
    [InlineData("en", "de")]
    [InlineData("sv", "pt")]
    public void A_brief_report_with_the_toll_of_an_armed_groups_attack_that_week_joins_its_story_where_no_other_such_incident_was(string first, string second)
    {
        // The first report places the ambush in a town and names its people; the second, a brief
        // report abroad, shares with it the state, the month, the group and the toll only, and names
        // its own officials and agencies (too little in common for the documents' likeness alone).
        ContractDocument Town(string id, int toll, string town, long geonames) => Document(id, first, "2025-05-06", $"Report {id}.", $"Report {id}",
            Group("Frente del Poniente", kb: "frente-poniente", mentions: 3, kind: "criminal_group"), Invented.Town(town, "Serranía", geonames), State("Serranía", Serrania),
            Country("Mexico", Mexico), Person("Evaristo Quiroga " + id), Person("Odilia Fuentes " + id), Group("Policía de " + id))
            .WithEvents(Event("Battles", "Armed clash", "2025-05-05", town, "Serranía", geonames, fatalities: toll));
        ContractDocument Brief(int toll, string? group = "frente-poniente") => Document("brief", second, "2025-05-07", "Brief.", "Brief",
            Group("Frente del Poniente", kb: group, mentions: 2, kind: "criminal_group"), State("Serranía", Serrania), Country("Mexico", Mexico),
            Person("Hubert Krammer Lenz"), Person("Leandro Cisneros Palma"), Group("Guardia Costera"), Group("Marina Nacional"), Group("Agencia Brumosa"))
            .WithEvents(Event("Battles", "Armed clash", "2025-05", null, "Serranía", Serrania, fatalities: toll));

        ContractDocument[] Earlier() => [.. Enumerable.Range(1, 6).Select(i => Document($"earlier-{i}", "es", $"2025-0{i}-01", $"Nota {i}.", null,
            Group("Frente del Poniente", kb: "frente-poniente", kind: "criminal_group"), Person($"Persona {i} Anterior"), Country("Mexico", Mexico)))];

        var joins = Build([.. Earlier(), Town("a", 13, "Villa Ocaso", Ocaso), Brief(13)]);
        var otherToll = Build([.. Earlier(), Town("a", 13, "Villa Ocaso", Ocaso), Brief(9)]);
        var otherGroup = Build([.. Earlier(), Town("a", 13, "Villa Ocaso", Ocaso), Brief(13, group: "otro-frente")]);
        var busyWeek = Build([.. Earlier(), Town("a", 13, "Villa Ocaso", Ocaso), Town("b", 4, "Puerto Brumas", Brumas), Brief(13)]);
        var twoTowns = Build([.. Earlier(), Town("a", 13, "Villa Ocaso", Ocaso), Town("b", 13, "Puerto Brumas", Brumas)]);

        Assert.Equal(joins.Documents[6].Story, joins.Documents[7].Story);
        Assert.NotEqual(otherToll.Documents[6].Story, otherToll.Documents[7].Story);
        Assert.NotEqual(otherGroup.Documents[6].Story, otherGroup.Documents[7].Story);
        Assert.NotEqual(busyWeek.Documents[6].Story, busyWeek.Documents[7].Story);
        Assert.NotEqual(busyWeek.Documents[6].Story, busyWeek.Documents[8].Story);
        Assert.NotEqual(twoTowns.Documents[6].Story, twoTowns.Documents[7].Story);
    }

    [Theory]
    [InlineData("es", "it")]
    [InlineData("en", "de")]
    [InlineData("nb", "da")]
    public void Clashes_of_one_cartel_in_one_state_on_one_day_are_two_stories_unless_a_person_or_place_is_shared(string first, string second)
    {
        // A busy state has several clashes a day: the same type, state, day and group (not known as
        // an armed group here: the toll of the same size says nothing) do not make one incident of two
        // reports placed in different towns, or of a report placing it in a town and one placing it in
        // the state only. Each report names its own people and bodies, as reports do.
        ContractDocument Clash(string id, string language, string? town, long? geonames, string person) => Document(id, language, "2025-08-02", $"Clash ({id}).", $"Clash {id}",
            Group("Cártel del Poniente", kb: "cartel-poniente", mentions: 3), State("Serranía", Serrania), Country("Mexico", Mexico), Person(person),
            Person(person + " Junior"), Group("Policía de " + id), Group("Fiscalía de " + id))
            .WithEvents(Event("Battles", "Armed clash", "2025-08-01", town, "Serranía", geonames ?? Serrania, fatalities: 12));

        // Earlier news of the cartel: in a corpus, a well-known group is in many documents.
        ContractDocument[] Earlier() => [.. Enumerable.Range(1, 6).Select(i => Document($"earlier-{i}", "es", $"2025-0{i}-01", $"Nota {i}.", null,
            Group("Cártel del Poniente", kb: "cartel-poniente"), Person($"Persona {i} Anterior"), Country("Mexico", Mexico)))];

        var inTowns = Build([.. Earlier(), Clash("a", first, "Villa Ocaso", Ocaso, "Evaristo Quiroga Luna"), Clash("b", second, "Puerto Brumas", Brumas, "Leandro Cisneros Palma")]);
        var inTownAndState = Build([.. Earlier(), Clash("a", first, "Villa Ocaso", Ocaso, "Evaristo Quiroga Luna"), Clash("b", second, null, null, "Leandro Cisneros Palma")]);
        var samePerson = Build([.. Earlier(), Clash("a", first, "Villa Ocaso", Ocaso, "Evaristo Quiroga Luna"), Clash("b", second, null, null, "Evaristo Quiroga Luna")]);

        Assert.NotEqual(inTowns.Documents[6].Story, inTowns.Documents[7].Story);
        Assert.NotEqual(inTownAndState.Documents[6].Story, inTownAndState.Documents[7].Story);
        Assert.Equal(samePerson.Documents[6].Story, samePerson.Documents[7].Story);
    }

    [Theory]
    [InlineData("es", "pt")]
    [InlineData("en", "nl")]
    [InlineData("sv", "da")]
    public void Two_reports_of_one_kind_of_incident_in_one_town_that_day_are_one_story(string first, string second)
    {
        // Each outlet names its own officials: the town, the kind of incident and the day are all they share.
        ContractDocument Report(string id, string language, string type, string subtype, string person, string body) => Document(id, language, "2025-09-03", $"Report {id}.", $"Report {id}",
            Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("Mexico", Mexico), Person(person), Person(person + " Segundo"), Group(body), Group(body + " Estatal"))
            .WithEvents(Event(type, subtype, "2025-09-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 2));

        // Earlier news of the town: in a corpus, a town is in many documents, so naming it is little evidence by itself.
        ContractDocument[] Earlier() => [.. Enumerable.Range(1, 6).Select(i => Document($"earlier-{i}", "es", $"2025-0{i}-01", $"Nota {i}.", null,
            Town("Villa Ocaso", "Serranía", Ocaso), Person($"Persona {i} Anterior"), Country("Mexico", Mexico)))];

        var bombs = Build([.. Earlier(),
            Report("a", first, "Explosions/Remote violence", "Remote explosive/landmine/IED", "Evaristo Quiroga Luna", "Fiscalía de Serranía"),
            Report("b", second, "Explosions/Remote violence", "Remote explosive/landmine/IED", "Hubert Krammer Lenz", "Guardia Costera")]);
        var bombAndArrests = Build([.. Earlier(),
            Report("a", first, "Explosions/Remote violence", "Remote explosive/landmine/IED", "Evaristo Quiroga Luna", "Fiscalía de Serranía"),
            Report("b", second, "Strategic developments", "Arrests", "Hubert Krammer Lenz", "Guardia Costera")]);

        Assert.Equal(bombs.Documents[6].Story, bombs.Documents[7].Story);
        Assert.NotEqual(bombAndArrests.Documents[6].Story, bombAndArrests.Documents[7].Story);
    }

    [Theory]
    [InlineData("nl", "es")]
    [InlineData("de", "en")]
    [InlineData("nb", "it")]
    public void A_document_without_any_date_joins_the_story_of_the_same_kind_of_incident_in_the_same_town(string first, string second)
    {
        // The first report gives no date at all (no publication date, no dated incident); it shares
        // the town, the kind of incident there and the commander with a dated report, and each names
        // its own officials besides.
        ContractDocument Undated(string type, string subtype) => Document("a", first, null, "Report a.", "Report a",
            Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("Mexico", Mexico), Person("Maricela Tovar Ibarra"),
            Person("Evaristo Quiroga Luna"), Person("Leandro Cisneros Palma"), Group("Fiscalía de Serranía"), Group("Policía de Serranía"))
            .WithEvents(Event(type, subtype, null, "Villa Ocaso", "Serranía", Ocaso, fatalities: 5));
        ContractDocument Dated() => Document("b", second, "2025-10-20", "Report b.", "Report b",
            Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("Mexico", Mexico), Person("Maricela Tovar Ibarra"),
            Person("Hubert Krammer Lenz"), Person("Odilia Fuentes Mora"), Group("Guardia Costera"), Group("Marina Nacional"))
            .WithEvents(Event("Battles", "Armed clash", "2025-10-19", "Villa Ocaso", "Serranía", Ocaso, fatalities: 5));

        // Earlier news of the town and of the commander, each in documents of its own.
        ContractDocument[] Earlier() => [.. Enumerable.Range(1, 6).Select(i => Document($"earlier-{i}", "es", $"2025-0{i}-01", $"Nota {i}.", null,
            i % 2 == 0 ? Town("Villa Ocaso", "Serranía", Ocaso) : Person("Maricela Tovar Ibarra"), Person($"Persona {i} Anterior"), Country("Mexico", Mexico)))];

        var sameIncident = Build([.. Earlier(), Undated("Battles", "Armed clash"), Dated()]);
        var otherIncident = Build([.. Earlier(), Undated("Riots", "Mob violence"), Dated()]);

        Assert.Equal(sameIncident.Documents[6].Story, sameIncident.Documents[7].Story);
        Assert.NotEqual(otherIncident.Documents[6].Story, otherIncident.Documents[7].Story);
    }

    [Theory]
    [InlineData("es", "de")]
    [InlineData("pt", "en")]
    [InlineData("it", "nb")]
    public void Two_reports_of_a_helicopter_attacked_in_one_state_that_day_are_one_story_wherever_each_places_it(string first, string second)
    {
        // Each outlet places the clash in another town (or in the state only) and names its own
        // people: a helicopter attacked in one state that day is all they share, and there are not two.
        ContractDocument Report(string id, string language, string? town, long? geonames, string person, bool helicopter)
        {
            var clash = Event("Battles", "Armed clash", "2025-11-02", town, "Serranía", geonames ?? Serrania, fatalities: 3);
            clash.Tactics = helicopter ? ["aircraft"] : [];
            return Document(id, language, "2025-11-03", $"Report {id}.", $"Report {id}",
                Group("Cártel del Poniente", kb: "cartel-poniente", mentions: 3), State("Serranía", Serrania), Country("Mexico", Mexico),
                Person(person), Person(person + " Junior"), Group("Policía de " + id))
                .WithEvents(clash);
        }

        ContractDocument[] Earlier() => [.. Enumerable.Range(1, 6).Select(i => Document($"earlier-{i}", "es", $"2025-0{i}-01", $"Nota {i}.", null,
            Group("Cártel del Poniente", kb: "cartel-poniente"), Person($"Persona {i} Anterior"), Country("Mexico", Mexico)))];

        // A corpus where helicopters are attacked in the state all the time: one more that day is no longer one incident by itself.
        ContractDocument[] ManyEarlierHelicopters() => [.. Enumerable.Range(1, StoryClusterer.RareMeansDocuments).Select(i =>
        {
            var earlier = Event("Battles", "Armed clash", $"2024-{1 + (i % 12):00}-{1 + i:00}", null, "Serranía", Serrania, fatalities: 2);
            earlier.Tactics = ["aircraft"];
            return Document($"helicopter-{i}", "es", $"2024-{1 + (i % 12):00}-{1 + i:00}", string.Join(' ', Enumerable.Range(0, 20).Select(k => $"palabra{(i * 37) + k}")), null,
                Group("Cártel del Poniente", kb: "cartel-poniente"), Person($"Persona {i} Anterior"), State("Serranía", Serrania), Country("Mexico", Mexico)).WithEvents(earlier);
        })];

        var helicopter = Build([.. Earlier(), Report("a", first, "Villa Ocaso", Ocaso, "Evaristo Quiroga Luna", true), Report("b", second, null, null, "Leandro Cisneros Palma", true)]);
        var clashes = Build([.. Earlier(), Report("a", first, "Villa Ocaso", Ocaso, "Evaristo Quiroga Luna", false), Report("b", second, null, null, "Leandro Cisneros Palma", false)]);
        var common = Build([.. Earlier(), .. ManyEarlierHelicopters(), Report("a", first, "Villa Ocaso", Ocaso, "Evaristo Quiroga Luna", true), Report("b", second, null, null, "Leandro Cisneros Palma", true)]);

        Assert.Equal(helicopter.Documents[6].Story, helicopter.Documents[7].Story);
        Assert.NotEqual(clashes.Documents[6].Story, clashes.Documents[7].Story);
        Assert.NotEqual(common.Documents[^2].Story, common.Documents[^1].Story);
    }

    [Theory]
    [InlineData("fr", "es")]
    [InlineData("en", "de")]
    [InlineData("da", "pt")]
    public void An_incident_a_report_dates_only_by_its_month_is_looked_for_in_the_days_before_it_appeared(string first, string second)
    {
        // The second outlet writes "this week" (the month of its publication is all the date the
        // incident gets); it names its own people: the town and the kind of incident are what both share.
        ContractDocument Report(string id, string language, string published, string incidentDate, string person) => Document(id, language, published, $"Report {id}.", $"Report {id}",
            Town("Villa Ocaso", "Serranía", Ocaso), State("Serranía", Serrania), Country("Mexico", Mexico), Person(person), Person(person + " Segundo"),
            Group("Policía de " + id), Group("Fiscalía de " + id), Group("Guardia de " + id))
            .WithEvents(Event("Explosions/Remote violence", "Remote explosive/landmine/IED", incidentDate, "Villa Ocaso", "Serranía", Ocaso, fatalities: 2));

        ContractDocument[] Earlier() => [.. Enumerable.Range(1, 6).Select(i => Document($"earlier-{i}", "es", $"2025-0{i}-01", $"Nota {i}.", null,
            Town("Villa Ocaso", "Serranía", Ocaso), Person($"Persona {i} Anterior"), Country("Mexico", Mexico)))];

        var twoDaysLater = Build([.. Earlier(), Report("a", first, "2025-12-09", "2025-12-09", "Evaristo Quiroga Luna"), Report("b", second, "2025-12-11", "2025-12", "Hubert Krammer Lenz")]);
        var sixDaysLater = Build([.. Earlier(), Report("a", first, "2025-12-09", "2025-12-09", "Evaristo Quiroga Luna"), Report("b", second, "2025-12-15", "2025-12", "Hubert Krammer Lenz")]);

        Assert.Equal(twoDaysLater.Documents[6].Story, twoDaysLater.Documents[7].Story);
        Assert.NotEqual(sixDaysLater.Documents[6].Story, sixDaysLater.Documents[7].Story);
    }

    [Fact]
    public void Every_document_has_a_story_and_singletons_have_their_own()
    {
        var corpus = Build(Unrelated("x"), Unrelated("y"), Document("z", "de", null, "Kurz."));

        Assert.All(corpus.Documents, d => Assert.NotNull(d.Story));
        Assert.Equal(3, corpus.Stories.Count);
        Assert.All(corpus.Stories, s => Assert.Single(s.Documents));
    }

    private static ContractDocument Copy(ContractDocument d)
        => System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(d, ContractJsonContext.Default.ContractDocument), ContractJsonContext.Default.ContractDocument)!;

    private static ContractDocument Unrelated(string id) => Document(id, "pt", "2023-07-0" + (id.Length % 9 + 1), "Nada a ver com " + id + ".", null,
        Person("Pessoa " + id + " Silva"), Town("Lugar " + id, "Outro Estado", 9_100_000 + id.GetHashCode(StringComparison.Ordinal) % 1000));
}

public sealed class InputOrderTests
{
    [Fact]
    public void What_is_decided_for_the_first_documents_does_not_change_when_more_come()
    {
        var documents = Enumerable.Range(0, 40).Select(i => Invented.Document($"d{i}", i % 2 == 0 ? "es" : "en", $"2025-04-{1 + (i % 5):D2}", $"Texto {i} con {100 + (i % 7)} víctimas.", $"T{i}",
            Invented.Group("Cártel del Poniente", kb: "cartel-poniente"),
            Invented.Town($"Villa {i % 7}", "Serranía", 9_000_000 + (i % 7)),
            Invented.Person($"Persona Número {i % 7}"))).ToList();

        var few = Invented.Build([.. documents.Take(15).Select(Copy)]);
        var all = Invented.Build([.. documents.Select(Copy)]);

        Assert.Equal(few.Documents.Select(d => (d.Story, d.DuplicateOf, string.Join(",", d.Events))), all.Documents.Take(15).Select(d => (d.Story, d.DuplicateOf, string.Join(",", d.Events))));
        Assert.True(all.Stories.Count < 40);
    }

    private static Atalaya.Core.Contract.ContractDocument Copy(Atalaya.Core.Contract.ContractDocument d)
        => System.Text.Json.JsonSerializer.Deserialize(System.Text.Json.JsonSerializer.Serialize(d, Atalaya.Core.Contract.ContractJsonContext.Default.ContractDocument), Atalaya.Core.Contract.ContractJsonContext.Default.ContractDocument)!;
}
