using BenchmarkDotNet.Running;

namespace Atalaya.Bench;

/// <summary>
/// Runs the stage benchmarks: dotnet run -c Release --project bench/Atalaya.Bench -- --filter '*';
/// or the store measurement: ... -- store-ingest [N] [postgresql://…].
/// </summary>
public static class Program
{
    public static void Main(string[] args)
    {
        if (args is ["store-ingest", ..])
        {
            StoreIngestMeasurement.Run(args);
            return;
        }

        BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
    }
}
