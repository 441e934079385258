using BenchmarkDotNet.Running;

namespace Atalaya.Bench;

/// <summary>Runs the stage benchmarks: dotnet run -c Release --project bench/Atalaya.Bench -- --filter '*'.</summary>
public static class Program
{
    public static void Main(string[] args) => BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
}
