using System.Text.Json.Serialization.Metadata;
using Atalaya.Core.Contract;
using Atalaya.Storage;
using Atalaya.Storage.Workbench;
using Atalaya.Web.Api;
using Atalaya.Web.Http;
using Atalaya.Web.Json;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.OutputCaching;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.FileProviders;
using Microsoft.Extensions.Logging;

namespace Atalaya.Web;

/// <summary>
/// The analysts' workbench: the JSON API over an Atalaya database and the static pages that call it.
/// The one entry point the command line (and the tests) use.
/// </summary>
public static class WorkbenchServer
{
    /// <summary>
    /// Opens the database (its schema brought up to date) and builds the application.
    /// <paramref name="configure"/> lets a caller change the builder before it is built (the tests put a test server in).
    /// </summary>
    /// <exception cref="Atalaya.Storage.StoreException">The database is missing or not an Atalaya database.</exception>
    public static WebApplication Build(WorkbenchOptions options, Action<WebApplicationBuilder>? configure = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var database = DocumentStores.OpenWorkbench(options.DatabasePath);
        var webRoot = options.WebRoot ?? Path.Combine(AppContext.BaseDirectory, "wwwroot");
        var builder = WebApplication.CreateSlimBuilder(new WebApplicationOptions
        {
            ContentRootPath = AppContext.BaseDirectory,
            WebRootPath = Directory.Exists(webRoot) ? webRoot : null,
        });
        builder.WebHost.UseUrls(options.Urls);
        builder.WebHost.ConfigureKestrel(kestrel => kestrel.Limits.MaxRequestBodySize = options.MaxRequestBodyBytes);
        builder.Logging.SetMinimumLevel(LogLevel.Warning);
        builder.Services.AddSingleton(options);
        builder.Services.AddSingleton(_ => database);
        builder.Services.AddSingleton(services => new DocumentIngest(options, database, services.GetRequiredService<ILogger<DocumentIngest>>()));
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<KeyAttemptThrottle>();
        builder.Services.AddSingleton(new ServedHosts(options.Urls, options.AllowedHosts));
        builder.Services.ConfigureHttpJsonOptions(json =>
        {
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, JsonTypeInfoResolver.Combine(WebJsonContext.Default, ContractJsonContext.Default));
            json.SerializerOptions.PropertyNamingPolicy = System.Text.Json.JsonNamingPolicy.SnakeCaseLower;
        });
        builder.Services.AddProblemDetails();
        builder.Services.AddOpenApi(openApi => openApi.AddDocumentTransformer((document, _, _) =>
        {
            document.Info.Title = "Atalaya workbench API";
            document.Info.Version = "1";
            document.Tags = new HashSet<Microsoft.OpenApi.OpenApiTag> { new() { Name = WorkbenchEndpoints.Tag, Description = "The analysts' workbench: events, entities, stories, documents, claims and search over one Atalaya database" } };

            // The server's own address, without the trailing slash that would double the one every path starts with.
            foreach (var server in document.Servers ?? [])
            {
                server.Url = server.Url?.TrimEnd('/');
            }

            return Task.CompletedTask;
        }).AddDocumentTransformer(ApiKeyDocs.DeclareScheme)
            .AddOperationTransformer(QueryParameterDocs.Describe)
            .AddOperationTransformer(ApiKeyDocs.Require));
        builder.Services.AddOutputCache();
        configure?.Invoke(builder);

        var app = builder.Build();
        app.UseMiddleware<SecurityHeaders>();
        app.UseMiddleware<HostCheck>();
        app.UseMiddleware<ProblemOnError>();
        app.UseMiddleware<RequestTextCheck>();
        app.UseStatusCodePages();
        if (app.Environment.WebRootPath is { } root && Directory.Exists(root))
        {
            var files = new PhysicalFileProvider(root);
            app.UseMiddleware<CleanPageUrls>(root);
            app.UseDefaultFiles(new DefaultFilesOptions { FileProvider = files });
            app.UseStaticFiles(new StaticFileOptions { FileProvider = files });
        }

        // The document only changes with the program, so it is generated once, not per request.
        app.UseOutputCache();
        app.MapOpenApi("/openapi").CacheOutput(policy => policy.Expire(TimeSpan.FromDays(365)));
        WorkbenchEndpoints.Map(app);
        AlertEndpoints.Map(app);
        return app;
    }
}
