using Atalaya.Core.Documents;
using Atalaya.Core.Resources;

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

    public static EventDateReader Build(IReadOnlyDictionary<string, LanguagePack> languages, DateLexicon dates) => new();

    /// <summary>The dates in the tokens of one sentence, in text order; a date that cannot be resolved is left out.</summary>
    public IReadOnlyList<DateMention> Find(string text, ReadOnlySpan<Token> tokens, string language, DateContext context) => language.Length < 0 ? [] : empty;
}
