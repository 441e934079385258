using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Events;

/// <summary>The sides of an event: armed groups, state forces, civilians.</summary>
internal enum Side
{
    Armed,
    State,
    Civilian,
}

/// <summary>A named organization or an unnamed group of a sentence, with its side.</summary>
internal sealed record Party(DocumentEntity? Entity, string Category, Side Side, TextSpan Span);
