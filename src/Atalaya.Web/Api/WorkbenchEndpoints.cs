using Atalaya.Core.Contract;
using Atalaya.Web.Data;
using Atalaya.Web.Http;
using Atalaya.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace Atalaya.Web.Api;

/// <summary>
/// The routes of the JSON API. Every query parameter is read as text and checked here (Filters,
/// Paging), so a bad value is a 400 naming it; every request reads through its own connection.
/// </summary>
internal static class WorkbenchEndpoints
{
    private static readonly string[] FilterNames = ["from", "to", "type", "state", "actor", "language"];
    private static readonly string[] PageNames = ["page", "page_size"];

    public static void Map(IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api").ProducesProblem(StatusCodes.Status400BadRequest);

        api.MapGet("/filters", (WorkbenchDatabase db) => Read(db, c => Results.Json(OverviewQueries.Values(c), WebJsonContext.Default.FilterValues)))
            .Produces<FilterValues>();
        api.MapGet("/overview", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var filters = Filters.Read(request.Query);
            return Read(db, c => Results.Json(OverviewQueries.Overview(c, filters, db.Open), WebJsonContext.Default.Overview));
        }).Produces<Overview>().WithQuery(FilterNames);

        api.MapGet("/events", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var filters = Filters.Read(request.Query);
            var order = EventQueries.OrderBy(Filters.Text(request.Query, "sort"));
            var paging = Paging.Read(request.Query);
            return Read(db, c => Results.Json(EventQueries.Page(c, filters, order, paging), WebJsonContext.Default.EventPage));
        }).Produces<EventPage>().WithQuery([.. FilterNames, "sort", .. PageNames]);
        api.MapGet("/events/{id}", (string id, WorkbenchDatabase db) =>
            Read(db, c => EventQueries.One(c, id) is { } found ? Results.Json(found, WebJsonContext.Default.EventDetail) : Problems.NotFound("event", id)))
            .Produces<EventDetail>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapGet("/events.csv", (HttpRequest request, WorkbenchDatabase db, WorkbenchOptions options) =>
            EventExports.Csv(db, Filters.Read(request.Query), options))
            .Produces(StatusCodes.Status200OK, contentType: "text/csv").WithQuery(FilterNames);
        api.MapGet("/events.geojson", (HttpRequest request, WorkbenchDatabase db, WorkbenchOptions options) =>
            EventExports.GeoJson(db, Filters.Read(request.Query), options))
            .Produces(StatusCodes.Status200OK, contentType: "application/geo+json").WithQuery(FilterNames);

        api.MapGet("/entities", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var text = Filters.Text(request.Query, "q");
            var type = Filters.Text(request.Query, "type");
            var paging = Paging.Read(request.Query);
            db.FoldNewNamesSoon();
            return Read(db, c => Results.Json(EntityQueries.Page(c, text, type, paging), WebJsonContext.Default.PageOfEntityListItem));
        }).Produces<PageOf<EntityListItem>>().WithQuery(["q", "type", .. PageNames]);
        api.MapGet("/entities/{id}", (string id, HttpRequest request, WorkbenchDatabase db) =>
        {
            var filters = Filters.Read(request.Query);
            return Read(db, c => EntityQueries.One(c, id, filters) is { } found ? Results.Json(found, WebJsonContext.Default.EntityDetail) : Problems.NotFound("entity", id));
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
            });

        api.MapGet("/stories", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var filters = Filters.Read(request.Query);
            var paging = Paging.Read(request.Query);
            return Read(db, c => Results.Json(StoryQueries.Page(c, filters, paging), WebJsonContext.Default.PageOfStorySummary));
        }).Produces<PageOf<StorySummary>>().WithQuery([.. FilterNames, .. PageNames]);
        api.MapGet("/stories/{id}", (string id, WorkbenchDatabase db) =>
            Read(db, c => StoryQueries.One(c, id) is { } found ? Results.Json(found, WebJsonContext.Default.StoryDetail) : Problems.NotFound("story", id)))
            .Produces<StoryDetail>().ProducesProblem(StatusCodes.Status404NotFound);

        api.MapGet("/documents", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var filters = Filters.Read(request.Query);
            var paging = Paging.Read(request.Query);
            return Read(db, c => Results.Json(DocumentQueries.Page(c, filters, paging), WebJsonContext.Default.PageOfDocumentListItem));
        }).Produces<PageOf<DocumentListItem>>().WithQuery([.. FilterNames, .. PageNames]);
        api.MapGet("/documents/{id}", (string id, WorkbenchDatabase db) =>
            Read(db, c => DocumentQueries.One(c, id) is { } found ? Results.Json(found, ContractJsonContext.Default.ContractDocument) : Problems.NotFound("document", id)))
            .Produces<ContractDocument>().ProducesProblem(StatusCodes.Status404NotFound);
        api.MapPost("/documents", DocumentWrites.Post)
            .Accepts<NewDocument>("application/json")
            .Produces<ContractDocument>(StatusCodes.Status201Created)
            .ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden);

        api.MapGet("/claims", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var subject = Filters.Text(request.Query, "subject");
            var attribute = Filters.Text(request.Query, "attribute");
            var paging = Paging.Read(request.Query);
            return Read(db, c => Results.Json(ClaimQueries.Claims(c, subject, attribute, paging), WebJsonContext.Default.PageOfContractClaim));
        }).Produces<PageOf<ContractClaim>>().WithQuery(["subject", "attribute", .. PageNames]);
        api.MapGet("/conflicts", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var subject = Filters.Text(request.Query, "subject");
            var paging = Paging.Read(request.Query);
            return Read(db, c => Results.Json(ClaimQueries.Conflicts(c, subject, paging), WebJsonContext.Default.PageOfContractConflict));
        }).Produces<PageOf<ContractConflict>>().WithQuery(["subject", .. PageNames]);

        api.MapGet("/search", (HttpRequest request, WorkbenchDatabase db) =>
        {
            var text = Filters.Text(request.Query, "q", maxLength: 500) ?? throw new BadRequestException("q", "required: the words to search for");
            var paging = Paging.Read(request.Query, defaultSize: 20);
            db.FoldNewNamesSoon();
            return Read(db, c => Results.Json(SearchQueries.Search(c, text, paging), WebJsonContext.Default.SearchResult));
        }).Produces<SearchResult>().WithQuery(["q", .. PageNames]);

        // An unknown API path is a JSON 404 too, not the pages' fallback.
        api.MapGet("/{**rest}", (string rest) => Problems.NotFound("API endpoint", "/api/" + rest)).ExcludeFromDescription();
    }

    private static IResult Read(WorkbenchDatabase database, Func<Microsoft.Data.Sqlite.SqliteConnection, IResult> answer)
    {
        using var connection = database.Open();
        return answer(connection);
    }
}
