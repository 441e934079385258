using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Net.Sockets;
using System.Security.Cryptography;

namespace Atalaya.Tests.Common;

/// <summary>
/// A real PostgreSQL server for one test run: initdb into a temporary folder, a free port on
/// 127.0.0.1, its unix socket inside that folder, stopped and deleted on dispose. Clients connect
/// over TCP with a password (as a team's server would ask for one); the fixture itself uses the
/// socket. A machine without the server binaries fails the tests that need it (never skips them).
/// </summary>
public sealed class PostgresServer : IDisposable
{
    public const string User = "atalaya";

    private static readonly TimeSpan Generous = TimeSpan.FromMinutes(3);
    private readonly TempFolder folder = new();
    private readonly string binaries;
    private readonly string data;
    private readonly string socket;
    private readonly string? runAs;
    private int databases;
    private bool stopped;

    public PostgresServer()
        : this(durable: false)
    {
    }

    /// <param name="durable">
    /// Keep PostgreSQL's default durability (fsync, synchronous commit): for measurements compared
    /// with SQLite; tests turn it off, their data lives for one run.
    /// </param>
    private PostgresServer(bool durable)
    {
        binaries = FindBinaries(Environment.GetEnvironmentVariable("PATH") ?? "", "/usr/lib/postgresql");
        runAs = Environment.IsPrivilegedProcess ? UnprivilegedUser() : null;
        Password = "pw-" + Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(8));
        data = folder.File("data");
        socket = folder.Folder("socket");

        // initdb refuses to run as root: the server runs as an unprivileged user, who needs to write here.
        OpenToEveryone(folder.Path);
        OpenToEveryone(socket);
        var passwordFile = folder.Write("password", Password);
        OpenToEveryone(passwordFile);
        try
        {
            Run("initdb", "-D", data, "-U", User, "--pwfile", passwordFile, "--auth-local=trust", "--auth-host=scram-sha-256", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync");
            File.Delete(passwordFile);
            Port = FreePort();

            var options = string.Create(CultureInfo.InvariantCulture, $"-p {Port} -h 127.0.0.1 -k {socket} -c max_connections=200")
                + (durable ? "" : " -c fsync=off -c synchronous_commit=off -c full_page_writes=off");
            Run("pg_ctl", "start", "-w", "-t", ((int)Generous.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-D", data, "-l", folder.File("server.log"), "-o", options);
        }
        catch
        {
            Dispose();
            throw;
        }

        AppDomain.CurrentDomain.ProcessExit += (_, _) => Dispose();
    }

    public int Port { get; private set; }

    /// <summary>A server with PostgreSQL's default durability, for measurements.</summary>
    public static PostgresServer Durable() => new(durable: true);

    /// <summary>The password of <see cref="User"/>: random per server, so a test can look for it in messages.</summary>
    public string Password { get; }

    /// <summary>A new empty database; returns its name.</summary>
    public string CreateDatabase()
    {
        var name = string.Create(CultureInfo.InvariantCulture, $"test_{Environment.ProcessId}_{Interlocked.Increment(ref databases)}");
        Run("createdb", "-h", socket, "-p", Port.ToString(CultureInfo.InvariantCulture), "-U", User, name);
        return name;
    }

    /// <summary>The URI of a database on this server, as a user writes it for --db.</summary>
    public string Uri(string database) => string.Create(CultureInfo.InvariantCulture, $"postgresql://{User}:{Password}@127.0.0.1:{Port}/{database}");

    /// <summary>The URI of a new empty database.</summary>
    public string NewDatabaseUri() => Uri(CreateDatabase());

    /// <summary>
    /// Stops the server the hard way (as a crash would: no shutdown checkpoint, clients cut off) and
    /// starts it again on the same port with the same options; returns once it accepts connections.
    /// </summary>
    public void RestartImmediately()
        => Run("pg_ctl", "restart", "-w", "-m", "immediate", "-t", ((int)Generous.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-D", data, "-l", folder.File("server.log"));

    public void Dispose()
    {
        lock (folder)
        {
            if (stopped)
            {
                return;
            }

            stopped = true;
            if (Directory.Exists(Path.Combine(data, "global")) && File.Exists(Path.Combine(data, "postmaster.pid")))
            {
                try
                {
                    Run("pg_ctl", "stop", "-w", "-m", "immediate", "-t", ((int)Generous.TotalSeconds).ToString(CultureInfo.InvariantCulture), "-D", data);
                }
                catch (InvalidOperationException)
                {
                    // A server that is already gone leaves only its folder to delete.
                }
            }

            folder.Dispose();
        }
    }

    private void Run(string program, params string[] arguments)
    {
        var start = new ProcessStartInfo
        {
            FileName = runAs is null ? Path.Combine(binaries, program) : "runuser",
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (runAs is not null)
        {
            foreach (var argument in new[] { "-u", runAs, "--", Path.Combine(binaries, program) })
            {
                start.ArgumentList.Add(argument);
            }
        }

        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"cannot start {program}");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(Generous))
        {
            process.Kill(entireProcessTree: true);
            throw new InvalidOperationException($"{program} did not finish within {Generous.TotalMinutes} minutes");
        }

        if (process.ExitCode != 0)
        {
            var log = folder.File("server.log");
            var serverLog = File.Exists(log) ? File.ReadAllText(log) : "";
            throw new InvalidOperationException($"{program} failed ({process.ExitCode}): {error.Result}{output.Result}{serverLog}");
        }
    }

    /// <summary>
    /// The folder of initdb and pg_ctl: on <paramref name="path"/> first, then in the versioned folders
    /// of Debian's postgresql package (<paramref name="versions"/>/15/bin), newest first.
    /// </summary>
    /// <exception cref="InvalidOperationException">None found; one line saying what to install.</exception>
    public static string FindBinaries(string path, string versions)
    {
        var candidates = path.Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(folder => File.Exists(Path.Combine(folder, "initdb")) ? ResolvedFolder(Path.Combine(folder, "initdb")) : null)
            .Concat(Directory.Exists(versions)
                ? Directory.GetDirectories(versions).OrderByDescending(VersionOf).Select(v => Path.Combine(v, "bin"))
                : []);
        return candidates.FirstOrDefault(folder => folder is not null && File.Exists(Path.Combine(folder, "pg_ctl")) && File.Exists(Path.Combine(folder, "createdb")))
            ?? throw new InvalidOperationException("PostgreSQL server binaries (initdb, pg_ctl) not found on PATH or in /usr/lib/postgresql/*/bin: install Debian's postgresql package (apt-get install postgresql)");
    }

    /// <summary>The folder of the real program behind a symbolic link (a wrapper on PATH may point into the versioned folder).</summary>
    private static string? ResolvedFolder(string program)
        => Path.GetDirectoryName(new FileInfo(program).ResolveLinkTarget(returnFinalTarget: true)?.FullName ?? program);

    private static int VersionOf(string folder) => int.TryParse(Path.GetFileName(folder), NumberStyles.None, CultureInfo.InvariantCulture, out var version) ? version : 0;

    private static string UnprivilegedUser()
        => File.ReadLines("/etc/passwd").Any(line => line.StartsWith("postgres:", StringComparison.Ordinal)) ? "postgres" : "nobody";

    private static void OpenToEveryone(string path)
    {
        if (!OperatingSystem.IsWindows())
        {
            File.SetUnixFileMode(path, (UnixFileMode)0b111_111_111);
        }
    }

    private static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }
}
