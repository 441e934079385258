using System.Diagnostics;

namespace Atalaya.Cli.Tests.Fuzz;

/// <summary>
/// Runs the real program over fuzz inputs. A hang is a finding, not a test crash: the process is stopped at the
/// limit and the run is reported as timed out. The heap is capped so that an input read without a size limit
/// fails fast instead of taking the shared machine's memory.
/// </summary>
public static class FuzzRunner
{
    /// <summary>Generous for a busy machine: the inputs of one run take seconds when nothing hangs.</summary>
    public static readonly TimeSpan RunLimit = TimeSpan.FromMinutes(4);

    public static readonly IReadOnlyDictionary<string, string> Environment = new Dictionary<string, string>
    {
        // 1.5 GB: far above what inputs under the 16 MB limit need.
        ["DOTNET_GCHeapHardLimit"] = "0x60000000",
    };

    /// <summary>The result, or null when the run did not end within <see cref="RunLimit"/> (then <paramref name="log"/> holds what it said).</summary>
    public static async Task<(CliResult? Result, string Log, TimeSpan Took)> RunAsync(IEnumerable<string> args)
    {
        var clock = Stopwatch.StartNew();
        using var process = AtalayaCli.Start(args, environment: Environment);
        process.StandardInput.Close();
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        using var limit = new CancellationTokenSource(RunLimit);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            return (null, await stderr, clock.Elapsed);
        }

        var result = new CliResult(process.ExitCode, await stdout, await stderr);
        return (result, result.StdErr, clock.Elapsed);
    }
}
