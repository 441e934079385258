using Atalaya.Core.Documents;

namespace Atalaya.Core.Stages.Entities.Ner;

/// <summary>A named entity found by <see cref="NerTagger"/>: its span over the text, its type (PER, ORG, LOC, MISC) and a 0–1 confidence.</summary>
public readonly record struct NamedSpan(TextSpan Span, string Type, double Confidence);
