using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Dates;
using Atalaya.Core.Stages.Segmentation;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Events.Dates;

public sealed class EventDateReaderTests
{
    // Tuesday 12 March 2024.
    private static readonly PartialDate Tuesday = PartialDate.OfDay(2024, 3, 12);
    private static readonly PartialDate March = PartialDate.OfMonth(2024, 3);

    private static readonly Lazy<EventDateReader> Reader = new(() => EventDateReader.Build(Some.Resources.Languages, Some.Resources.Dates));

    private static List<DateMention> Find(string language, string sentence, DateContext context)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length), 0, tokens);
        return [.. Reader.Value.Find(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), language, context)];
    }

    /// <summary>Each date as "covered text=ISO date", joined by " | ".</summary>
    private static string Read(string language, string sentence, PartialDate? published, int? documentYear = null)
        => string.Join(" | ", Find(language, sentence, new DateContext(published, documentYear)).Select(m => $"{m.Span.Slice(sentence)}={m.Date}"));

    [Theory]
    [InlineData("El ataque ocurrió ayer en Culiacán.", "ayer=2024-03-11")]
    [InlineData("Lo mataron anteayer.", "anteayer=2024-03-10")]
    [InlineData("Anoche hubo disparos.", "Anoche=2024-03-11")]
    [InlineData("Esta madrugada hubo disparos.", "Esta madrugada=2024-03-12")]
    [InlineData("Hoy hubo disparos.", "Hoy=2024-03-12")]
    [InlineData("El domingo hubo disparos.", "domingo=2024-03-10")]
    [InlineData("El martes hubo disparos.", "martes=2024-03-12")]
    [InlineData("El miércoles hubo disparos.", "miércoles=2024-03-06")]
    [InlineData("El domingo pasado hubo disparos.", "domingo pasado=2024-03-10")]
    [InlineData("El martes pasado hubo disparos.", "martes pasado=2024-03-05")]
    [InlineData("El pasado martes hubo disparos.", "pasado martes=2024-03-05")]
    [InlineData("La semana pasada hubo disparos.", "La semana pasada=2024-03")]
    [InlineData("El mes pasado hubo disparos.", "El mes pasado=2024-02")]
    [InlineData("El año pasado hubo disparos.", "El año pasado=2023")]
    [InlineData("Este año hubo disparos.", "Este año=2024")]
    [InlineData("Ocurrió hace tres días.", "hace tres días=2024-03-09")]
    [InlineData("Ocurrió hace 3 días.", "hace 3 días=2024-03-09")]
    [InlineData("Ocurrió hace dos semanas.", "hace dos semanas=2024-02")]
    [InlineData("Ocurrió hace un año.", "hace un año=2023")]
    [InlineData("Ocurrió hace 5 meses.", "hace 5 meses=2023-10")]
    [InlineData("Ocurrió hace unos días.", "")]
    [InlineData("Ocurrió el 2 de agosto.", "2 de agosto=2023-08-02")]
    [InlineData("Ocurrió el 2 de marzo.", "2 de marzo=2024-03-02")]
    [InlineData("Ocurrió el 2 de agosto de 2020.", "2 de agosto de 2020=2020-08-02")]
    [InlineData("Ocurrió en enero.", "enero=2024-01")]
    [InlineData("Ocurrió en diciembre.", "diciembre=2023-12")]
    [InlineData("Ocurrió en 2015.", "2015=2015")]
    [InlineData("Ocurrió a principios de 2020.", "a principios de 2020=2020")]
    [InlineData("Ocurrió a finales de enero.", "a finales de enero=2024-01")]
    [InlineData("Ocurrió el domingo 5 de mayo.", "5 de mayo=2023-05-05")]
    [InlineData("Llegaron 2.000 soldados al mar.", "")]
    [InlineData("Ayer hubo tres muertos y el domingo dos heridos.", "Ayer=2024-03-11 | domingo=2024-03-10")]
    [InlineData("El fin de semana pasado murieron doce personas.", "fin de semana pasado=2024-03-09")]
    [InlineData("Hace una semana fueron asesinados tres agentes.", "Hace una semana=2024-03")]
    [InlineData("Murieron 3 personas el 14/02/2024 y 2 más el 15.", "14/02/2024=2024-02-14")]
    [InlineData("Desde enero, al menos cuarenta personas han muerto.", "enero=2024-01")]
    [InlineData("Durante 2023 hubo 1,500 homicidios, más que en 2022.", "2023=2023 | 2022=2022")]
    [InlineData("El mar estaba en calma.", "")]
    public void Spanish_against_a_Tuesday(string sentence, string expected) => Assert.Equal(expected, Read("es", sentence, Tuesday));

    [Theory]
    [InlineData("It happened yesterday.", "yesterday=2024-03-11")]
    [InlineData("It happened last week.", "last week=2024-03")]
    [InlineData("It happened on Sunday.", "Sunday=2024-03-10")]
    [InlineData("It happened last Sunday.", "last Sunday=2024-03-10")]
    [InlineData("It happened last Tuesday.", "last Tuesday=2024-03-05")]
    [InlineData("It happened three weeks ago.", "three weeks ago=2024-02")]
    [InlineData("It happened 10 days ago.", "10 days ago=2024-03-02")]
    [InlineData("It happened a week ago.", "a week ago=2024-03")]
    [InlineData("It happened on 19 August.", "19 August=2023-08-19")]
    [InlineData("It happened on August 19.", "August 19=2023-08-19")]
    [InlineData("It happened on the 3rd of March.", "3rd of March=2024-03-03")]
    [InlineData("It happened in January.", "January=2024-01")]
    [InlineData("It happened in May.", "May=2023-05")]
    [InlineData("The police may act.", "")]
    [InlineData("It happened in 2015.", "2015=2015")]
    [InlineData("It happened in early 2020.", "early 2020=2020")]
    [InlineData("It happened in mid-January.", "mid-January=2024-01")]
    [InlineData("It happened last year.", "last year=2023")]
    [InlineData("It happened last month.", "last month=2024-02")]
    [InlineData("On Monday, 12 people were killed.", "Monday=2024-03-11")]
    [InlineData("Gunmen killed 14 people on Saturday night, officials said on Sunday.", "Saturday=2024-03-09 | Sunday=2024-03-10")]
    [InlineData("The attack happened at 9:30 p.m. on March 3.", "March 3=2024-03-03")]
    [InlineData("About a dozen soldiers were injured earlier this month.", "earlier this month=2024-03")]
    [InlineData("Two days later, investigators found the bodies.", "")]
    public void English_against_a_Tuesday(string sentence, string expected) => Assert.Equal(expected, Read("en", sentence, Tuesday));

    [Theory]
    [InlineData("de", "Es geschah gestern.", "gestern=2024-03-11")]
    [InlineData("de", "Es geschah vor drei Wochen.", "vor drei Wochen=2024-02")]
    [InlineData("de", "Es geschah vor einem Jahr.", "vor einem Jahr=2023")]
    [InlineData("de", "Es geschah am Sonntag.", "Sonntag=2024-03-10")]
    [InlineData("de", "Es geschah am Sonntagabend.", "Sonntagabend=2024-03-10")]
    [InlineData("de", "Es geschah letzten Dienstag.", "letzten Dienstag=2024-03-05")]
    [InlineData("de", "Es geschah am 19. August.", "19. August=2023-08-19")]
    [InlineData("de", "Es geschah im Januar.", "Januar=2024-01")]
    [InlineData("de", "Es geschah Ende 2019.", "Ende 2019=2019")]
    [InlineData("de", "Es geschah im vergangenen Jahr.", "vergangenen Jahr=2023")]
    [InlineData("nl", "Het gebeurde zondag.", "zondag=2024-03-10")]
    [InlineData("nl", "Het gebeurde vorige maand.", "vorige maand=2024-02")]
    [InlineData("nl", "Het gebeurde drie dagen geleden.", "drie dagen geleden=2024-03-09")]
    [InlineData("nl", "Het gebeurde vorige week.", "vorige week=2024-03")]
    [InlineData("nl", "Het gebeurde begin 2020.", "begin 2020=2020")]
    [InlineData("nb", "Det skjedde sist torsdag.", "sist torsdag=2024-03-07")]
    [InlineData("nb", "Det skjedde for to uker siden.", "to uker siden=2024-02")]
    [InlineData("nb", "Det skjedde i går.", "i går=2024-03-11")]
    [InlineData("nb", "Det skjedde i januar.", "januar=2024-01")]
    [InlineData("nb", "Det skjedde i fjor.", "i fjor=2023")]
    [InlineData("nn", "Det skjedde i går.", "i går=2024-03-11")]
    [InlineData("da", "Det skete i søndags.", "søndags=2024-03-10")]
    [InlineData("da", "Det skete i sidste uge.", "sidste uge=2024-03")]
    [InlineData("da", "Det skete for tre dage siden.", "tre dage siden=2024-03-09")]
    [InlineData("sv", "Det hände förra veckan.", "förra veckan=2024-03")]
    [InlineData("sv", "Det hände för två veckor sedan.", "två veckor sedan=2024-02")]
    [InlineData("sv", "Det hände i söndags.", "söndags=2024-03-10")]
    [InlineData("it", "È successo tre giorni fa.", "tre giorni fa=2024-03-09")]
    [InlineData("it", "È successo domenica scorsa.", "domenica scorsa=2024-03-10")]
    [InlineData("it", "È successo l'anno scorso.", "l'anno scorso=2023")]
    [InlineData("fr", "C'est arrivé il y a deux jours.", "il y a deux jours=2024-03-10")]
    [InlineData("fr", "C'est arrivé dimanche dernier.", "dimanche dernier=2024-03-10")]
    [InlineData("fr", "C'est arrivé l'an dernier.", "l'an dernier=2023")]
    [InlineData("fr", "C'est arrivé le 3 mars.", "3 mars=2024-03-03")]
    [InlineData("fr", "C'est arrivé en janvier.", "janvier=2024-01")]
    [InlineData("pt", "Aconteceu há dois dias.", "há dois dias=2024-03-10")]
    [InlineData("pt", "Aconteceu ontem.", "ontem=2024-03-11")]
    [InlineData("pt", "Aconteceu no domingo.", "domingo=2024-03-10")]
    [InlineData("pt", "Aconteceu na semana passada.", "semana passada=2024-03")]
    [InlineData("pt", "Aconteceu em janeiro.", "janeiro=2024-01")]
    [InlineData("pt", "Na última sexta-feira, 8 pessoas morreram.", "última sexta-feira=2024-03-08")]
    [InlineData("pt", "Aconteceu na sexta-feira.", "sexta-feira=2024-03-08")]
    [InlineData("fr", "Le 1er mars, trois soldats ont été tués.", "1er mars=2024-03-01")]
    [InlineData("da", "Den 3. marts blev 5 personer dræbt.", "3. marts=2024-03-03")]
    [InlineData("it", "Il 5 marzo scorso sono stati uccisi 7 agenti.", "5 marzo=2024-03-05")]
    [InlineData("sv", "Polisen grep 3 personer i förrgår.", "i förrgår=2024-03-10")]
    [InlineData("ca", "Va passar ahir.", "ahir=2024-03-11")]
    [InlineData("ca", "Va passar fa tres dies.", "fa tres dies=2024-03-09")]
    [InlineData("gl", "Pasou onte.", "onte=2024-03-11")]
    [InlineData("gl", "Pasou hai tres días.", "hai tres días=2024-03-09")]
    public void Other_languages_against_a_Tuesday(string language, string sentence, string expected)
        => Assert.Equal(expected, Read(language, sentence, Tuesday));

    [Theory]
    [InlineData("es", "Ocurrió ayer.", "ayer=2024-03")]
    [InlineData("es", "Ocurrió el domingo.", "domingo=2024-03")]
    [InlineData("es", "Ocurrió hace tres días.", "hace tres días=2024-03")]
    [InlineData("es", "Ocurrió la semana pasada.", "la semana pasada=2024-03")]
    [InlineData("es", "Ocurrió el mes pasado.", "el mes pasado=2024-02")]
    [InlineData("es", "Ocurrió el año pasado.", "el año pasado=2023")]
    [InlineData("es", "Ocurrió el 2 de agosto.", "2 de agosto=2023-08-02")]
    [InlineData("es", "Ocurrió en marzo.", "marzo=2024-03")]
    [InlineData("en", "It happened last month.", "last month=2024-02")]
    [InlineData("en", "It happened two weeks ago.", "two weeks ago=2024-03")]
    [InlineData("de", "Es geschah vorgestern.", "vorgestern=2024-03")]
    [InlineData("nb", "Det skjedde sist torsdag.", "sist torsdag=2024-03")]
    public void Against_a_month(string language, string sentence, string expected)
        => Assert.Equal(expected, Read(language, sentence, March));

    [Theory]
    [InlineData("es", "Ocurrió ayer.", null, "")]
    [InlineData("es", "Ocurrió el domingo.", null, "")]
    [InlineData("es", "Ocurrió el mes pasado.", null, "")]
    [InlineData("es", "Ocurrió el 2 de agosto.", null, "")]
    [InlineData("es", "Ocurrió el 2 de agosto.", 2019, "2 de agosto=2019-08-02")]
    [InlineData("es", "Ocurrió en enero.", 2019, "enero=2019-01")]
    [InlineData("es", "Ocurrió en 2015.", null, "2015=2015")]
    [InlineData("es", "Ocurrió el 2 de agosto de 2020.", null, "2 de agosto de 2020=2020-08-02")]
    [InlineData("en", "It happened three days ago.", null, "")]
    public void Without_a_publication_date(string language, string sentence, int? documentYear, string expected)
        => Assert.Equal(expected, Read(language, sentence, null, documentYear));

    [Fact]
    public void Relative_dates_are_marked_relative()
    {
        var found = Find("es", "Ayer, 2 de agosto de 2020, hubo disparos.", new DateContext(Tuesday, null));

        Assert.Equal([true, false], found.Select(m => m.Relative));
    }

    [Fact]
    public void A_sentence_without_dates_gives_nothing()
        => Assert.Equal(string.Empty, Read("es", "La policía llegó tarde al lugar de los hechos.", Tuesday));

    [Fact]
    public void A_day_that_does_not_exist_is_left_out()
        => Assert.Equal(string.Empty, Read("en", "It happened on 31 February.", Tuesday));

    [Theory]
    [InlineData("es", "14/10/2019 - 15:59:24")]
    [InlineData("en", "Posted 12")]
    [InlineData("de", "Stand 12")]
    public void Sentence_ending_in_a_day_number_reads_without_failing(string language, string sentence)
    {
        // A number with nothing after it once made the day-month reader look past the last piece.
        var exception = Record.Exception(() => Read(language, sentence, Tuesday));

        Assert.Null(exception);
    }
}
