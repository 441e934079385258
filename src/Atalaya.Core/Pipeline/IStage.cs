using Atalaya.Core.Resources;

namespace Atalaya.Core.Pipeline;

/// <summary>
/// One analysis step. It declares what it reads (<see cref="Requires"/>) and writes
/// (<see cref="Assigns"/>); <see cref="Process"/> is pure apart from writing its annotations.
/// </summary>
public interface IStage
{
    /// <summary>A short lowercase name used in errors ("cleaning", "language").</summary>
    string Name { get; }

    IReadOnlyList<AnnotationKey> Requires { get; }

    IReadOnlyList<AnnotationKey> Assigns { get; }

    void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation);
}
