using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Events;

/// <summary>
/// A weekday or a month the text names but no date can be made of (an article without a
/// publication date says "on Thursday", "in January"): the label still tells two incidents apart,
/// and marks the sentence as the account of an incident of its own.
/// </summary>
internal static class TimeLabels
{
    /// <summary>"weekday 4", "month 1", or null.</summary>
    public static string? Of(string text, SentenceView sentence, EventWordsOfLanguage words, EventLexicon lexicon)
    {
        for (var i = 0; i < sentence.Words.Length; i++)
        {
            var word = sentence.Words[i];
            if (words.Weekdays.TryGetValue(word, out var day))
            {
                return $"weekday {day}";
            }

            // A month name must not be a common word too: "May" opening a sentence is a verb more often than a month.
            if (i > 0 && word.Length >= 3 && sentence.Tokens[i].Kind == TokenKind.Word && lexicon.Months.GetValueOrDefault(word) is > 0 and var month
                && (word.Length >= 4 || char.IsUpper(text[sentence.Tokens[i].Span.Start])))
            {
                return $"month {month}";
            }
        }

        return null;
    }
}
