namespace Atalaya.Core.Tests.Stages.Language;

/// <summary>The same news sentence written in each language of a group of close languages.</summary>
public sealed class CloseLanguageTests
{
    [Theory]
    [InlineData(
        "Politiet sier at de ikke vet hvem som skjøt mot bilen i går kveld.",
        "Politiet seier at dei ikkje veit kven som skaut mot bilen i går kveld.",
        "Politiet siger, at de ikke ved, hvem der skød mod bilen i går aftes.",
        "Polisen säger att de inte vet vem som sköt mot bilen i går kväll.")]
    [InlineData(
        "To menn ble hentet av politiet etter at en butikk i sentrum ble ranet torsdag.",
        "To menn vart henta av politiet etter at ein butikk i sentrum vart rana torsdag.",
        "To mænd blev hentet af politiet, efter at en butik i centrum blev røvet torsdag.",
        "Två män hämtades av polisen sedan en butik i centrum hade rånats på torsdagen.")]
    [InlineData(
        "Hva som skjedde inne i leiligheten, er fortsatt uklart, sier politiadvokaten.",
        "Kva som hende inne i leilegheita, er framleis uklart, seier politiadvokaten.",
        "Hvad der skete inde i lejligheden, er stadig uklart, siger anklageren.",
        "Vad som hände inne i lägenheten är fortfarande oklart, säger åklagaren.")]
    [InlineData(
        "Brannvesenet fikk melding om røyk fra et hus i Nordbyen like etter midnatt.",
        "Brannvesenet fekk melding om røyk frå eit hus i Nordbyen like etter midnatt.",
        "Brandvæsenet fik melding om røg fra et hus i Nordbyen lige efter midnat.",
        "Räddningstjänsten fick larm om rök från ett hus i Nordbyen strax efter midnatt.")]
    [InlineData(
        "Kvinnen som ble funnet skadet, er nå utenfor livsfare, opplyser sykehuset.",
        "Kvinna som vart funnen skadd, er no utanfor livsfare, opplyser sjukehuset.",
        "Kvinden, der blev fundet såret, er nu uden for livsfare, oplyser hospitalet.",
        "Kvinnan som hittades skadad är nu utom livsfara, uppger sjukhuset.")]
    public void Bokmal_nynorsk_danish_and_swedish_are_told_apart(string nb, string nn, string da, string sv)
    {
        LangId.AssertAllIdentified(("nb", nb), ("nn", nn), ("da", da), ("sv", sv));
    }

    [Theory]
    [InlineData(
        "La policía dice que todavía no sabe quién disparó contra el coche anoche.",
        "A polícia diz que ainda não sabe quem disparou contra o carro ontem à noite.",
        "La policia diu que encara no sap qui va disparar contra el cotxe ahir a la nit.",
        "A policía di que aínda non sabe quen disparou contra o coche onte á noite.")]
    [InlineData(
        "Dos hombres fueron detenidos después de que asaltaran una tienda del centro el jueves.",
        "Dois homens foram presos depois de assaltarem uma loja no centro na quinta-feira.",
        "Dos homes van ser detinguts després que atraquessin una botiga del centre dijous.",
        "Dous homes foron detidos despois de que asaltasen unha tenda do centro o xoves.")]
    [InlineData(
        "Lo que ocurrió dentro del piso sigue sin estar claro, según el fiscal del caso.",
        "O que aconteceu dentro do apartamento continua sem estar claro, segundo o promotor.",
        "El que va passar dins del pis encara no està clar, segons el fiscal del cas.",
        "O que pasou dentro do piso aínda non está claro, segundo o fiscal do caso.")]
    [InlineData(
        "Los bomberos recibieron un aviso por humo en una casa del barrio norte poco después de medianoche.",
        "Os bombeiros receberam um alerta de fumaça numa casa do bairro norte pouco depois da meia-noite.",
        "Els bombers van rebre un avís per fum en una casa del barri nord poc després de mitjanit.",
        "Os bombeiros recibiron un aviso por fume nunha casa do barrio norte pouco despois da medianoite.")]
    public void Spanish_portuguese_catalan_and_galician_are_told_apart(string es, string pt, string ca, string gl)
    {
        LangId.AssertAllIdentified(("es", es), ("pt", pt), ("ca", ca), ("gl", gl));
    }

    /// <summary>The hard Galician member of this quadruple may still be read as Portuguese (see LanguageSentenceTests); Galician stays second at worst.</summary>
    [Theory]
    [InlineData(
        "La mujer que fue hallada herida ya está fuera de peligro, informó el hospital.",
        "A mulher que foi encontrada ferida já está fora de perigo, informou o hospital.",
        "La dona que va ser trobada ferida ja està fora de perill, ha informat l'hospital.",
        "A muller que foi atopada ferida xa está fóra de perigo, informou o hospital.")]
    public void Spanish_portuguese_and_catalan_are_exact_and_hard_galician_is_close(string es, string pt, string ca, string gl)
    {
        LangId.AssertAllIdentified(("es", es), ("pt", pt), ("ca", ca));
        LangId.AssertAmongTwoBest("gl", gl);
    }

    [Theory]
    [InlineData("nb", "Hun sier at hun ikke vet hva som skjedde, men at hun hørte noen rope like før brannen.")]
    [InlineData("nn", "Ho seier at ho ikkje veit kva som hende, men at ho høyrde nokon rope like før brannen.")]
    public void Both_written_standards_of_norwegian_are_distinct_codes(string expected, string sentence)
    {
        var guess = LangId.AssertIdentified(expected, sentence);

        Assert.NotEqual("no", guess.Code);
    }
}
