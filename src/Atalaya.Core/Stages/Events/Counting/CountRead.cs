namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>What reading at one token gave: a count or none, and the token to go on from (past a year or a time that is no count).</summary>
internal readonly record struct CountRead(Quantity? Quantity, int Next)
{
    public static CountRead Nothing(int next) => new(null, next);
}
