using Atalaya.Web.Api;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.OpenApi;
using Microsoft.OpenApi;

namespace Atalaya.Web.Http;

/// <summary>
/// The X-Api-Key scheme in the OpenAPI document, so that a generated client sends the key where it is needed:
/// declared once, required by the operations marked with <see cref="RequiresApiKey"/>; every other operation
/// is declared open (an empty requirement at the root), not left unsaid.
/// </summary>
internal static class ApiKeyDocs
{
    public const string SchemeName = "ApiKey";

    private sealed record ApiKeyRequired;

    public static RouteHandlerBuilder RequiresApiKey(this RouteHandlerBuilder builder) => builder.WithMetadata(new ApiKeyRequired());

    /// <summary>
    /// The refusals every write on an event or entity shares: no key (401), a wrong key (403), an unknown id
    /// (404), too many writes (429), and with <paramref name="conflict"/> a request the data contradicts (409).
    /// </summary>
    public static RouteHandlerBuilder ProducesKeyedWriteProblems(this RouteHandlerBuilder builder, bool conflict)
    {
        builder.ProducesProblem(StatusCodes.Status401Unauthorized)
            .ProducesProblem(StatusCodes.Status403Forbidden)
            .ProducesProblem(StatusCodes.Status404NotFound);
        if (conflict)
        {
            builder.ProducesProblem(StatusCodes.Status409Conflict);
        }

        return builder.ProducesProblem(StatusCodes.Status429TooManyRequests);
    }

    public static Task DeclareScheme(OpenApiDocument document, OpenApiDocumentTransformerContext context, CancellationToken cancellation)
    {
        document.Components ??= new OpenApiComponents();
        document.Components.SecuritySchemes ??= new Dictionary<string, IOpenApiSecurityScheme>();
        document.Components.SecuritySchemes[SchemeName] = new OpenApiSecurityScheme
        {
            Type = SecuritySchemeType.ApiKey,
            In = ParameterLocation.Header,
            Name = DocumentWrites.KeyHeader,
            Description = $"The key the operator set in {WorkbenchOptions.ApiKeyVariable} when starting the server.",
        };
        document.Security = [new OpenApiSecurityRequirement()];
        return Task.CompletedTask;
    }

    public static Task Require(OpenApiOperation operation, OpenApiOperationTransformerContext context, CancellationToken cancellation)
    {
        if (context.Description.ActionDescriptor.EndpointMetadata.OfType<ApiKeyRequired>().Any())
        {
            operation.Security = [new OpenApiSecurityRequirement { [new OpenApiSecuritySchemeReference(SchemeName, context.Document)] = [] }];
        }

        return Task.CompletedTask;
    }
}
