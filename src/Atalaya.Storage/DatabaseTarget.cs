using System.Globalization;
using Npgsql;

namespace Atalaya.Storage;

/// <summary>
/// Where a command's database is (its --db or ATALAYA_DB value): a PostgreSQL URI
/// (postgresql://user:password@host:port/database?sslmode=require, also postgres://) or else the
/// path of a SQLite file. <see cref="ToString"/> is the form to show: it never holds the password,
/// and neither does any message this class writes.
/// </summary>
public sealed class DatabaseTarget
{
    /// <summary>The environment variable read when no --db is given.</summary>
    public const string EnvironmentVariable = "ATALAYA_DB";

    private const int DefaultPort = 5432;
    private static readonly string[] Schemes = ["postgresql://", "postgres://"];

    private readonly string display;

    private DatabaseTarget(string display, string? sqlitePath, string? postgresConnectionString)
    {
        this.display = display;
        SqlitePath = sqlitePath;
        PostgresConnectionString = postgresConnectionString;
    }

    public bool IsPostgres => PostgresConnectionString is not null;

    /// <summary>The SQLite file, as given; null for a PostgreSQL target.</summary>
    public string? SqlitePath { get; }

    /// <summary>The Npgsql connection string (with the password: never show it); null for a SQLite file.</summary>
    internal string? PostgresConnectionString { get; }

    /// <summary>The --db value when given, else <see cref="EnvironmentVariable"/>, else null.</summary>
    public static DatabaseTarget? FromOptionOrEnvironment(string? option)
    {
        var location = string.IsNullOrEmpty(option) ? Environment.GetEnvironmentVariable(EnvironmentVariable) : option;
        return string.IsNullOrEmpty(location) ? null : Parse(location);
    }

    /// <exception cref="StoreException">A PostgreSQL URI that cannot be read; the message names it without its password.</exception>
    public static DatabaseTarget Parse(string location)
    {
        ArgumentNullException.ThrowIfNull(location);
        var scheme = Schemes.FirstOrDefault(s => location.StartsWith(s, StringComparison.OrdinalIgnoreCase));
        return scheme is null ? new DatabaseTarget(location, location, null) : ParseUri(location, scheme);
    }

    public override string ToString() => display;

    private static DatabaseTarget ParseUri(string location, string scheme)
    {
        var rest = location[scheme.Length..];
        var queryStart = rest.IndexOf('?', StringComparison.Ordinal);
        var query = queryStart < 0 ? "" : rest[(queryStart + 1)..];
        rest = queryStart < 0 ? rest : rest[..queryStart];

        // The user information ends at the last '@', so that an unescaped '@' or '/' in a password
        // still parses (and is never shown).
        var at = rest.LastIndexOf('@');
        var userInfo = at < 0 ? "" : rest[..at];
        var hostAndPath = at < 0 ? rest : rest[(at + 1)..];
        var colon = userInfo.IndexOf(':', StringComparison.Ordinal);
        var user = Decode(colon < 0 ? userInfo : userInfo[..colon]);
        var password = colon < 0 ? null : Decode(userInfo[(colon + 1)..]);

        var slash = hostAndPath.IndexOf('/', StringComparison.Ordinal);
        var hostPort = slash < 0 ? hostAndPath : hostAndPath[..slash];
        var database = slash < 0 ? "" : Decode(hostAndPath[(slash + 1)..]);
        var options = Options(query, out var queryPassword);
        password ??= queryPassword;
        var shown = scheme + (user.Length > 0 ? Uri.EscapeDataString(user) + "@" : "") + hostAndPath + ShownQuery(query);

        var (host, port) = HostAndPort(hostPort, shown);
        var builder = new NpgsqlConnectionStringBuilder
        {
            Host = options.Remove("host", out var socketHost) && host.Length == 0 ? socketHost : (host.Length == 0 ? "localhost" : host),
            Port = port,
            Database = database.Length > 0 ? database : (user.Length > 0 ? user : null),
            ApplicationName = "atalaya",

            // A store holds one connection for its whole life: a pool would only keep it open on the
            // server after the store is closed. Statements a store repeats are prepared once.
            Pooling = false,
            MaxAutoPrepare = 64,
            AutoPrepareMinUsages = 2,
        };
        if (user.Length > 0)
        {
            builder.Username = user;
        }

        if (password is not null)
        {
            builder.Password = password;
        }

        foreach (var (name, value) in options)
        {
            try
            {
                builder[LibpqNames.GetValueOrDefault(name, name)] = value;
            }
            catch (ArgumentException)
            {
                throw new StoreException($"{shown}: unknown connection option '{name}'");
            }
            catch (FormatException)
            {
                throw new StoreException($"{shown}: invalid value for connection option '{name}'");
            }
        }

        return new DatabaseTarget(shown, null, builder.ConnectionString);
    }

    /// <summary>libpq's names of the options users copy from other tools, in Npgsql's words.</summary>
    private static readonly Dictionary<string, string> LibpqNames = new(StringComparer.OrdinalIgnoreCase)
    {
        ["sslmode"] = "SSL Mode",
        ["connect_timeout"] = "Timeout",
        ["application_name"] = "Application Name",
        ["target_session_attrs"] = "Target Session Attributes",
        ["sslrootcert"] = "Root Certificate",
        ["sslcert"] = "SSL Certificate",
        ["sslkey"] = "SSL Key",
        ["options"] = "Options",
    };

    private static Dictionary<string, string> Options(string query, out string? password)
    {
        password = null;
        var options = new Dictionary<string, string>(StringComparer.OrdinalIgnoreCase);
        foreach (var pair in query.Split('&', StringSplitOptions.RemoveEmptyEntries))
        {
            var equals = pair.IndexOf('=', StringComparison.Ordinal);
            var name = Decode(equals < 0 ? pair : pair[..equals]);
            var value = equals < 0 ? "" : Decode(pair[(equals + 1)..]);
            if (name.Equals("password", StringComparison.OrdinalIgnoreCase))
            {
                password = value;
            }
            else
            {
                options[name] = value;
            }
        }

        return options;
    }

    /// <summary>The query as shown: every option but a password.</summary>
    private static string ShownQuery(string query)
    {
        var kept = query.Split('&', StringSplitOptions.RemoveEmptyEntries)
            .Where(pair => !Decode(pair.Split('=')[0]).Equals("password", StringComparison.OrdinalIgnoreCase))
            .ToList();
        return kept.Count == 0 ? "" : "?" + string.Join('&', kept);
    }

    private static (string Host, int Port) HostAndPort(string hostPort, string shown)
    {
        string host;
        string? port;
        if (hostPort.StartsWith('['))
        {
            // An IPv6 address: [::1]:5432.
            var close = hostPort.IndexOf(']', StringComparison.Ordinal);
            if (close < 0)
            {
                throw new StoreException($"{shown}: unclosed '[' in the host");
            }

            host = hostPort[1..close];
            port = close + 1 < hostPort.Length && hostPort[close + 1] == ':' ? hostPort[(close + 2)..] : null;
        }
        else
        {
            var colon = hostPort.LastIndexOf(':');
            host = Decode(colon < 0 ? hostPort : hostPort[..colon]);
            port = colon < 0 ? null : hostPort[(colon + 1)..];
        }

        if (string.IsNullOrEmpty(port))
        {
            return (host, DefaultPort);
        }

        if (!int.TryParse(port, NumberStyles.None, CultureInfo.InvariantCulture, out var number) || number is < 1 or > 65535)
        {
            throw new StoreException($"{shown}: invalid port '{port}'");
        }

        return (host, number);
    }

    private static string Decode(string text) => Uri.UnescapeDataString(text);
}
