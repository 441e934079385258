using System.Diagnostics;
using System.Globalization;

namespace Atalaya.Cli.Tests.Queue;

/// <summary>A real atalaya process started in the background (a worker), its output collected as it runs.</summary>
internal sealed class WorkerProcess : IDisposable
{
    private readonly Process process;
    private readonly Task<string> stdout;
    private readonly Task<string> stderr;

    public WorkerProcess(IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null)
    {
        process = AtalayaCli.Start(args, environment: environment);
        process.StandardInput.Close();
        stdout = process.StandardOutput.ReadToEndAsync();
        stderr = process.StandardError.ReadToEndAsync();
    }

    public int Id => process.Id;

    /// <summary>SIGKILL: no cleanup, no last write.</summary>
    public void KillHard() => process.Kill();

    public void Signal(string signal)
    {
        using var kill = Process.Start("kill", ["-" + signal, process.Id.ToString(CultureInfo.InvariantCulture)])!;
        kill.WaitForExit();
        Assert.Equal(0, kill.ExitCode);
    }

    /// <summary>Waits for the process to end (generously); a process that does not is killed and the test fails with its output.</summary>
    public async Task<CliResult> Finish(TimeSpan limit)
    {
        using var timeout = new CancellationTokenSource(limit);
        try
        {
            await process.WaitForExitAsync(timeout.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            Assert.Fail($"the worker did not finish within {limit}; stderr:\n{await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    public void Dispose()
    {
        if (!process.HasExited)
        {
            process.Kill(entireProcessTree: true);
            process.WaitForExit();
        }

        process.Dispose();
    }
}

/// <summary>Waits on a condition, polling, up to a generous limit: never a fixed sleep.</summary>
internal static class Eventually
{
    public static async Task True(Func<bool> condition, TimeSpan limit, string what)
    {
        var clock = Stopwatch.StartNew();
        while (!condition())
        {
            if (clock.Elapsed > limit)
            {
                Assert.Fail($"{what}: not so within {limit}");
            }

            await Task.Delay(50);
        }
    }
}
