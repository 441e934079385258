using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using Atalaya.Core.Contract;

namespace Atalaya.Storage.Tests.Support;

/// <summary>Contract documents built by hand: small invented news texts, hashed like the pipeline does (SHA-256 of UTF-8, lower hex).</summary>
internal static class Documents
{
    public static ContractDocument Create(string id, string text, string language = "es", string? source = null) => new()
    {
        Id = id,
        Source = source ?? $"/corpus/{id}.txt",
        Language = language,
        LanguageConfidence = 0.5,
        Title = text.Split('\n')[0],
        Published = "2025-04-03",
        Byline = "Lucía Ferrer",
        Boilerplate = [new ContractSpan { Start = 0, End = 4, Text = text[..4] }],
        ContentHash = Hash(text),
        Text = text,
    };

    /// <summary>A distinct short article for each number.</summary>
    public static ContractDocument Numbered(int number, string prefix = "doc", string language = "es") =>
        Create($"{prefix}-{number:D5}", $"Nota {prefix} {number}\n\nLa policía de San Telmo informó del incidente número {number} en la carretera estatal.", language);

    /// <summary>A document of its own (the store and the corpus builder change what they are given).</summary>
    public static ContractDocument Copy(ContractDocument document)
        => JsonSerializer.Deserialize(JsonSerializer.Serialize(document, ContractJsonContext.Default.ContractDocument), ContractJsonContext.Default.ContractDocument)!;

    public static string Hash(string text) => Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text)));
}
