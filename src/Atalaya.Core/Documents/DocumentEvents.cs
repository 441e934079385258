namespace Atalaya.Core.Documents;

/// <summary>Who took part in an event: a named entity of the document, an unnamed group ("policías"), or both.</summary>
/// <param name="Entity">The document's entity, or null for an unnamed group.</param>
/// <param name="Role">actor1 (who acts) or actor2 (who is acted on).</param>
/// <param name="Category">The knowledge base's kind of the entity or the category of the group noun, when known.</param>
public sealed record EventActor(DocumentEntity? Entity, string Role, string? Category);

/// <summary>
/// One incident as one document reports it, in ACLED's terms: type and sub-type, date, place,
/// actors, counts, tactics, and the sentences it was read from.
/// </summary>
public sealed class DocumentEvent
{
    public required string Type { get; set; }

    public required string Subtype { get; set; }

    public PartialDate? Date { get; set; }

    /// <summary>The place entity the event happened at (a town, a state or a country), when the text says.</summary>
    public DocumentEntity? Place { get; set; }

    public List<EventActor> Actors { get; } = [];

    public int? Fatalities { get; set; }

    public int? Injured { get; set; }

    public int? Arrested { get; set; }

    public int? Kidnapped { get; set; }

    /// <summary>drone, landmine, car_bomb, grenade, ambush, blockade, banner, kidnapping, massacre, arson, torture.</summary>
    public SortedSet<string> Tactics { get; } = new(StringComparer.Ordinal);

    /// <summary>The sentences that report it, in text order.</summary>
    public List<TextSpan> Evidence { get; } = [];
}

/// <summary>The events of a document, in order of first report.</summary>
public sealed class DocumentEvents
{
    public static readonly DocumentEvents None = new([]);

    public DocumentEvents(IReadOnlyList<DocumentEvent> events) => Events = events;

    public IReadOnlyList<DocumentEvent> Events { get; }
}
