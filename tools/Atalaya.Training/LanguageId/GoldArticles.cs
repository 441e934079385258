using System.Text.Json;
using Atalaya.Core.Stages.Ingest;

namespace Atalaya.Training.LanguageId;

/// <summary>Ids and gold languages of the gold files' documents that are found among the given inputs.</summary>
internal static class GoldArticles
{
    public static IReadOnlyList<(string Id, string Gold)> Read(IReadOnlyList<string> goldFiles, IReadOnlyList<string> inputs)
    {
        var languages = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in goldFiles)
        {
            using var json = JsonDocument.Parse(File.ReadAllText(file));
            foreach (var document in json.RootElement.GetProperty("documents").EnumerateArray())
            {
                languages[document.GetProperty("id").GetString()!] = document.GetProperty("language").GetString()!;
            }
        }

        var result = new List<(string, string)>();
        foreach (var item in new DocumentReader().Read(inputs))
        {
            if (item.Document is { } document && languages.TryGetValue(document.Id, out var language))
            {
                result.Add((document.Id, language));
            }
        }

        return result;
    }
}
