using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Events;

/// <summary>
/// A weekday or a month the text names but no date can be made of (an article without a
/// publication date says "on Saturday", "in March"): the label still tells two incidents apart,
/// and marks the sentence as the account of an incident of its own.
/// </summary>
internal static class TimeLabels
{
    /// <summary>"weekday 4", "month 1", or null; weekdays and months as the date reader knows them.</summary>
    public static string? Of(string text, SentenceView sentence, DateWords words)
    {
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            var word = sentence.Words[i];
            if (words.Phrases.TryGet(word, out var entry) && entry.Weekday > 0)
            {
                return $"weekday {entry.Weekday}";
            }

            // As the date reader reads a month alone: a full name, capitalized where the language writes it so,
            // and not the sentence's first word ("May" the verb is no month).
            if (i > 0 && sentence.Tokens[i].Kind == TokenKind.Word && words.Months.TryGet(word, out var month) && month.Full
                && (!words.MonthsCapitalized || char.IsUpper(text[sentence.Tokens[i].Span.Start])))
            {
                return $"month {month.Month}";
            }
        }

        return null;
    }
}
