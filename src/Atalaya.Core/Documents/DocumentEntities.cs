namespace Atalaya.Core.Documents;

/// <summary>Where a place is, as the gazetteer knows it; <paramref name="Kind"/> is country, admin1, admin2, city or region when known.</summary>
public sealed record GeoPoint(string Place, string? Admin1, string? Admin2, string Country, double? Lat, double? Lon, long GeonamesId, string? Kind = null);

/// <summary>
/// One real-world entity as one document mentions it: every mention span, the name to show, its
/// type (PER, ORG, LOC, MISC), its knowledge-base link and, for places, where it is.
/// </summary>
public sealed class DocumentEntity
{
    public required string Type { get; set; }

    /// <summary>The fullest name: the knowledge base's canonical name when linked, else the longest mention.</summary>
    public required string Name { get; set; }

    /// <summary>Knowledge-base id ("cjng"), null when not linked.</summary>
    public string? KbId { get; set; }

    /// <summary>Wikidata QID or GeoNames id, for the contract's "kb".</summary>
    public string? ExternalId { get; set; }

    /// <summary>criminal_group, state_force, ... from the knowledge base; null when unknown.</summary>
    public string? Kind { get; set; }

    public GeoPoint? Geo { get; set; }

    public List<TextSpan> Mentions { get; } = [];
}

/// <summary>The entities of a document, in order of first mention.</summary>
public sealed class DocumentEntities
{
    public DocumentEntities(IReadOnlyList<DocumentEntity> entities) => Entities = entities;

    public IReadOnlyList<DocumentEntity> Entities { get; }
}
