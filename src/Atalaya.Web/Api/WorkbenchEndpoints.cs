using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;
using Atalaya.Web.Http;
using Atalaya.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Atalaya.Web.Api;

/// <summary>
/// The routes of the JSON API. Every query parameter is read as text and checked here (Filters,
/// Paging), so a bad value is a 400 naming it; the reads are the store's workbench queries.
/// </summary>
internal static class WorkbenchEndpoints
{
    /// <summary>The one tag of every operation in the OpenAPI document.</summary>
    public const string Tag = "workbench";

    private static readonly string[] FilterNames = ["from", "to", "type", "state", "actor", "language"];
    private static readonly string[] PageNames = ["page", "page_size"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").ProducesProblem(StatusCodes.Status400BadRequest).WithTags(Tag);

        api.MapGet("/filters", (IWorkbenchQueries db) => Results.Json(db.FilterValues(), WebJsonContext.Default.FilterValues))
            .Produces<FilterValues>()
            .WithName("getFilters").WithSummary("The states, event types, languages and date range present");
        api.MapGet("/overview", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var filters = FilterQuery.Read(request.Query);
            return Results.Json(db.Overview(filters), WebJsonContext.Default.Overview);
        }).Produces<Overview>().WithQuery(FilterNames)
            .WithName("getOverview").WithSummary("Counts, charts, top actors, latest stories and map points for the filters");

        api.MapGet("/events", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var filters = FilterQuery.Read(request.Query);
            var sort = EventSorts.Check(FilterQuery.Text(request.Query, "sort"));
            var paging = PagingQuery.Read(request.Query);
            var review = FilterQuery.Text(request.Query, "review");
            return Results.Json(db.Events(filters, sort, paging, review), WebJsonContext.Default.EventPage);
        }).Produces<EventPage>().WithQuery([.. FilterNames, "sort", "review", .. PageNames])
            .WithName("listEvents").WithSummary("Events matching the filters, a page at a time");
        api.MapGet("/events/{id}", (string id, IWorkbenchQueries db) =>
            db.EventById(id) is { } found ? Results.Json(found, WebJsonContext.Default.EventDetail) : Problems.NotFound("event", id))
            .Produces<EventDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("getEvent").WithSummary("One event with its actors and source documents");
        api.MapPost("/events/{id}/review", ReviewWrites.Post)
            .Accepts<ReviewRequest>("application/json")
            .Produces<EventReview>()
            .ProducesKeyedWriteProblems(conflict: false)
            .WithName("reviewEvent").WithSummary("Mark an event verified, rejected or unreviewed, leave a note, correct its fields (needs X-Api-Key)").RequiresApiKey();
        api.MapPost("/events/merge", MergeWrites.MergeEvents)
            .Accepts<EventMergeRequest>("application/json")
            .Produces<ReviewRecord>()
            .ProducesKeyedWriteProblems(conflict: true)
            .WithName("mergeEvents")
            .WithSummary("Merge two events into the first: its fields, the sources of both; kept across re-ingest and rebuilds (needs X-Api-Key)").RequiresApiKey();
        api.MapPost("/events/{id}/split", MergeWrites.SplitEvent)
            .Accepts<EventSplitRequest>("application/json")
            .Produces<ReviewRecord>()
            .ProducesKeyedWriteProblems(conflict: true)
            .WithName("splitEvent").WithSummary("Undo the latest merge of events standing on the event (needs X-Api-Key)").RequiresApiKey();
        api.MapPost("/entities/merge", MergeWrites.MergeEntities)
            .Accepts<EntityMergeRequest>("application/json")
            .Produces<ReviewRecord>()
            .ProducesKeyedWriteProblems(conflict: true)
            .WithName("mergeEntities")
            .WithSummary("Merge two entities into the first: its name, the events, documents and claims of both (needs X-Api-Key)").RequiresApiKey();
        api.MapGet("/reviews", (HttpRequest request, IWorkbenchQueries db) =>
            Results.Json(db.Reviews(PagingQuery.Read(request.Query)), WebJsonContext.Default.PageOfReviewRecord))
            .Produces<PageOf<ReviewRecord>>().WithQuery(PageNames)
            .WithName("listReviews").WithSummary("The analysts' actions (reviews, merges, splits), latest first (the audit trail: who, when, before, after)");
        api.MapGet("/events.csv", (HttpRequest request, IWorkbenchQueries db, WorkbenchOptions options) =>
            EventExports.Csv(db, FilterQuery.Read(request.Query), options))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithQuery(FilterNames)
            .WithName("exportEventsCsv").WithSummary("The filtered events as ACLED-style CSV");
        api.MapGet("/events.geojson", (HttpRequest request, IWorkbenchQueries db, WorkbenchOptions options) =>
            EventExports.GeoJson(db, FilterQuery.Read(request.Query), options))
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json").WithQuery(FilterNames)
            .WithName("exportEventsGeoJson").WithSummary("The filtered events as GeoJSON");

        api.MapGet("/entities", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var text = FilterQuery.Text(request.Query, "q");
            var type = FilterQuery.Text(request.Query, "type");
            var paging = PagingQuery.Read(request.Query);
            return Results.Json(db.Entities(text, type, paging), WebJsonContext.Default.PageOfEntityListItem);
        }).Produces<PageOf<EntityListItem>>().WithQuery(["q", "type", .. PageNames])
            .WithName("listEntities").WithSummary("Entities whose name or alias contains the words");
        api.MapGet("/entities/{id}", (string id, HttpRequest request, IWorkbenchQueries db) =>
        {
            var filters = FilterQuery.Read(request.Query);
            return db.EntityById(id, filters) is { } found ? Results.Json(found, WebJsonContext.Default.EntityDetail) : Problems.NotFound("entity", id);
        }).Produces<EntityDetail>().ProducesProblem(StatusCodes.Status404NotFound).WithQuery(FilterNames)
            .AddOpenApiOperationTransformer((operation, _, _) =>
            {
                // Said on each filter parameter (QueryParameterDocs adds them first): what they select, and what they leave whole.
                foreach (var parameter in (operation.Parameters ?? []).OfType<Microsoft.OpenApi.OpenApiParameter>().Where(p => FilterNames.Contains(p.Name)))
                {
                    parameter.Description = "Selects the entity's events, their months and its co-occurring actors with their counts, as on /api/events. "
                        + "The entity's name, type, aliases, knowledge-base id, claims and conflicts are facts about it and are not filtered.";
                }

                return Task.CompletedTask;
            })
            .WithName("getEntity").WithSummary("One entity with its events, co-actors, claims and conflicts");

        api.MapGet("/stories", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var filters = FilterQuery.Read(request.Query);
            var paging = PagingQuery.Read(request.Query);
            var triage = new StoryTriage(
                PagingQuery.Count(request.Query, "min_documents") ?? 1,
                PagingQuery.Count(request.Query, "min_languages") ?? 1);
            return Results.Json(db.Stories(filters, paging, triage), WebJsonContext.Default.PageOfStorySummary);
        }).Produces<PageOf<StorySummary>>().WithQuery([.. FilterNames, "min_documents", "min_languages", .. PageNames])
            .WithName("listStories").WithSummary("Stories, latest first, with their events, fatalities, state and main actors");
        api.MapGet("/stories/{id}", (string id, IWorkbenchQueries db) =>
            db.StoryById(id) is { } found ? Results.Json(found, WebJsonContext.Default.StoryDetail) : Problems.NotFound("story", id))
            .Produces<StoryDetail>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("getStory").WithSummary("One story with its documents");

        api.MapGet("/documents", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var filters = FilterQuery.Read(request.Query);
            var paging = PagingQuery.Read(request.Query);
            return Results.Json(db.Documents(filters, paging), WebJsonContext.Default.PageOfDocumentListItem);
        }).Produces<PageOf<DocumentListItem>>().WithQuery([.. FilterNames, .. PageNames])
            .WithName("listDocuments").WithSummary("Documents, latest first");
        api.MapGet("/documents/{id}", (string id, IWorkbenchQueries db) =>
            db.DocumentById(id) is { } found ? Results.Json(found, ContractJsonContext.Default.ContractDocument) : Problems.NotFound("document", id))
            .Produces<ContractDocument>().ProducesProblem(StatusCodes.Status404NotFound)
            .WithName("getDocument").WithSummary("One contract document with its text");
        api.MapPost("/documents", DocumentWrites.Post)
            .Accepts<NewDocument>("application/json")
            .Produces<ContractDocument>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status413PayloadTooLarge)
            .ProducesProblem(StatusCodes.Status429TooManyRequests)
            .WithName("addDocument").WithSummary("Analyze, store and consolidate an article (needs X-Api-Key)").RequiresApiKey();

        api.MapGet("/claims", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var subject = FilterQuery.Text(request.Query, "subject");
            var attribute = FilterQuery.Text(request.Query, "attribute");
            var paging = PagingQuery.Read(request.Query);
            return Results.Json(db.Claims(subject, attribute, paging), WebJsonContext.Default.PageOfContractClaim);
        }).Produces<PageOf<ContractClaim>>().WithQuery(["subject", "attribute", .. PageNames])
            .WithName("listClaims").WithSummary("Contract claims by subject and attribute");
        api.MapGet("/conflicts", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var subject = FilterQuery.Text(request.Query, "subject");
            var paging = PagingQuery.Read(request.Query);
            return Results.Json(db.Conflicts(subject, paging), WebJsonContext.Default.PageOfContractConflict);
        }).Produces<PageOf<ContractConflict>>().WithQuery(["subject", .. PageNames])
            .WithName("listConflicts").WithSummary("Contract conflicts by subject");

        api.MapGet("/search", (HttpRequest request, IWorkbenchQueries db) =>
        {
            var text = FilterQuery.Text(request.Query, "q", maxLength: 500) ?? throw new BadRequestException("q", "required: the words to search for");
            var paging = PagingQuery.Read(request.Query, defaultSize: 20);
            return Results.Json(db.Search(text, paging), WebJsonContext.Default.SearchResult);
        }).Produces<SearchResult>().WithQuery(["q", .. PageNames])
            .WithName("search").WithSummary("Full-text search over documents, and entities by name");

        QueueEndpoint.Map(api);

        // An unknown API path is a JSON 404 too, not the pages' fallback.
        api.MapGet("/{**rest}", (string rest) => Problems.NotFound("API endpoint", "/api/" + rest)).ExcludeFromDescription();
    }
}
