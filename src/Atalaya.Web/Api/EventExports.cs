using Atalaya.Core.Exports;
using Atalaya.Storage.Workbench;
using Microsoft.AspNetCore.Http;

namespace Atalaya.Web.Api;

/// <summary>/api/events.csv and /api/events.geojson: the exporters of 'atalaya export' over the filtered events.</summary>
internal static class EventExports
{
    private static readonly object CountriesLock = new();
    private static CountryTable? countries;

    public static IResult Csv(IWorkbenchQueries database, Filters filters, WorkbenchOptions options)
        => Export(database, filters, options, "events.csv", "text/csv; charset=utf-8", (corpus, stream, table) => AcledCsvExport.Write(corpus, stream, table));

    public static IResult GeoJson(IWorkbenchQueries database, Filters filters, WorkbenchOptions options)
        => Export(database, filters, options, "events.geojson", "application/geo+json; charset=utf-8", (corpus, stream, table) => GeoJsonExport.Write(corpus, stream, table));

    private static IResult Export(IWorkbenchQueries database, Filters filters, WorkbenchOptions options, string fileName, string contentType, Action<Atalaya.Core.Contract.ContractCorpus, Stream, CountryTable> write)
    {
        var corpus = database.EventExport(filters);

        // The exporters write synchronously; the server allows only asynchronous writes to the response, so they fill a buffer first.
        var buffer = new MemoryStream();
        write(corpus, buffer, Countries(options));
        buffer.Position = 0;
        return Results.File(buffer, contentType, fileName);
    }

    private static CountryTable Countries(WorkbenchOptions options)
    {
        lock (CountriesLock)
        {
            return countries ??= options.DataDirectory is null ? CountryTable.Default : CountryTable.Load(options.DataDirectory);
        }
    }
}
