using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities;

/// <summary>A candidate mention before resolution: where, what type, and what it may be linked to.</summary>
internal sealed record Mention(TextSpan Span, string Type, KbEntity? Kb, IReadOnlyList<PlaceCandidate> Places, string Source, int Sentence)
{
    /// <summary>Another mention this one is known to name too (an acronym introduced after a name).</summary>
    public Mention? SameAs { get; init; }

    public string Text(string text) => Span.Slice(text);
}
