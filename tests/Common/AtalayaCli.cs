using System.Diagnostics;
using System.Text;

namespace Atalaya.Tests.Common;

/// <summary>
/// Runs the real program, <c>dotnet atalaya.dll args...</c> from the test output folder, as a
/// separate process with the progress display off, and collects its exit code and output.
/// </summary>
public static class AtalayaCli
{
    public static readonly TimeSpan DefaultTimeout = TimeSpan.FromSeconds(90);

    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);

    /// <summary>The atalaya.dll built next to the tests (with its data/ and samples/ folders).</summary>
    public static string Program => Path.Combine(AppContext.BaseDirectory, "atalaya.dll");

    public static Task<CliResult> RunAsync(params string[] args) => RunAsync(args, stdin: null);

    public static async Task<CliResult> RunAsync(IEnumerable<string> args, string? stdin = null, TimeSpan? timeout = null, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        using var process = Start(args, workingDirectory, environment);
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        try
        {
            if (stdin is not null)
            {
                await process.StandardInput.WriteAsync(stdin);
            }

            process.StandardInput.Close();
        }
        catch (IOException)
        {
            // The program may exit without reading its input (a usage error); what it said still counts.
        }

        using var limit = new CancellationTokenSource(timeout ?? DefaultTimeout);
        try
        {
            await process.WaitForExitAsync(limit.Token);
        }
        catch (OperationCanceledException)
        {
            process.Kill(entireProcessTree: true);
            await process.WaitForExitAsync();
            throw new TimeoutException($"atalaya {string.Join(' ', args)} did not finish within {timeout ?? DefaultTimeout}; stderr:\n{await stderr}");
        }

        return new CliResult(process.ExitCode, await stdout, await stderr);
    }

    /// <summary>Starts the program and returns at once; the caller reads its output and disposes it.</summary>
    public static Process Start(IEnumerable<string> args, string? workingDirectory = null, IReadOnlyDictionary<string, string>? environment = null)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            StandardInputEncoding = Utf8,
            StandardOutputEncoding = Utf8,
            StandardErrorEncoding = Utf8,
            WorkingDirectory = workingDirectory ?? Path.GetTempPath(),
        };
        info.ArgumentList.Add(Program);
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ATALAYA_NO_PROGRESS"] = "1";

        // The program must find its own data and samples, not whatever the test environment points at.
        info.Environment.Remove("ATALAYA_DATA");
        info.Environment.Remove("ATALAYA_SAMPLES");

        // Nor a database of the environment: a test names its own, with --db or ATALAYA_DB.
        info.Environment.Remove("ATALAYA_DB");

        // Nor an API key of the environment: a test that wants writes through the API sets its own.
        info.Environment.Remove("ATALAYA_API_KEY");
        info.Environment.Remove("ATALAYA_FAIL_STAGE");
        foreach (var (name, value) in environment ?? new Dictionary<string, string>())
        {
            info.Environment[name] = value;
        }

        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

    /// <summary>The dotnet host running the tests (testhost runs under it), else the one on PATH.</summary>
    private static string DotnetHost()
    {
        var current = Environment.ProcessPath;
        if (current is not null && Path.GetFileNameWithoutExtension(current).Equals("dotnet", StringComparison.OrdinalIgnoreCase))
        {
            return current;
        }

        return Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host ? host : "dotnet";
    }
}
