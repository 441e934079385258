namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// What one word or phrase of numbers.tsv can do. A word listed under several kinds keeps them all
/// ("mil" is a unit alone and a scale after "dos"); -1 marks a kind it does not have.
/// </summary>
internal readonly record struct NumberPart(long Unit, long Scale, long Vague, bool Joiner)
{
    public static NumberPart None { get; } = new(-1, -1, -1, false);

    public bool IsUnit => Unit >= 0;

    public bool IsScale => Scale > 0;

    public bool IsVague => Vague > 0;

    public NumberPart With(string kind, int value) => kind switch
    {
        "unit" => this with { Unit = value },
        "scale" => this with { Scale = value },
        "vague" => this with { Vague = value },
        "and" => this with { Joiner = true },
        _ => this,
    };
}
