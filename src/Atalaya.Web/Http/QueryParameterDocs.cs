using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Atalaya.Web.Http;

/// <summary>The query parameters an endpoint reads itself (as text, to answer bad values with a clear 400), named for the OpenAPI document.</summary>
internal sealed record QueryParameterNames(IReadOnlyList<string> Names);

internal static class QueryParameterDocs
{
    public static RouteHandlerBuilder WithQuery(this RouteHandlerBuilder builder, string[] names)
        => builder.WithMetadata(new QueryParameterNames(names));

    /// <summary>Adds the named query parameters (strings, optional) to each operation that declares them.</summary>
    public static Task Describe(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        var names = context.Description.ActionDescriptor.EndpointMetadata.OfType<QueryParameterNames>().FirstOrDefault();
        if (names is null)
        {
            return Task.CompletedTask;
        }

        operation.Parameters ??= [];
        foreach (var name in names.Names)
        {
            operation.Parameters.Add(new OpenApiParameter
            {
                Name = name,
                In = ParameterLocation.Query,
                Required = false,
                Schema = new OpenApiSchema { Type = JsonSchemaType.String },
            });
        }

        return Task.CompletedTask;
    }
}
