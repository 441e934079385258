namespace Atalaya.Cli.Tests;

/// <summary>The fictional end-to-end articles (tests/data/e2e), copied to the test output under testdata/.</summary>
public static class TestData
{
    public static string E2eArticles => Path.Combine(AppContext.BaseDirectory, "testdata", "e2e", "articles");

    /// <summary>Documents in e2e/articles, and how many distinct contents (one file is a byte-identical copy).</summary>
    public const int E2eDocuments = 11;

    public const int E2eDistinctContents = 10;

    /// <summary>Ids expected from e2e/articles: file names without extension, or the JSON "id".</summary>
    public static readonly string[] E2eIds =
    [
        "bulletin-0001", "bulletin-0002", "de-schuesse-bergheim", "en-port-raid-puerto-celeste", "es-tiroteo-san-telmo",
        "es-tiroteo-san-telmo_copia", "feed-pt-0001", "feed-es-0002", "fr-enlevement-0001", "nb-brann-lagerhall", "nl-overval-geldtransport",
    ];
}
