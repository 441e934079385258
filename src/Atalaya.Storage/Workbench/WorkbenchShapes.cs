using Atalaya.Core.Contract;

namespace Atalaya.Storage.Workbench;

// What the workbench queries answer: the wrapper objects of the workbench API (the web project
// writes them in snake_case). Contract objects inside them keep the contract's shapes; everything
// else here is the API's own. Engine-neutral: every engine's queries fill the same records.

public sealed record PageOf<T>(long Total, int Page, int PageSize, IReadOnlyList<T> Items);

public sealed record EntityName(string Name, string Type, string? Kind);

public sealed record FilterValues(IReadOnlyList<string> States, IReadOnlyList<string> Types, IReadOnlyList<string> Languages, string? DateMin, string? DateMax);

public sealed record StateCount(string State, long Events, long Fatalities);

public sealed record WeekCount(string Week, string Type, long Events);

public sealed record ActorCount(string Entity, string Name, string? Kind, long Events);

/// <summary>
/// A story in a list, with what triage needs: its events, their fatalities, the state most of them are in and
/// its main named actors (most events first, at most three).
/// </summary>
public sealed record StorySummary(
    string Id,
    string? Title,
    IReadOnlyList<string> Languages,
    long Documents,
    string? FirstPublished,
    string? LastPublished,
    long Events,
    long Fatalities,
    string? State,
    IReadOnlyList<string> Actors);

/// <summary>
/// An event on the map. <paramref name="Precision"/> is its location's (place, municipality, state, country: CONTRACT.md),
/// so that a state's or a country's centre is never drawn as an exact point; <paramref name="Country"/> its ISO code.
/// </summary>
public sealed record MapPoint(string Id, double Lat, double Lon, long? Fatalities, string Type, string? Date, string? Place, string? State, string? Precision, string? Country);

public sealed record Overview(
    long Events,
    long Fatalities,
    long Documents,
    IReadOnlyList<StateCount> ByState,
    IReadOnlyList<WeekCount> ByWeek,
    IReadOnlyList<ActorCount> TopActors,
    IReadOnlyList<StorySummary> LatestStories,
    IReadOnlyList<MapPoint> Points);

/// <summary>A page of events (as their reviews correct them), their actors' names and the review status of those reviewed.</summary>
public sealed record EventPage(long Total, int Page, int PageSize, IReadOnlyList<ContractEvent> Items, IReadOnlyDictionary<string, EntityName> Entities, IReadOnlyDictionary<string, string> Reviews);

public sealed record SourceText(string Id, string? Title, string Language, string? Published, string? Url, string Source, string? DuplicateOf, string Text);

/// <summary>One event as its review corrects it, its review (null: never reviewed), its actors' names and its source documents.</summary>
/// <summary>One event as analysts left it; <paramref name="Merged"/>: the ids of the events an analyst merged into it (their sources are its sources).</summary>
public sealed record EventDetail(ContractEvent Event, EventReview? Review, IReadOnlyDictionary<string, EntityName> Entities, IReadOnlyList<SourceText> Documents, IReadOnlyList<string> Merged);

public sealed record EntityListItem(
    string Id, string Type, string Name, IReadOnlyList<string> Aliases, string? Kb, ContractGeo? Geo, string? KbId, string? Kind, long Events, long Documents);

public sealed record MonthCount(string Month, long Events);

/// <summary>An entity named in the same documents as another, with how many documents they share.</summary>
public sealed record CoMention(string Entity, string Name, string Type, string? Kind, long Documents);

/// <summary>
/// One entity and what links to it. Events: those it acts in; EventsAt: those located at it (a place or a
/// state); EventsMentioning: the other events its documents report. The event lists and months follow the
/// filters; its documents, co-mentions, claims and conflicts are facts about it and are not filtered. Merged: the
/// ids of the entities an analyst merged into it (everything of theirs is counted here).
/// </summary>
public sealed record EntityDetail(
    ContractEntity Entity,
    IReadOnlyList<MonthCount> EventsByMonth,
    IReadOnlyList<ContractEvent> Events,
    IReadOnlyList<ActorCount> CoActors,
    IReadOnlyList<ContractClaim> Claims,
    IReadOnlyList<ContractConflict> Conflicts,
    IReadOnlyList<ContractEvent> EventsAt,
    IReadOnlyList<ContractEvent> EventsMentioning,
    long DocumentCount,
    IReadOnlyList<DocumentListItem> Documents,
    IReadOnlyList<CoMention> CoMentions,
    IReadOnlyList<string>? Merged = null);

/// <summary>A story: its documents with their text, and the events merged from them (at most <c>StoryQueries.EventLimit</c>, oldest first).</summary>
public sealed record StoryDetail(ContractStory Story, IReadOnlyList<SourceText> Documents, IReadOnlyList<ContractEvent> Events, IReadOnlyDictionary<string, EntityName> Entities);

public sealed record DocumentListItem(string Id, string? Title, string Language, string? Published, string? Url, string Source, string? Story, string? DuplicateOf);

public sealed record SearchHit(string Id, string? Title, string Language, string? Published, string Snippet, IReadOnlyList<int[]> Highlights);

public sealed record EntityHit(string Id, string Name, string Type, string? Kind);

public sealed record SearchResult(long Total, int Page, int PageSize, IReadOnlyList<SearchHit> Documents, IReadOnlyList<EntityHit> Entities);
