namespace Atalaya.Core.Contract;

// The JSON of CONTRACT.md. Property names become snake_case through ContractJsonContext.
// Fields may be added; none may be renamed or dropped.

public sealed class ContractCorpus
{
    public string Version { get; set; } = "1";

    public List<ContractDocument> Documents { get; set; } = [];

    public List<ContractEntity> Entities { get; set; } = [];

    public List<ContractEvent> Events { get; set; } = [];

    public List<ContractStory> Stories { get; set; } = [];

    public List<ContractClaim> Claims { get; set; } = [];

    public List<ContractConflict> Conflicts { get; set; } = [];
}

public sealed class ContractDocument
{
    public string Id { get; set; } = "";

    public string Source { get; set; } = "";

    public string? Url { get; set; }

    public string Language { get; set; } = "und";

    public double LanguageConfidence { get; set; }

    public string? Title { get; set; }

    public string? Published { get; set; }

    public string? Byline { get; set; }

    public List<ContractSpan> Boilerplate { get; set; } = [];

    public string? DuplicateOf { get; set; }

    public string? Story { get; set; }

    public List<ContractEntityMentions> Entities { get; set; } = [];

    public List<string> Events { get; set; } = [];

    public List<ContractQuote> Quotes { get; set; } = [];

    /// <summary>Added field: SHA-256 of the text, the storage key.</summary>
    public string ContentHash { get; set; } = "";

    /// <summary>Added field: the decoded original text every offset refers to.</summary>
    public string? Text { get; set; }

    /// <summary>
    /// Added field: the events as this document alone reports them, with local ids and actors pointing
    /// at the document's own entity ids, so that a stored document is complete on its own. The corpus
    /// builder turns them into the corpus "events" and lists their ids in <see cref="Events"/>.
    /// </summary>
    public List<ContractEvent> DocumentEvents { get; set; } = [];

    /// <summary>
    /// Added field: the claims of this document alone, subjects (and agencies) as the document's own
    /// entity ids, so that a stored document is complete on its own. The corpus builder turns them
    /// into the corpus "claims".
    /// </summary>
    public List<ContractClaim> DocumentClaims { get; set; } = [];

    /// <summary>Added field: stages that failed on this document ("stage: reason").</summary>
    public List<string>? Errors { get; set; }
}

public sealed class ContractSpan
{
    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";
}

public sealed class ContractEntityMentions
{
    /// <summary>Id in the corpus "entities" array.</summary>
    public string Entity { get; set; } = "";

    public List<ContractSpan> Mentions { get; set; } = [];

    // Added fields: what the document itself says of the entity, so a stored document is complete on its own.
    public string Type { get; set; } = "MISC";

    public string Name { get; set; } = "";

    /// <summary>Wikidata QID or GeoNames id.</summary>
    public string? Kb { get; set; }

    /// <summary>Id in Atalaya's knowledge base (data/kb).</summary>
    public string? KbId { get; set; }

    public string? Kind { get; set; }

    public ContractGeo? Geo { get; set; }
}

public sealed class ContractQuote
{
    public string? Speaker { get; set; }

    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";
}

public sealed class ContractEntity
{
    public string Id { get; set; } = "";

    public string Type { get; set; } = "MISC";

    public string Name { get; set; } = "";

    public List<string> Aliases { get; set; } = [];

    public string? Kb { get; set; }

    public ContractGeo? Geo { get; set; }

    /// <summary>Added: id in Atalaya's knowledge base, and its kind (criminal_group, state_force ...).</summary>
    public string? KbId { get; set; }

    public string? Kind { get; set; }
}

public sealed class ContractGeo
{
    public double Lat { get; set; }

    public double Lon { get; set; }

    public string? Place { get; set; }

    public string? Admin1 { get; set; }

    public string? Country { get; set; }

    public string? Admin2 { get; set; }

    public long? Geonames { get; set; }
}

public sealed class ContractEvent
{
    public string Id { get; set; } = "";

    public string Type { get; set; } = "";

    public string Subtype { get; set; } = "";

    public string? Date { get; set; }

    public string? DatePrecision { get; set; }

    public ContractLocation? Location { get; set; }

    public List<ContractActor> Actors { get; set; } = [];

    public int? Fatalities { get; set; }

    public int? Injured { get; set; }

    public int? Arrested { get; set; }

    public int? Kidnapped { get; set; }

    public List<string> Tactics { get; set; } = [];

    public List<ContractSource> Sources { get; set; } = [];

    /// <summary>
    /// Added field: each source document's figures, present only when the sources disagree (the event
    /// then carries the lowest, ACLED's most conservative figure).
    /// </summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public List<ContractCountReport>? CountsReported { get; set; }

    /// <summary>Added field: an analyst's review (status, note, corrections, when, by which key), only in exports of a reviewed database.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public EventReview? Review { get; set; }
}

/// <summary>What one source document reports of an event's counts.</summary>
public sealed class ContractCountReport
{
    public string Document { get; set; } = "";

    public int? Fatalities { get; set; }

    public int? Injured { get; set; }

    public int? Arrested { get; set; }

    public int? Kidnapped { get; set; }
}

public sealed class ContractLocation
{
    public string? Place { get; set; }

    public string? Admin1 { get; set; }

    /// <summary>Added field: the municipality, when the place is inside Mexico's gazetteer.</summary>
    public string? Admin2 { get; set; }

    public string? Country { get; set; }

    public double? Lat { get; set; }

    public double? Lon { get; set; }

    public long? Geonames { get; set; }

    /// <summary>How exact lat/lon is: place, municipality, state or country (a village the gazetteer lacks has its municipality's or state's coordinates).</summary>
    public string? Precision { get; set; }
}

public sealed class ContractActor
{
    /// <summary>Id in the corpus "entities" (in a document's own events: its local entity id); null for an unnamed group ("policías", "gunmen").</summary>
    public string? Entity { get; set; }

    /// <summary>actor1 (who acts), actor2 (who is acted on), assoc_actor_1, assoc_actor_2.</summary>
    public string Role { get; set; } = "";

    /// <summary>
    /// Added field: what kind of actor, for ACLED's inter codes: the knowledge base's kind of a named
    /// entity (criminal_group, state_force, government, civilian_group, media) or the category of an
    /// unnamed group (police, military, national_guard, navy, security, official, journalist,
    /// civilian, person, child, gunmen, prisoner).
    /// </summary>
    public string? Category { get; set; }

    /// <summary>Added field: the name an analyst gave an actor that is no entity of the corpus (a review's correction); never set by the pipeline.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Name { get; set; }
}

public sealed class ContractSource
{
    public string Document { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";
}

public sealed class ContractStory
{
    public string Id { get; set; } = "";

    public List<string> Documents { get; set; } = [];

    public List<string> Languages { get; set; } = [];

    public string? Title { get; set; }
}

public sealed class ContractClaim
{
    public string Subject { get; set; } = "";

    public string Attribute { get; set; } = "";

    public double Value { get; set; }

    public string? Unit { get; set; }

    public string Document { get; set; } = "";

    public int Start { get; set; }

    public int End { get; set; }

    public string Text { get; set; } = "";

    public string? AsOf { get; set; }

    /// <summary>Added field: who offers a reward (an agency or government), as an entity id; null when not named.</summary>
    public string? Agency { get; set; }

    /// <summary>Where a tally starts when the text gives it ("since 2018"); left out otherwise.</summary>
    [System.Text.Json.Serialization.JsonIgnore(Condition = System.Text.Json.Serialization.JsonIgnoreCondition.WhenWritingNull)]
    public string? Since { get; set; }
}

public sealed class ContractConflict
{
    public string Subject { get; set; } = "";

    public string Attribute { get; set; } = "";

    public List<double> Values { get; set; } = [];

    public List<int> Claims { get; set; } = [];

    /// <summary>
    /// Added field: "update" when the attribute changes over time and the values follow one another
    /// in time (then values and claims are a timeline ordered by as_of), "conflict" otherwise.
    /// </summary>
    public string Kind { get; set; } = "conflict";
}
