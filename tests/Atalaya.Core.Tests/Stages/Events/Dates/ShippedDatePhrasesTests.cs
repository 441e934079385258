using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Dates;
using Atalaya.Core.Stages.Segmentation;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Events.Dates;

/// <summary>Every weekday and fixed relative phrase of every shipped date_phrases.tsv resolves, alone in a sentence, as its row says.</summary>
public sealed class ShippedDatePhrasesTests
{
    private static readonly string[] Languages = ["es", "en", "pt", "fr", "de", "it", "nl", "nb", "nn", "da", "sv", "ca", "gl"];

    // Tuesday 12 March 2024.
    private static readonly DateOnly Published = new(2024, 3, 12);

    private static readonly Lazy<EventDateReader> Reader = new(() => EventDateReader.Build(Some.Resources.Languages, Some.Resources.Dates));

    public static TheoryData<string> AllLanguages() => [.. Languages];

    private static List<DateMention> Find(string language, string phrase, PartialDate? published)
    {
        var sentence = $"{char.ToUpperInvariant(phrase[0])}{phrase[1..]} hubo 3 heridos.";
        var tokens = new List<Token>();
        Tokenizer.Tokenize(sentence, new TextSpan(0, sentence.Length), 0, tokens);
        return [.. Reader.Value.Find(sentence, System.Runtime.InteropServices.CollectionsMarshal.AsSpan(tokens), language, new DateContext(published, null))];
    }

    private static IEnumerable<(string Phrase, string Kind, int Value)> Rows(string language)
        => Some.Resources.Languages[language].DatePhrases
            .Where(p => p.Kind is "weekday" or "day" or "week" or "month" or "year")
            .Select(p => (p.Phrase, p.Kind, int.Parse(p.Value, System.Globalization.CultureInfo.InvariantCulture)));

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Against_a_day(string language)
    {
        Assert.True(Rows(language).Count(r => r.Kind == "weekday") >= 7);
        var wrong = new List<string>();
        foreach (var (phrase, kind, value) in Rows(language))
        {
            var expected = kind switch
            {
                "weekday" => Day(Published.AddDays(-((((int)Published.DayOfWeek + 6) % 7) + 1 - value + 7) % 7)),
                "day" => Day(Published.AddDays(value)),
                "week" => Month(Published.AddDays(7 * value)),
                "month" => Month(Published.AddMonths(value)),
                _ => PartialDate.OfYear(Published.Year + value),
            };
            var found = Find(language, phrase, PartialDate.OfDay(Published.Year, Published.Month, Published.Day));
            if (found.Count != 1 || found[0].Date != expected || !found[0].Relative)
            {
                wrong.Add($"{phrase}: {string.Join(", ", found.Select(f => f.Date))} instead of {expected}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Against_a_month(string language)
    {
        var wrong = new List<string>();
        foreach (var (phrase, kind, value) in Rows(language))
        {
            var expected = kind switch
            {
                "weekday" or "day" or "week" => PartialDate.OfMonth(2024, 3),
                "month" => Month(Published.AddMonths(value)),
                _ => PartialDate.OfYear(Published.Year + value),
            };
            var found = Find(language, phrase, PartialDate.OfMonth(2024, 3));
            if (found.Count != 1 || found[0].Date != expected)
            {
                wrong.Add($"{phrase}: {string.Join(", ", found.Select(f => f.Date))} instead of {expected}");
            }
        }

        Assert.Empty(wrong);
    }

    [Theory]
    [MemberData(nameof(AllLanguages))]
    public void Without_a_publication_date_nothing_resolves(string language)
        => Assert.Empty(Rows(language).Where(row => Find(language, row.Phrase, null).Count > 0).Select(row => row.Phrase));

    private static PartialDate Day(DateOnly day) => PartialDate.OfDay(day.Year, day.Month, day.Day);

    private static PartialDate Month(DateOnly day) => PartialDate.OfMonth(day.Year, day.Month);
}
