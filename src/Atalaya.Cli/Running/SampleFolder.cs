namespace Atalaya.Cli.Running;

/// <summary>The bundled sample corpus: next to the program, or in the repository above the data folder.</summary>
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
        return candidates.FirstOrDefault(c => !string.IsNullOrEmpty(c) && Directory.Exists(c))
            ?? throw new DirectoryNotFoundException("the bundled samples/ folder is missing; set ATALAYA_SAMPLES");
    }
}
