namespace Atalaya.Web;

/// <summary>What the operator chose for one workbench server.</summary>
public sealed record WorkbenchOptions
{
    /// <summary>The loopback address the server binds to unless told otherwise.</summary>
    public const string DefaultUrls = "http://127.0.0.1:5080";

    /// <summary>The environment variable holding the key that write requests must present.</summary>
    public const string ApiKeyVariable = "ATALAYA_API_KEY";

    /// <summary>The SQLite database written by 'atalaya ingest'.</summary>
    public required string DatabasePath { get; init; }

    public string Urls { get; init; } = DefaultUrls;

    /// <summary>Key required by POST /api/documents; null refuses every write (403).</summary>
    public string? ApiKey { get; init; }

    /// <summary>Data folder for the analysis of posted documents; null: the installed one or ATALAYA_DATA.</summary>
    public string? DataDirectory { get; init; }

    /// <summary>Wraps each analysis stage of posted documents (the CLI's fault injection for end-to-end tests); null: the stages as they are.</summary>
    public Func<Atalaya.Core.Pipeline.IStage, Atalaya.Core.Pipeline.IStage>? WrapStage { get; init; }

    /// <summary>Host names to answer besides the loopback names and the addresses in <see cref="Urls"/> (e.g. a name in a reverse proxy).</summary>
    public IReadOnlyList<string> AllowedHosts { get; init; } = [];

    /// <summary>The largest request body accepted (413 beyond): a 16-million-character text with room for JSON escapes.</summary>
    public long MaxRequestBodyBytes { get; init; } = 32 * 1024 * 1024;

    /// <summary>Folder of the pages; null: wwwroot next to the program.</summary>
    public string? WebRoot { get; init; }
}
