namespace Atalaya.Core.Resources;

/// <summary>
/// Finds the data folder (language packs, models, knowledge base): an explicit path, the
/// ATALAYA_DATA environment variable, the copy next to the executable, or a data/ folder
/// above the working directory.
/// </summary>
public static class DataDirectory
{
    public const string EnvironmentVariable = "ATALAYA_DATA";

    public static string Locate(string? explicitPath = null)
    {
        if (!string.IsNullOrEmpty(explicitPath))
        {
            return IsDataFolder(explicitPath)
                ? Path.GetFullPath(explicitPath)
                : throw new DirectoryNotFoundException($"{explicitPath}: not a data folder (no lang/ inside)");
        }

        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        if (!string.IsNullOrEmpty(fromEnvironment))
        {
            return Locate(fromEnvironment);
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Directory.GetCurrentDirectory() })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
            {
                var candidate = Path.Combine(dir.FullName, "data");
                if (IsDataFolder(candidate))
                {
                    return candidate;
                }
            }
        }

        throw new DirectoryNotFoundException(
            $"no data folder found next to {AppContext.BaseDirectory} or above {Directory.GetCurrentDirectory()}; set {EnvironmentVariable}");
    }

    private static bool IsDataFolder(string path) => Directory.Exists(Path.Combine(path, "lang"));
}
