using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Counting;
using Atalaya.Core.Stages.Segmentation;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Events.Counting;

public sealed class QuantityReaderTests
{
    private static readonly Lazy<QuantityReader> Reader = new(() => QuantityReader.Build(Some.Resources.Languages));

    /// <summary>Each count as "covered text=value", a vague one as "covered text~value", joined by " | ".</summary>
    private static string Read(string language, string sentence)
    {
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length), 0, tokens);
        var found = Reader.Value.Find(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), language);
        return string.Join(" | ", found.Select(q =>
        {
            var text = sentence[tokens[q.Start].Span.Start..tokens[q.End - 1].Span.End];
            return q.Vague ? $"{text}~{q.Value}" : $"{text}={q.Value}";
        }));
    }

    [Theory]
    [InlineData("Murieron 12 personas.", "12=12")]
    [InlineData("Llegaron 1.200 soldados.", "1.200=1200")]
    [InlineData("Llegaron 2.000 soldados a Culiacán.", "2.000=2000")]
    [InlineData("Desplegaron 1 200 agentes.", "1 200=1200")]
    [InlineData("Entre 1 y 20 heridos.", "1=1 | 20=20")]
    [InlineData("Hallaron siete cuerpos.", "siete=7")]
    [InlineData("Fueron treinta y dos detenidos.", "treinta y dos=32")]
    [InlineData("Treinta y un policías resultaron heridos.", "Treinta y un=31")]
    [InlineData("Hubo veintitrés muertos y dieciséis heridos.", "veintitrés=23 | dieciséis=16")]
    [InlineData("Hubo veintiún muertos.", "veintiún=21")]
    [InlineData("Detuvieron a ciento cinco personas.", "ciento cinco=105")]
    [InlineData("Desplegaron dos mil quinientos soldados.", "dos mil quinientos=2500")]
    [InlineData("Desplegaron mil soldados.", "mil=1000")]
    [InlineData("Desplegaron doscientos cuarenta soldados.", "doscientos cuarenta=240")]
    [InlineData("Decenas de familias huyeron.", "Decenas~10")]
    [InlineData("Cientos de miles de personas marcharon.", "Cientos de miles~100000")]
    [InlineData("Varios hombres armados llegaron.", "Varios~3")]
    [InlineData("Llegó una docena de patrullas.", "una docena=12")]
    [InlineData("El ataque ocurrió en 2015 en Sinaloa.", "")]
    [InlineData("Ocurrió a las 14:30 en la plaza.", "")]
    [InlineData("El 30% de los homicidios.", "")]
    [InlineData("El 30 por ciento de los homicidios.", "")]
    [InlineData("Robaron $5 millones del banco.", "")]
    [InlineData("Un joven de 23 años fue asesinado.", "")]
    [InlineData("Tenía veinte años.", "")]
    [InlineData("Cayeron 2,5 toneladas.", "")]
    [InlineData("El 2 de agosto hubo 3 muertos.", "3=3")]
    [InlineData("Ocupó el 1º lugar.", "")]
    [InlineData("Usaban fusiles AK-47.", "")]
    [InlineData("Ocurrió hace tres días.", "")]
    [InlineData("La hallaron a las 10 de la mañana.", "")]
    [InlineData("Los 43 estudiantes desaparecieron el 26 de septiembre de 2014.", "43=43")]
    [InlineData("Murieron 3 personas el 14/02/2024.", "3=3")]
    [InlineData("Más de 30 mil agentes fueron desplegados.", "30 mil=30000")]
    [InlineData("Tres de ellos y dos más.", "Tres=3 | dos=2")]
    [InlineData("Ocurrió el dos de agosto.", "")]
    [InlineData("Un par de patrullas llegaron.", "Un par=2")]
    [InlineData("Uno de los detenidos tenía veintiún años.", "Uno=1")]
    [InlineData("Llevaban armas calibre .50 y 2020-2021.", "")]
    public void Spanish(string sentence, string expected) => Assert.Equal(expected, Read("es", sentence));

    [Theory]
    [InlineData("Police found 1,200 rounds.", "1,200=1200")]
    [InlineData("Twenty-one people were killed.", "Twenty-one=21")]
    [InlineData("They arrested one hundred and five suspects.", "one hundred and five=105")]
    [InlineData("They arrested a hundred suspects.", "a hundred=100")]
    [InlineData("Dozens of soldiers arrived.", "Dozens~12")]
    [InlineData("Hundreds of people fled.", "Hundreds~100")]
    [InlineData("Tens of thousands marched.", "Tens of thousands~10000")]
    [InlineData("Several gunmen opened fire.", "Several~3")]
    [InlineData("A 23-year-old man was shot.", "")]
    [InlineData("A twenty-year-old man was shot.", "")]
    [InlineData("He was shot on 19 August.", "")]
    [InlineData("He was shot on August 19.", "")]
    [InlineData("It finished 2nd in the race.", "")]
    [InlineData("Violence rose 30 percent in 2019.", "")]
    [InlineData("Violence rose 30 per cent.", "")]
    [InlineData("They seized 2.5 tonnes.", "")]
    [InlineData("Nine of the 40 victims were women.", "Nine=9 | 40=40")]
    [InlineData("The blast happened at 10 am.", "")]
    [InlineData("The 2006 offensive killed 300 people.", "300=300")]
    [InlineData("Since 2006, more than 400,000 people have been killed.", "400,000=400000")]
    [InlineData("Three weeks ago, two men were found.", "two=2")]
    [InlineData("A couple of officers were hurt.", "A couple=2")]
    public void English(string sentence, string expected) => Assert.Equal(expected, Read("en", sentence));

    [Theory]
    [InlineData("pt", "Foram presos vinte e um suspeitos.", "vinte e um=21")]
    [InlineData("pt", "Morreram dezessete pessoas e dezenas ficaram feridas.", "dezessete=17 | dezenas~10")]
    [InlineData("pt", "Vários homens armados chegaram há dois dias.", "Vários~3")]
    [InlineData("fr", "Quatre-vingt-dix-neuf personnes ont été arrêtées.", "Quatre-vingt-dix-neuf=99")]
    [InlineData("fr", "Soixante et onze soldats et trente-deux policiers.", "Soixante et onze=71 | trente-deux=32")]
    [InlineData("fr", "Vingt et un morts et plusieurs blessés.", "Vingt et un=21 | plusieurs~3")]
    [InlineData("fr", "Des centaines de manifestants.", "centaines~100")]
    [InlineData("de", "Dreiundzwanzig Menschen starben.", "Dreiundzwanzig=23")]
    [InlineData("de", "Es gab dreihundertfünfzig Festnahmen.", "dreihundertfünfzig=350")]
    [InlineData("de", "Mehrere Dutzend Soldaten.", "Mehrere~3 | Dutzend=12")]
    [InlineData("de", "Tausende Menschen flohen am 19. August.", "Tausende~1000")]
    [InlineData("de", "Zwei Millionen Menschen.", "Zwei Millionen=2000000")]
    [InlineData("it", "Ventitré persone sono state arrestate.", "Ventitré=23")]
    [InlineData("it", "Sono morte duecentocinquanta persone.", "duecentocinquanta=250")]
    [InlineData("it", "Diversi agenti e centinaia di civili.", "Diversi~3 | centinaia~100")]
    [InlineData("nl", "Drieëntwintig mensen kwamen om.", "Drieëntwintig=23")]
    [InlineData("nl", "Er vielen tweehonderd doden en tientallen gewonden.", "tweehonderd=200 | tientallen~10")]
    [InlineData("nl", "Meerdere agenten raakten gewond.", "Meerdere~3")]
    [InlineData("da", "Enogtyve personer blev anholdt.", "Enogtyve=21")]
    [InlineData("da", "Halvtreds soldater og flere betjente.", "Halvtreds=50 | flere~3")]
    [InlineData("da", "To hundrede og tyve fanger flygtede.", "To hundrede og tyve=220")]
    [InlineData("sv", "Tjugoett personer greps.", "Tjugoett=21")]
    [InlineData("sv", "Flera män och hundratals poliser.", "Flera~3 | hundratals~100")]
    [InlineData("nb", "Tjueen personer ble arrestert.", "Tjueen=21")]
    [InlineData("nb", "Det skjedde for to uker siden.", "")]
    [InlineData("nb", "Tusenvis av mennesker og fire soldater.", "Tusenvis~1000 | fire=4")]
    [InlineData("nn", "Tjueein personar vart arresterte.", "Tjueein=21")]
    [InlineData("ca", "Vint-i-dos detinguts i desenes de ferits.", "Vint-i-dos=22 | desenes~10")]
    [InlineData("gl", "Morreron vinte e unha persoas.", "vinte e unha=21")]
    public void Other_languages(string language, string sentence, string expected) => Assert.Equal(expected, Read(language, sentence));

    [Theory]
    [InlineData("es", "cero", 0)]
    [InlineData("es", "quince", 15)]
    [InlineData("es", "veintinueve", 29)]
    [InlineData("es", "noventa y nueve", 99)]
    [InlineData("es", "novecientos noventa y nueve", 999)]
    [InlineData("es", "cien mil", 100000)]
    [InlineData("es", "un millón", 1000000)]
    [InlineData("en", "ninety-nine", 99)]
    [InlineData("en", "two thousand three hundred", 2300)]
    [InlineData("pt", "quinhentos", 500)]
    [InlineData("pt", "dois mil", 2000)]
    [InlineData("fr", "quatre-vingts", 80)]
    [InlineData("fr", "deux cents", 200)]
    [InlineData("fr", "soixante-quinze", 75)]
    [InlineData("de", "siebenundneunzig", 97)]
    [InlineData("de", "zweitausend", 2000)]
    [InlineData("de", "einhundertzwanzig", 120)]
    [InlineData("it", "trentotto", 38)]
    [InlineData("it", "tremila", 3000)]
    [InlineData("nl", "achtentachtig", 88)]
    [InlineData("nl", "drieduizend", 3000)]
    [InlineData("da", "femoghalvfems", 95)]
    [InlineData("da", "tres", 60)]
    [InlineData("sv", "nittionio", 99)]
    [InlineData("sv", "tvåhundra", 200)]
    [InlineData("nb", "syttiåtte", 78)]
    [InlineData("nn", "førtito", 42)]
    [InlineData("ca", "trenta-cinc", 35)]
    [InlineData("gl", "corenta e dous", 42)]
    public void Number_words(string language, string words, int value)
        => Assert.Equal($"{words}={value}", Read(language, $"{words} xyz"));

    [Theory]
    [InlineData("Marcharon más de 2000 personas.", "2000=2000")]
    [InlineData("Marcharon en 2000 por la capital.", "")]
    [InlineData("Murieron 1990 sicarios.", "1990=1990")]
    public void Four_digits_before_a_noun_of_people_are_a_count(string sentence, string expected)
    {
        var pack = new Atalaya.Core.Resources.LanguagePack
        {
            Code = "es",
            FunctionWords = ["de", "en", "por", "la"],
            ActorNouns = [new("personas", "person"), new("sicari*", "gunmen")],
        };
        var reader = QuantityReader.Build(new Dictionary<string, Atalaya.Core.Resources.LanguagePack> { ["es"] = pack });
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length), 0, tokens);

        var found = reader.Find(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), "es");

        Assert.Equal(expected, string.Join(" | ", found.Select(q => $"{sentence[tokens[q.Start].Span.Start..tokens[q.End - 1].Span.End]}={q.Value}")));
    }

    [Fact]
    public void A_sentence_without_numbers_gives_nothing()
        => Assert.Empty(Read("es", "La policía llegó tarde al lugar de los hechos."));

    [Fact]
    public void An_unknown_language_still_reads_digits()
        => Assert.Equal("12=12", Read("xx", "Hubo 12 heridos."));
}
