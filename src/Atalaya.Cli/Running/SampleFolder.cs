namespace Atalaya.Cli.Running;

/// <summary>The bundled sample articles (samples/articles): next to the program, or in the repository above the data folder.</summary>
internal static class SampleFolder
{
    public static string Locate(string dataDirectory)
    {
        var candidates = new[]
        {
            Environment.GetEnvironmentVariable("ATALAYA_SAMPLES"),
            Path.Combine(AppContext.BaseDirectory, "samples"),
            Path.Combine(Path.GetDirectoryName(Path.GetFullPath(dataDirectory).TrimEnd(Path.DirectorySeparatorChar)) ?? ".", "samples"),
        };
        var folder = candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && Directory.Exists(c));
        return folder is not null
            ? Path.Combine(folder, "articles")
            : throw new DirectoryNotFoundException("the bundled samples/ folder is missing; set ATALAYA_SAMPLES");
    }
}
