using System.Diagnostics;
using System.Globalization;
using Atalaya.Core.Contract;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Synthetic;
using Atalaya.Storage;
using Atalaya.Storage.Postgres;
using Atalaya.Storage.Sqlite;
using Atalaya.Tests.Common;

namespace Atalaya.Bench;

/// <summary>
/// dotnet run -c Release --project bench/Atalaya.Bench -- store-ingest [N] [postgresql://…]: stores
/// the same N synthetic analyzed documents through the store API into a new SQLite file and into a
/// new PostgreSQL database (a throwaway server with default durability started here, unless a URI is
/// given), then consolidates them, and prints documents per second for each step and engine.
/// </summary>
internal static class StoreIngestMeasurement
{
    public static void Run(string[] arguments)
    {
        var count = arguments.Length > 1 ? int.Parse(arguments[1], CultureInfo.InvariantCulture) : 10_000;
        var pipeline = StandardPipeline.Create(BenchCorpus.Resources);
        var seeds = BenchCorpus.Create(40).Select(d => ContractMapper.ToContract(pipeline.Analyze(d))).ToList();
        var documents = new SyntheticCorpus(seeds).Generate(count).ToList();
        var warmUp = new SyntheticCorpus(seeds).Generate(1000, seed: 7).ToList();

        using var folder = new TempFolder();
        using var server = arguments.Length > 2 ? null : PostgresServer.Durable();
        var postgres = arguments.Length > 2 ? arguments[2] : server!.NewDatabaseUri();
        var warmPostgres = arguments.Length > 2 ? null : server!.NewDatabaseUri();

        Console.WriteLine($"store ingest of {count} synthetic analyzed documents ({seeds.Count} analyzed seed articles), {Environment.ProcessorCount} cores");
        Console.WriteLine($"{"engine",-11} {"store s",8} {"store docs/s",13} {"consolidate s",14} {"total docs/s",13}");
        Measure("SQLite", () => SqliteDocumentStore.Open(folder.File("warm.db")), warmUp, print: false);
        var sqlite = Measure("SQLite", () => SqliteDocumentStore.Open(folder.File("measured.db")), documents, print: true);
        if (warmPostgres is not null)
        {
            Measure("PostgreSQL", () => PostgresDocumentStore.Open(DatabaseTarget.Parse(warmPostgres)), warmUp, print: false);
        }

        var pg = Measure("PostgreSQL", () => PostgresDocumentStore.Open(DatabaseTarget.Parse(postgres)), documents, print: true);
        Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"PostgreSQL / SQLite: store {pg.Store / sqlite.Store:P0}, store + consolidate {pg.Total / sqlite.Total:P0}"));
    }

    private static (double Store, double Total) Measure(string engine, Func<IDocumentStore> open, List<ContractDocument> documents, bool print)
    {
        using var store = open();
        GC.Collect();
        var clock = Stopwatch.StartNew();
        using (var run = store.BeginRun("measurement"))
        {
            // As the ingest does: content already stored is not analyzed, nor added.
            foreach (var document in documents)
            {
                if (!store.Contains(document.ContentHash))
                {
                    run.Add(document);
                }
            }

            run.Complete();
        }

        var storing = clock.Elapsed.TotalSeconds;
        clock.Restart();
        store.Consolidate();
        var consolidating = clock.Elapsed.TotalSeconds;
        var rates = (documents.Count / storing, documents.Count / (storing + consolidating));
        if (print)
        {
            Console.WriteLine(string.Create(CultureInfo.InvariantCulture, $"{engine,-11} {storing,8:F2} {rates.Item1,13:F0} {consolidating,14:F2} {rates.Item2,13:F0}"));
        }

        return rates;
    }
}
