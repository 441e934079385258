using Atalaya.Core.Documents;

namespace Atalaya.Core.Pipeline;

/// <summary>The annotation keys of the standard stages, in the order the data flows.</summary>
public static class Annotations
{
    /// <summary>The decoded original text and the source metadata: present before any stage runs.</summary>
    public static readonly AnnotationKey<SourceDocument> SourceText = new("source-text");

    /// <summary>Whole lines (or line prefixes) that are page furniture rather than article text.</summary>
    public static readonly AnnotationKey<BoilerplateSpans> Boilerplate = new("boilerplate");

    /// <summary>Title, byline and publication date with the spans they came from.</summary>
    public static readonly AnnotationKey<DocumentHeader> Header = new("header");

    public static readonly AnnotationKey<LanguageGuess> Language = new("language");

    /// <summary>Sentences of the article body (boilerplate excluded).</summary>
    public static readonly AnnotationKey<SentenceList> Sentences = new("sentences");

    /// <summary>Word and punctuation tokens of the sentences.</summary>
    public static readonly AnnotationKey<TokenList> Tokens = new("tokens");

    /// <summary>People, organizations and places, each with all its mentions, links and coordinates.</summary>
    public static readonly AnnotationKey<DocumentEntities> Entities = new("entities");

    /// <summary>Incidents (ACLED events) with their date, place, actors, counts and evidence sentences.</summary>
    public static readonly AnnotationKey<DocumentEvents> Events = new("events");

    /// <summary>Numeric facts about entities (rewards, ages, founding years, tallies) with their evidence sentences.</summary>
    public static readonly AnnotationKey<DocumentClaims> Claims = new("claims");

    /// <summary>Direct quotes with their speakers.</summary>
    public static readonly AnnotationKey<DocumentQuotes> Quotes = new("quotes");

    internal static IReadOnlyList<AnnotationKey> ProvidedByDocument { get; } = [SourceText];
}
