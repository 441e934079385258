using System.Diagnostics;

namespace Atalaya.Web.Tests;

/// <summary>Runs the real atalaya.dll built next to the tests, as a separate process.</summary>
public static class CliProcess
{
    public static (int ExitCode, string Output, string Errors) Run(params string[] args)
    {
        using var process = Start(args);
        process.StandardInput.Close();
        var output = process.StandardOutput.ReadToEndAsync();
        var errors = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(3)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"atalaya {string.Join(' ', args)} did not finish in 3 minutes");
        }

        return (process.ExitCode, output.Result, errors.Result);
    }

    /// <summary>Starts the program with redirected input and output; the caller reads, waits and disposes.</summary>
    public static Process Start(params string[] args)
    {
        var info = new ProcessStartInfo(DotnetHost())
        {
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            UseShellExecute = false,
        };
        info.ArgumentList.Add(Path.Combine(AppContext.BaseDirectory, "atalaya.dll"));
        foreach (var arg in args)
        {
            info.ArgumentList.Add(arg);
        }

        info.Environment["ATALAYA_NO_PROGRESS"] = "1";
        info.Environment.Remove("ATALAYA_API_KEY");
        return Process.Start(info) ?? throw new InvalidOperationException("could not start dotnet");
    }

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
