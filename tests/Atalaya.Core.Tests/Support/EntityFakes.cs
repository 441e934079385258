using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Entities;

namespace Atalaya.Core.Tests.Support;

/// <summary>A gazetteer of a few places, for entity tests that must not load the real one.</summary>
internal sealed class FakePlaces((string Name, PlaceCandidate Place)[] places) : IPlaceNames
{
    public int MaxNameWords => 3;

    public IReadOnlyList<PlaceCandidate> Lookup(ReadOnlySpan<char> name)
    {
        var folded = Atalaya.Core.Internal.TextFolding.Fold(name);
        return [.. places.Where(p => Atalaya.Core.Internal.TextFolding.Fold(p.Name) == folded).Select(p => p.Place)
            .OrderBy(p => p.Kind == "admin1" ? 0 : 1).ThenByDescending(p => p.Population)];
    }

    public static PlaceCandidate Town(string name, string admin1, long population, long id = 1)
        => new(new GeoPoint(name, admin1, name, "MX", 19, -101, id), "city", population);
}

/// <summary>Tags every occurrence of the given names, as a statistical tagger would.</summary>
internal sealed class FakeTagger(params (string Name, string Type)[] names) : INamedEntityTagger
{
    public FakeTagger(string name, string type)
        : this((name, type))
    {
    }

    public IReadOnlyList<(TextSpan Span, string Type, double Confidence)> Tag(string text, IReadOnlyList<TextSpan> tokens, string language)
    {
        var found = new List<(TextSpan, string, double)>();
        if (tokens.Count == 0)
        {
            return found;
        }

        var sentence = new TextSpan(tokens[0].Start, tokens[^1].End);
        foreach (var (name, type) in names)
        {
            var at = text.IndexOf(name, sentence.Start, sentence.Length, StringComparison.Ordinal);
            while (at >= 0)
            {
                found.Add((new TextSpan(at, at + name.Length), type, 0.9));
                at = text.IndexOf(name, at + name.Length, sentence.End - (at + name.Length), StringComparison.Ordinal);
            }
        }

        found.Sort((a, b) => a.Item1.Start.CompareTo(b.Item1.Start));
        return found;
    }
}

/// <summary>Runs the standard pipeline with a test knowledge base, gazetteer and tagger.</summary>
internal static class EntityAnalysis
{
    public static DocumentEntities Run(string text, KnowledgeBase kb, IPlaceNames places, INamedEntityTagger? tagger = null)
    {
        var resources = AtalayaResources.ForEntities(Some.Resources, kb, places, tagger);
        var result = StandardPipeline.Create(resources).Analyze(Some.Document(text));
        Assert.Empty(result.Failures);
        return result.Document.Get(Annotations.Entities);
    }
}
