namespace Atalaya.Core.Pipeline;

/// <summary>The name of one kind of annotation a stage reads or writes; compared by name.</summary>
public abstract class AnnotationKey : IEquatable<AnnotationKey>
{
    protected AnnotationKey(string name) => Name = name;

    public string Name { get; }

    public abstract Type ValueType { get; }

    public bool Equals(AnnotationKey? other) => other is not null && other.Name == Name;

    public override bool Equals(object? obj) => Equals(obj as AnnotationKey);

    public override int GetHashCode() => Name.GetHashCode(StringComparison.Ordinal);

    public override string ToString() => Name;
}

/// <summary>A typed annotation key: stages get and set values of type <typeparamref name="T"/> with it.</summary>
public sealed class AnnotationKey<T> : AnnotationKey
    where T : notnull
{
    public AnnotationKey(string name)
        : base(name)
    {
    }

    public override Type ValueType => typeof(T);
}
