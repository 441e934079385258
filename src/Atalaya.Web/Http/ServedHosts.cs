using System.Net;
using System.Net.NetworkInformation;

namespace Atalaya.Web.Http;

/// <summary>
/// The host names a server answers to: the loopback names, the hosts of the addresses it listens on (for a
/// wildcard such as 0.0.0.0, this machine's own addresses) and the names the operator adds.
/// </summary>
internal sealed class ServedHosts
{
    private static readonly string[] Loopback = ["localhost", "127.0.0.1", "::1"];

    private readonly HashSet<string> names = new(StringComparer.OrdinalIgnoreCase);

    public ServedHosts(string urls, IEnumerable<string> extraNames)
    {
        names.UnionWith(Loopback);
        foreach (var url in urls.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            var host = HostOf(url);
            if (host is null or "*" or "+" or "0.0.0.0" or "::")
            {
                names.UnionWith(MachineAddresses());
            }
            else
            {
                names.Add(host);
            }
        }

        // "a.lan,b.lan" and "a.lan b.lan" both name two hosts.
        names.UnionWith(extraNames.SelectMany(n => n.Split(',')).Select(Normalize).Where(n => n.Length > 0));
    }

    public bool Allows(string host) => names.Contains(Normalize(host));

    /// <summary>The names, for the message that refuses another one.</summary>
    public override string ToString() => string.Join(", ", names.Order(StringComparer.Ordinal));

    /// <summary>Lower case, without the brackets of an IPv6 address or a trailing dot ('localhost.' is 'localhost').</summary>
    private static string Normalize(string host) => host.Trim().Trim('[', ']').TrimEnd('.').ToLowerInvariant();

    private static string? HostOf(string url)
    {
        // Kestrel accepts '*' and '+' as "every address"; Uri does not.
        var start = url.IndexOf("://", StringComparison.Ordinal);
        var rest = start < 0 ? url : url[(start + 3)..];
        if (rest.StartsWith('*') || rest.StartsWith('+'))
        {
            return "*";
        }

        return Uri.TryCreate(url, UriKind.Absolute, out var uri) ? Normalize(uri.Host) : null;
    }

    private static List<string> MachineAddresses()
    {
        try
        {
            return NetworkInterface.GetAllNetworkInterfaces()
                .SelectMany(i => i.GetIPProperties().UnicastAddresses)
                .Select(a => a.Address.IsIPv6LinkLocal ? new IPAddress(a.Address.GetAddressBytes()) : a.Address)
                .Select(a => a.ToString())
                .Append(Dns.GetHostName())
                .ToList();
        }
        catch (NetworkInformationException)
        {
            return [];
        }
    }
}
