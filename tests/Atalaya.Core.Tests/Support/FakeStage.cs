using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Tests.Support;

/// <summary>A configurable stage for pipeline tests: declares keys and runs an action.</summary>
internal sealed class FakeStage : IStage
{
    private readonly Action<AnalyzedDocument, CancellationToken> process;

    public FakeStage(string name, AnnotationKey[] requires, AnnotationKey[] assigns, Action<AnalyzedDocument, CancellationToken>? process = null)
    {
        Name = name;
        Requires = requires;
        Assigns = assigns;
        this.process = process ?? ((document, _) =>
        {
            foreach (var key in assigns.OfType<AnnotationKey<string>>())
            {
                document.Set(key, name);
            }
        });
    }

    public string Name { get; }

    public IReadOnlyList<AnnotationKey> Requires { get; }

    public IReadOnlyList<AnnotationKey> Assigns { get; }

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation) => process(document, cancellation);
}

/// <summary>String annotation keys for pipeline tests.</summary>
internal static class Keys
{
    public static readonly AnnotationKey<string> Alpha = new("alpha");
    public static readonly AnnotationKey<string> Beta = new("beta");
    public static readonly AnnotationKey<string> Gamma = new("gamma");
}
