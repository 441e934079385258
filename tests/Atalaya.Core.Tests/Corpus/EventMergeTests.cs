using Atalaya.Core.Contract;
using static Atalaya.Core.Tests.Corpus.Invented;

namespace Atalaya.Core.Tests.Corpus;

public sealed class EventMergeTests
{
    private const long Ocaso = 9_000_001;
    private const long Serrania = 9_000_100;

    [Fact]
    public void One_incident_reported_in_two_languages_is_one_event_with_the_lowest_toll_and_every_figure_recorded()
    {
        var spanish = Story("es-1", "es", "2025-03-04")
            .WithEvents(Event("Battles", "Armed clash", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 7, injured: 3));
        var english = Story("en-1", "en", "2025-03-04")
            .WithEvents(Event("Violence against civilians", "Attack", "2025-03-04", "Villa Ocaso", "Serranía", Ocaso, fatalities: 5, injured: 3));

        var corpus = Build(spanish, english);

        var merged = Assert.Single(corpus.Events);
        Assert.Equal(["es-1", "en-1"], merged.Sources.Select(s => s.Document));
        Assert.Equal(5, merged.Fatalities);
        Assert.Equal(3, merged.Injured);
        Assert.NotNull(merged.CountsReported);
        Assert.Equal([7, 5], merged.CountsReported!.Select(c => c.Fatalities));
        Assert.Equal(["es-1", "en-1"], merged.CountsReported!.Select(c => c.Document));
        Assert.All(corpus.Documents, d => Assert.Equal([merged.Id], d.Events));
    }

    [Fact]
    public void Sources_that_agree_have_no_counts_reported_field()
    {
        var corpus = Build(
            Story("a", "es", "2025-03-04").WithEvents(Event("Battles", "Armed clash", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 4)),
            Story("b", "it", "2025-03-04").WithEvents(Event("Battles", "Armed clash", "2025-03", null, "Serranía", Serrania, fatalities: 4)));

        var merged = Assert.Single(corpus.Events);
        Assert.Null(merged.CountsReported);
        Assert.Equal("2025-03-03", merged.Date);
        Assert.Equal("Villa Ocaso", merged.Location!.Place);
        Assert.DoesNotContain("counts_reported", System.Text.Json.JsonSerializer.Serialize(corpus, ContractJsonContext.Default.ContractCorpus), StringComparison.Ordinal);
    }

    [Fact]
    public void Incidents_days_apart_an_arrest_and_a_seizure_and_two_of_one_documents_stay_apart()
    {
        var corpus = Build(
            Story("a", "es", "2025-03-04").WithEvents(
                Event("Battles", "Armed clash", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso),
                Event("Strategic developments", "Arrests", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso),
                Event("Battles", "Armed clash", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso)),
            Story("b", "en", "2025-03-06").WithEvents(
                Event("Battles", "Armed clash", "2025-03-06", "Villa Ocaso", "Serranía", Ocaso),
                Event("Strategic developments", "Disrupted weapons use", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso)));

        Assert.Equal(5, corpus.Events.Count);
    }

    [Fact]
    public void A_document_of_another_story_reporting_the_same_day_in_the_same_state_joins_the_event()
    {
        var first = Story("a", "es", "2025-03-04").WithEvents(Event("Explosions/Remote violence", "Remote explosive/landmine/IED", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 2));
        var other = Document("b", "de", "2025-03-04", "Eine Mine explodierte.", null, Person("Hubert Krammer Lenz")).WithEvents(
            Event("Explosions/Remote violence", "Remote explosive/landmine/IED", "2025-03-03", null, "Serranía", Serrania, fatalities: 2));

        var corpus = Build(first, other);

        Assert.NotEqual(corpus.Documents[0].Story, corpus.Documents[1].Story);
        Assert.Single(corpus.Events);
    }

    private static ContractDocument Story(string id, string language, string published) => Document(id, language, published, "Villa Ocaso: 14 muertos, 23 detenidos.", null,
        Group("Cártel del Poniente", kb: "cartel-poniente"), Town("Villa Ocaso", "Serranía", Ocaso), Person("Rosendo Valdivia Ortega", kb: "rosendo-valdivia"), State("Serranía", Serrania));

    [Fact]
    public void Sources_that_disagree_on_the_type_give_the_gravest_in_either_order()
    {
        var attack = Event("Violence against civilians", "Attack", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 3);
        var clash = Event("Battles", "Armed clash", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 3);

        var attackFirst = Build(Story("a", "es", "2025-03-04").WithEvents(attack), Story("b", "en", "2025-03-04").WithEvents(clash));
        var clashFirst = Build(
            Story("a", "es", "2025-03-04").WithEvents(Event("Battles", "Armed clash", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 3)),
            Story("b", "en", "2025-03-04").WithEvents(Event("Violence against civilians", "Attack", "2025-03-03", "Villa Ocaso", "Serranía", Ocaso, fatalities: 3)));

        Assert.Equal(("Battles", "Armed clash"), (Assert.Single(attackFirst.Events).Type, attackFirst.Events[0].Subtype));
        Assert.Equal(("Battles", "Armed clash"), (Assert.Single(clashFirst.Events).Type, clashFirst.Events[0].Subtype));
    }
}
