using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Claims;

/// <summary>Runs the standard pipeline with the shipped data on an invented article and returns its claims.</summary>
internal static class ClaimAnalysis
{
    public const string Published = "2024-03-12";

    public static IReadOnlyList<DocumentClaim> Run(string text, string? published = Published)
        => Some.Pipeline.Analyze(Some.Document(text, published: published)).Document.Get(Annotations.Claims).Claims;

    /// <summary>The one claim with <paramref name="attribute"/>; fails listing every claim found otherwise.</summary>
    public static DocumentClaim Single(string text, string attribute, string? published = Published)
    {
        var claims = Run(text, published);
        var matching = claims.Where(c => c.Attribute == attribute).ToList();
        Assert.True(matching.Count == 1, $"expected one {attribute}, found: {string.Join("; ", claims.Select(Describe))}");
        return matching[0];
    }

    public static string Describe(DocumentClaim c) => $"{c.Subject.Name} {c.Attribute}={c.Value} as_of={c.AsOf}";
}
