using System.Net;
using System.Net.Sockets;

namespace Atalaya.Cli.Tests.Commands;

/// <summary>serve on a port another program holds: one line naming the port and --urls, no stack trace.</summary>
public sealed class ServeBusyPortTests
{
    [Fact]
    public async Task A_busy_port_is_one_line_naming_the_port_and_urls()
    {
        using var temp = new TempFolder();
        var db = temp.File("atalaya.db");
        var ingest = await AtalayaCli.RunAsync("ingest", Path.Combine(TestData.E2eArticles, "nl-overval-geldtransport.txt"), "--db", db);
        Assert.True(ingest.ExitCode == 0, ingest.ToString());
        using var holder = new TcpListener(IPAddress.Loopback, 0);
        holder.Start();
        var port = ((IPEndPoint)holder.LocalEndpoint).Port;

        var result = await AtalayaCli.RunAsync("serve", "--db", db, "--urls", $"http://127.0.0.1:{port}");

        Assert.True(result.ExitCode == 2, result.ToString());
        Assert.Equal(
            $"atalaya: serve: port {port} of 127.0.0.1 is already in use (another server?); choose another address with --urls, e.g. --urls http://127.0.0.1:5081",
            result.StdErr.Trim());
        Assert.DoesNotContain(" at ", result.StdOut, StringComparison.Ordinal);
    }
}
