using Atalaya.Storage;
using System.CommandLine;
using System.Net;
using Atalaya.Cli.Running;
using Atalaya.Web;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Connections;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace Atalaya.Cli.Commands;

/// <summary>atalaya serve [--db FILE] [--urls URLS]: the analysts' workbench (pages and JSON API) over a database.</summary>
internal static class ServeCommand
{
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var urls = new Option<string?>("--urls")
        {
            Description = $"Where to listen (default {WorkbenchOptions.DefaultUrls}; only this machine can connect unless you give another address here)",
            HelpName = "URLS",
        };
        var allowedHosts = new Option<string[]>("--allowed-hosts")
        {
            Description = "Host names to answer besides localhost and the --urls addresses (e.g. the name of a reverse proxy); other Host headers get 421",
            HelpName = "NAMES",
            AllowMultipleArgumentsPerToken = true,
        };
        var data = CommonOptions.Data();
        var command = new Command("serve", $"Serve the workbench (pages and JSON API) over a database; writes need the key in {WorkbenchOptions.ApiKeyVariable}")
        {
            database, urls, allowedHosts, data,
        };
        command.SetAction(parse => Run(parse.GetValue(database)!, parse.GetValue(urls), parse.GetValue(data), Console.Out, parse.GetValue(allowedHosts) ?? []));
        return command;
    }

    /// <summary>Serves until Ctrl+C. <paramref name="urls"/> null: the loopback default.</summary>
    public static int Run(string databasePath, string? urls, string? dataDirectory, TextWriter output, IReadOnlyList<string>? allowedHosts = null)
    {
        // Only an explicit --urls can open the server to other machines; the default is this machine only.
        var chosen = urls ?? WorkbenchOptions.DefaultUrls;
        if (!IsLoopbackOnly(chosen))
        {
            Console.Error.WriteLine($"atalaya: serve: listening on {chosen}: other machines can read this database");
        }

        var apiKey = Environment.GetEnvironmentVariable(WorkbenchOptions.ApiKeyVariable);
        using var app = WorkbenchServer.Build(new WorkbenchOptions
        {
            DatabasePath = databasePath,
            Urls = chosen,
            ApiKey = string.IsNullOrEmpty(apiKey) ? null : apiKey,
            DataDirectory = dataDirectory,
            AllowedHosts = allowedHosts ?? [],
            WrapStage = InjectedStageFault.FromEnvironment(),
        }, QuietStartFailure);
        try
        {
            app.StartAsync().GetAwaiter().GetResult();
        }
        catch (IOException error) when (error.InnerException is AddressInUseException)
        {
            Console.Error.WriteLine($"atalaya: serve: {BusyAddress(chosen, error.Message)} is already in use (another server?); choose another address with --urls, e.g. --urls http://127.0.0.1:5081");
            return ExitCodes.NothingRead;
        }

        var addresses = app.Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()?.Addresses ?? [chosen];
        output.WriteLine($"Atalaya workbench on {string.Join(", ", addresses)} (database {(DatabaseTarget.Parse(databasePath) is { IsPostgres: true } server ? server.ToString() : Path.GetFullPath(databasePath))}); Ctrl+C stops it");
        output.WriteLine(string.IsNullOrEmpty(apiKey)
            ? $"Writes (POST /api/documents) are off: set {WorkbenchOptions.ApiKeyVariable} to allow them"
            : $"Writes (POST /api/documents) need the header X-Api-Key with the key in {WorkbenchOptions.ApiKeyVariable}");
        output.Flush();
        app.WaitForShutdownAsync().GetAwaiter().GetResult();
        return ExitCodes.Success;
    }

    /// <summary>
    /// The host logs a failed start with its whole stack trace before throwing; the one line this
    /// command prints (or the error handler of Program) says it better.
    /// </summary>
    private static void QuietStartFailure(WebApplicationBuilder builder)
        => builder.Logging.AddFilter("Microsoft.Extensions.Hosting.Internal.Host", LogLevel.None);

    /// <summary>"port 5080 of 127.0.0.1": the address of <paramref name="urls"/> the bind error names, else the error's own words.</summary>
    private static string BusyAddress(string urls, string message)
    {
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (message.Contains(url, StringComparison.OrdinalIgnoreCase) && Uri.TryCreate(url.Replace("://*", "://any-host", StringComparison.Ordinal).Replace("://+", "://any-host", StringComparison.Ordinal), UriKind.Absolute, out var uri))
            {
                return $"port {uri.Port} of {(uri.Host == "any-host" ? "every address" : uri.Host)}";
            }
        }

        return SafeText.Of(message, 200);
    }

    /// <summary>Whether every address given is this machine only (127.0.0.0/8, ::1, localhost).</summary>
    public static bool IsLoopbackOnly(string urls)
        => urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).All(url =>
            Uri.TryCreate(url.Replace("://*", "://any-host", StringComparison.Ordinal).Replace("://+", "://any-host", StringComparison.Ordinal), UriKind.Absolute, out var uri)
            && (uri.Host == "localhost" || (IPAddress.TryParse(uri.Host.Trim('[', ']'), out var address) && IPAddress.IsLoopback(address))));
}
