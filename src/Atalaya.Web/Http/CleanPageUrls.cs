using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Http;

/// <summary>
/// Every page answers at its name without ".html" too (/events, /event?id=V3, /entities, /stories …): the address an
/// analyst types or shares. /entities is the page that lists entities, /entity one entity.
/// </summary>
internal sealed class CleanPageUrls(RequestDelegate next, string webRoot)
{
    private readonly HashSet<string> pages = Directory.Exists(webRoot)
        ? Directory.EnumerateFiles(webRoot, "*.html").Select(Path.GetFileNameWithoutExtension).OfType<string>().Where(name => name != "index").ToHashSet(StringComparer.Ordinal)
        : [];

    public Task InvokeAsync(HttpContext context)
    {
        var path = context.Request.Path.Value;
        if (path is { Length: > 1 } && (HttpMethods.IsGet(context.Request.Method) || HttpMethods.IsHead(context.Request.Method)))
        {
            var name = path.TrimEnd('/')[1..];
            if (pages.Contains(name))
            {
                context.Request.Path = "/" + name + ".html";
            }
        }

        return next(context);
    }
}
