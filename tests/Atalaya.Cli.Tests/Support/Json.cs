using System.Text.Json;

namespace Atalaya.Cli.Tests;

/// <summary>Reading the contract JSON the program wrote.</summary>
public static class Json
{
    public static JsonElement Parse(string text)
    {
        using var document = JsonDocument.Parse(text);
        return document.RootElement.Clone();
    }

    public static List<JsonElement> Lines(string text) =>
        [.. text.Split('\n', StringSplitOptions.RemoveEmptyEntries).Select(Parse)];

    public static List<JsonElement> Documents(JsonElement corpus) => [.. corpus.GetProperty("documents").EnumerateArray()];

    public static JsonElement ById(JsonElement corpus, string id) =>
        Documents(corpus).Single(d => d.GetProperty("id").GetString() == id);

    public static string? Text(JsonElement element, string name) => element.GetProperty(name).GetString();
}
