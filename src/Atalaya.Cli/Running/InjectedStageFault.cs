using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;

namespace Atalaya.Cli.Running;

/// <summary>
/// Makes one stage throw on purpose, for the end-to-end tests of how stage failures are reported:
/// <c>ATALAYA_FAIL_STAGE=events:WORD</c> makes the events stage throw on every document whose text
/// contains WORD. A real failure cannot be summoned on demand once the stages are fixed, and the
/// reporting must be tested through the real program, so the hook lives here and nowhere else.
/// </summary>
internal sealed class InjectedStageFault : IStage
{
    public const string Variable = "ATALAYA_FAIL_STAGE";

    private readonly IStage inner;
    private readonly string marker;

    private InjectedStageFault(IStage inner, string marker)
    {
        this.inner = inner;
        this.marker = marker;
    }

    public string Name => inner.Name;

    public IReadOnlyList<AnnotationKey> Requires => inner.Requires;

    public IReadOnlyList<AnnotationKey> Assigns => inner.Assigns;

    /// <summary>The decorator the environment asks for, or null when the variable is not set.</summary>
    public static Func<IStage, IStage>? FromEnvironment()
    {
        var value = Environment.GetEnvironmentVariable(Variable);
        var colon = value?.IndexOf(':', StringComparison.Ordinal) ?? -1;
        if (value is null || colon <= 0 || colon == value.Length - 1)
        {
            return null;
        }

        var stage = value[..colon];
        var marker = value[(colon + 1)..];
        return candidate => candidate.Name == stage ? new InjectedStageFault(candidate, marker) : candidate;
    }

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        if (document.Text.Contains(marker, StringComparison.Ordinal))
        {
            throw new InvalidOperationException($"fault injected by {Variable}");
        }

        inner.Process(document, resources, cancellation);
    }
}
