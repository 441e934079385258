namespace Atalaya.Core.Resources;

/// <summary>
/// Everything the stages read and never write: language packs now, models, the knowledge base and
/// the gazetteer as they arrive. Loaded once per process and shared by all threads.
/// </summary>
public sealed class AtalayaResources
{
    private AtalayaResources(string dataDirectory, IReadOnlyDictionary<string, LanguagePack> languages)
    {
        DataDirectory = dataDirectory;
        Languages = languages;
        Boilerplate = new BoilerplateLexicon(languages.Values.SelectMany(pack => pack.Boilerplate));
        Dates = new DateLexicon(languages.Values);
        Bylines = new BylineLexicon(languages.Values);
    }

    public string DataDirectory { get; }

    public IReadOnlyDictionary<string, LanguagePack> Languages { get; }

    /// <summary>Boilerplate phrases of all languages: cleaning runs before the language is known.</summary>
    public BoilerplateLexicon Boilerplate { get; }

    public DateLexicon Dates { get; }

    public BylineLexicon Bylines { get; }

    public static AtalayaResources Load(string? dataDirectory = null)
    {
        var root = Resources.DataDirectory.Locate(dataDirectory);
        var languages = new SortedDictionary<string, LanguagePack>(StringComparer.Ordinal);
        foreach (var folder in Directory.EnumerateDirectories(Path.Combine(root, "lang")).Order(StringComparer.Ordinal))
        {
            var pack = LanguagePack.Load(folder);
            languages[pack.Code] = pack;
        }

        return new AtalayaResources(root, languages);
    }

    /// <summary>Resources built in memory (tests, tools); <paramref name="packs"/> stand for data/lang.</summary>
    public static AtalayaResources FromPacks(IEnumerable<LanguagePack> packs)
        => new("(memory)", packs.ToDictionary(pack => pack.Code, StringComparer.Ordinal));
}
