using Atalaya.Core.Documents;
using Atalaya.Core.Stages.Events.Counting;
using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Events;

/// <summary>An entity mention inside a sentence.</summary>
internal readonly record struct EntityMention(TextSpan Span, DocumentEntity Entity);

/// <summary>
/// What the event stage reads in one sentence: its tokens folded, the trigger words and actor nouns
/// found in them, counts, dates, and the entities the entity stage recognized there. Token indices
/// are shared by all of them.
/// </summary>
internal sealed class SentenceView
{
    public required TextSpan Span { get; init; }

    public required ArraySegment<Token> Tokens { get; init; }

    /// <summary>Each token folded (lower case, no accents); punctuation as itself.</summary>
    public required string[] Words { get; init; }

    /// <summary>Whether the sentence is the headline or one of the first of the article.</summary>
    public bool IsLead { get; init; }

    /// <summary>Whether <see cref="Dates"/> has been read (it is read only where needed).</summary>
    public bool DatesRead { get; set; }

    public List<WordMatch> Triggers { get; } = [];

    public List<WordMatch> Actors { get; } = [];

    public IReadOnlyList<Quantity> Quantities { get; set; } = [];

    public IReadOnlyList<DateMention> Dates { get; set; } = [];

    public List<EntityMention> Entities { get; } = [];

    /// <summary>A weekday or month the sentence names but that could not be resolved to a date; see <see cref="TimeLabels"/>.</summary>
    public string? TimeLabel { get; set; }

    /// <summary>Folded words that mean one ("un", "a", "een") in the sentence's language.</summary>
    public required IReadOnlySet<string> Singular { get; init; }

    /// <summary>Folded personal pronouns for one person ("he", "him", "han") in the sentence's language.</summary>
    public required IReadOnlySet<string> Pronouns { get; init; }

    /// <summary>Folded words for "also" ("también", "auch", "også") in the sentence's language.</summary>
    public required IReadOnlySet<string> Additions { get; init; }

    /// <summary>Folded verbs of taking part ("participaron", "deltog") in the sentence's language.</summary>
    public required IReadOnlySet<string> Participation { get; init; }

    /// <summary>Folded words that make a count more victims than those told ("two more", "otros dos") in the sentence's language.</summary>
    public required IReadOnlySet<string> More { get; init; }

    /// <summary>Folded ordinals from two up with their value ("third" 3) in the sentence's language.</summary>
    public required IReadOnlyDictionary<string, int> Ordinals { get; init; }

    /// <summary>Folded words for "and" ("y", "and", "og") in the sentence's language.</summary>
    public required IReadOnlySet<string> Conjunctions { get; init; }

    /// <summary>Folded plural nouns for clashes ("enfrentamientos", "clashes") in the sentence's language.</summary>
    public required IReadOnlySet<string> SeveralIncidents { get; init; }

    /// <summary>The sentence's parties, worked out once by <see cref="EventActors"/> for all its events.</summary>
    public List<Party>? Parties { get; set; }

    /// <summary>Whether a paragraph break comes before this sentence.</summary>
    public bool StartsParagraph { get; init; }

    public TextSpan SpanOf(int startToken, int endToken) => new(Tokens[startToken].Span.Start, Tokens[endToken - 1].Span.End);

    public bool Has(string trigger)
    {
        foreach (var match in Triggers)
        {
            if (string.Equals(match.Code, trigger, StringComparison.Ordinal))
            {
                return true;
            }
        }

        return false;
    }

    public bool HasAny(IReadOnlySet<string> triggers)
    {
        foreach (var match in Triggers)
        {
            if (triggers.Contains(match.Code))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The index of the token that contains text offset <paramref name="offset"/>, or the next one.</summary>
    public int TokenAt(int offset) => Internal.TokenSearch.TokenAt(Tokens, offset);
}
