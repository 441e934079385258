using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Cleaning;
using Atalaya.Core.Stages.Events.Counting;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>A date written in a sentence, resolved to the calendar.</summary>
/// <param name="Relative">Whether it was resolved against the publication date ("ayer", "last week") rather than written out.</param>
internal readonly record struct DateMention(TextSpan Span, PartialDate Date, bool Relative);

/// <summary>What a relative date is resolved against.</summary>
/// <param name="Published">The publication date, of any precision, when known.</param>
/// <param name="DocumentYear">The latest year the document wrote before this sentence, for a month without a year when there is no publication date.</param>
internal readonly record struct DateContext(PartialDate? Published, int? DocumentYear);

/// <summary>
/// Finds the dates of events in a sentence: written dates ("2 de agosto de 2020", "19 August",
/// "in January", "en 2015"), weekdays ("el domingo", "sist torsdag"), and relative phrases ("ayer",
/// "last week", "hace tres días", "vor drei Wochen"), from data/lang/&lt;code&gt;/date_phrases.tsv and
/// months.tsv, each resolved to a day, a month or a year.
/// </summary>
internal sealed class EventDateReader
{
    private readonly List<DateMention> empty = [];
    private readonly Dictionary<string, DateWords> languages;
    private readonly DateLexicon dates;

    [ThreadStatic]
    private static List<DatePiece>? scratchPieces;

    [ThreadStatic]
    private static List<DateMention>? scratchFound;

    [ThreadStatic]
    private static List<TextSpan>? scratchCovered;

    private EventDateReader(Dictionary<string, DateWords> languages, DateLexicon dates)
    {
        this.languages = languages;
        this.dates = dates;
    }

    public static EventDateReader Build(IReadOnlyDictionary<string, LanguagePack> languages, DateLexicon dates)
        => new(languages.ToDictionary(pair => pair.Key, pair => DateWords.Build(pair.Value), StringComparer.Ordinal), dates);

    /// <summary>The date words of a language, for other readers of weekdays and months.</summary>
    public DateWords WordsOf(string language) => languages.GetValueOrDefault(language) ?? DateWords.Empty;

    /// <summary>
    /// The dates in the tokens of one sentence, in text order; a date that cannot be resolved is left
    /// out. <paramref name="folded"/>, when given, holds the tokens' words as the document folded them.
    /// </summary>
    public IReadOnlyList<DateMention> Find(string text, ReadOnlySpan<Token> tokens, string language, DateContext context, IReadOnlyList<string>? folded = null)
    {
        var words = languages.GetValueOrDefault(language) ?? DateWords.Empty;
        if (tokens.IsEmpty || !MayHoldDate(text, tokens, folded, words, out var writtenDates))
        {
            return empty;
        }

        // Scratch lists: most sentences that pass the gate still hold no date, and then nothing is allocated.
        var found = scratchFound ??= [];
        var covered = scratchCovered ??= [];
        found.Clear();
        covered.Clear();
        if (writtenDates)
        {
            // Full written dates ("2 de agosto de 2020", "14/10/2019") are the cleaning stage's, read the same way here.
            foreach (var match in DateExpressions.Find(text, new TextSpan(tokens[0].Span.Start, tokens[^1].Span.End), dates))
            {
                found.Add(new DateMention(match.Span, match.Date, Relative: false));
                covered.Add(match.Span);
            }
        }

        var pieces = scratchPieces ??= [];
        SentenceDates.Collect(text, tokens, folded, pieces);
        new SentenceDates(text, tokens, pieces, words, context, covered, found).Run();
        if (found.Count == 0)
        {
            return empty;
        }

        found.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        return [.. found];
    }

    /// <summary>
    /// Whether the sentence has a year, a numeric date, or a word of a date phrase or a month, at one look-up a word;
    /// <paramref name="writtenDates"/> tells whether a full written date is possible (a year and a month name, or "14/10").
    /// </summary>
    private static bool MayHoldDate(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<string>? folded, DateWords words, out bool writtenDates)
    {
        writtenDates = false;
        var any = false;
        var year = false;
        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Number)
            {
                // Other numbers make a date only beside a month or a unit, which are key words themselves.
                var digits = token.Span.AsSpan(text);
                year |= digits.Length == 4;
                writtenDates |= digits.Count('.') >= 2
                    || (i + 1 < tokens.Length && TokenWords.Adjacent(token, tokens[i + 1]) && text[tokens[i + 1].Span.Start] is '/' or '-');
                any |= year || writtenDates;
                continue;
            }

            if (!any && token.Kind == TokenKind.Word)
            {
                var word = TokenWords.Fold(text, token, folded?[i], buffer);
                any = words.KeyWords.Contains(TokenWords.FirstWord(word)) || words.KeyWords.Contains(TokenWords.LastWord(word));
            }
        }

        // A year makes a written date only with a month name ("2 de agosto de 2020", "March 2024").
        writtenDates |= year && !writtenDates && HasMonth(text, tokens, folded, words);
        return any;
    }

    private static bool HasMonth(string text, ReadOnlySpan<Token> tokens, IReadOnlyList<string>? folded, DateWords words)
    {
        Span<char> buffer = stackalloc char[TokenWords.MaxLength];
        for (var i = 0; i < tokens.Length; i++)
        {
            var token = tokens[i];
            if (token.Kind == TokenKind.Word && words.Months.Contains(TokenWords.LastWord(TokenWords.Fold(text, token, folded?[i], buffer))))
            {
                return true;
            }
        }

        return false;
    }
}
