using Atalaya.Core.Documents;

namespace Atalaya.Core.Pipeline;

/// <summary>
/// A source document plus the annotations the stages have written so far. Each annotation is
/// written once, by the stage that declares it in <see cref="IStage.Assigns"/>.
/// </summary>
public sealed class AnalyzedDocument
{
    private readonly Dictionary<AnnotationKey, object> annotations = [];

    public AnalyzedDocument(SourceDocument source)
    {
        Source = source;
        annotations[Annotations.SourceText] = source;
    }

    public SourceDocument Source { get; }

    public string Text => Source.Text;

    public IEnumerable<AnnotationKey> Keys => annotations.Keys;

    public bool Has(AnnotationKey key) => annotations.ContainsKey(key);

    public T Get<T>(AnnotationKey<T> key)
        where T : notnull
        => annotations.TryGetValue(key, out var value)
            ? (T)value
            : throw new InvalidOperationException($"annotation '{key.Name}' has not been assigned");

    public T? GetOrDefault<T>(AnnotationKey<T> key)
        where T : class
        => annotations.TryGetValue(key, out var value) ? (T)value : null;

    public void Set<T>(AnnotationKey<T> key, T value)
        where T : notnull
    {
        if (!annotations.TryAdd(key, value))
        {
            throw new InvalidOperationException($"annotation '{key.Name}' is already assigned");
        }
    }
}
