using Atalaya.Core.Documents;

namespace Atalaya.Core.Tests.Stages.Language;

/// <summary>Texts that mix scripts or languages, and reading only chosen spans of a text.</summary>
public sealed class MixedTextTests
{
    private const string GermanFire = "Die Polizei sucht nach dem Brand in einer Lagerhalle am Hafen weiterhin nach Zeugen, die in der Nacht verdächtige Personen gesehen haben.";
    private const string DutchFire = "De politie zoekt nog steeds getuigen van de brand in een loods bij de haven, die vannacht werd aangestoken.";
    private const string GermanDamage = "Nach Angaben der Feuerwehr entstand ein Schaden von mehreren hunderttausend Euro, verletzt wurde niemand.";
    private const string DutchDamage = "Volgens de brandweer is de schade groot, maar raakte er niemand gewond bij het vuur.";
    private const string GermanInquiry = "Die Ermittler schließen Brandstiftung nicht aus und prüfen, ob der Brand mit einer Serie ähnlicher Taten in den vergangenen Wochen zusammenhängt.";

    [Fact]
    public void Russian_sentence_with_latin_brand_names_is_russian()
    {
        LangId.AssertIdentified("ru", "Полиция изъяла у задержанных два телефона Samsung и ноутбук Lenovo, украденные накануне из магазина на окраине.");
    }

    [Fact]
    public void Spanish_sentence_quoting_two_english_words_is_spanish()
    {
        LangId.AssertIdentified("es", "El portavoz dijo que la operación fue un \"total failure\" y que la policía llegó demasiado tarde al lugar del tiroteo.");
    }

    [Fact]
    public void English_article_with_a_ten_word_spanish_quote_is_english()
    {
        const string quote = "nadie se mueve, esto es un asalto, entreguen todo ahora";
        var article = string.Join(
            ' ',
            "Two men were arrested on Friday after an armed robbery at a jewellery shop in the old town, police said.",
            $"Witnesses said one of the robbers shouted \"{quote}\" before smashing the display cases.",
            "The owner was treated for minor injuries and the stolen watches have not been recovered.");

        Assert.Equal(10, quote.Split(' ').Length);
        LangId.AssertIdentified("en", article);
    }

    [Fact]
    public void Greek_sentence_is_greek()
    {
        LangId.AssertIdentified("el", "Οι κάτοικοι της περιοχής ζητούν περισσότερες περιπολίες μετά τη δεύτερη έκρηξη μέσα σε ένα μήνα.");
    }

    [Fact]
    public void Only_the_given_spans_are_read()
    {
        var text = string.Join('\n', GermanFire, DutchFire, GermanDamage, DutchDamage, GermanInquiry);
        TextSpan[] dutch = [SpanOf(text, DutchFire), SpanOf(text, DutchDamage)];

        Assert.Equal("de", LangId.Identifier.Identify(text).Code);
        Assert.Equal("nl", LangId.Identifier.Identify(text, dutch).Code);
    }

    [Fact]
    public void Spans_are_read_as_one_text()
    {
        var text = string.Join('\n', GermanFire, DutchFire, GermanDamage, DutchDamage, GermanInquiry);
        TextSpan[] german = [SpanOf(text, GermanFire), SpanOf(text, GermanDamage), SpanOf(text, GermanInquiry)];

        var guess = LangId.Identifier.Identify(text, german);

        Assert.Equal("de", guess.Code);
        Assert.Equal(LangId.Identifier.Identify(string.Join(' ', GermanFire, GermanDamage, GermanInquiry)), guess);
    }

    [Fact]
    public void No_spans_or_empty_spans_are_undetermined()
    {
        var text = string.Join('\n', GermanFire, DutchFire);

        Assert.Equal(LanguageGuess.Undetermined, LangId.Identifier.Identify(text, []));
        Assert.Equal(LanguageGuess.Undetermined, LangId.Identifier.Identify(text, [new TextSpan(0, 0), new TextSpan(10, 10)]));
    }

    private static TextSpan SpanOf(string text, string part)
    {
        var start = text.IndexOf(part, StringComparison.Ordinal);
        Assert.True(start >= 0, part);
        return new TextSpan(start, start + part.Length);
    }
}
