namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// "The governor said the clashes have left seven dead so far", "in una serie di scontri hanno perso la vita
/// sette persone": dead told of several clashes are a total over a wave of violence. Told after an incident
/// with a count of its own they are not that incident's; told first ("clashes between cartels leave eleven
/// dead") they are the only figure the story has and stay.
/// </summary>
internal static class WaveTotals
{
    public static bool TellsOfSeveralIncidents(Events.SentenceView sentence)
    {
        if (sentence.SeveralIncidents.Count == 0)
        {
            return false;
        }

        foreach (var word in sentence.Words)
        {
            if (sentence.SeveralIncidents.Contains(word))
            {
                return true;
            }
        }

        return false;
    }
}
