namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// Words after a number that make it a percentage or a clock time. They are the same few
/// spellings across the languages read here, so one short list serves them all.
/// </summary>
internal static class NonCountMarkers
{
    private static readonly FoldedTable<bool> Percent = new(
        new[] { "percent", "per cent", "pct", "por ciento", "por cento", "pour cent", "per cento", "percento", "prozent", "procent", "prosent" }
            .Select(w => KeyValuePair.Create(w, true)));

    private static readonly FoldedTable<bool> Clock = new(
        new[] { "am", "pm", "h", "hs", "hrs", "uhr", "horas", "hores", "heures", "ore", "uur", "timer" }
            .Select(w => KeyValuePair.Create(w, true)));

    private static readonly FoldedTable<bool> ClockBefore = new(
        new[] { "kl", "klo", "klockan", "a las", "a les" }.Select(w => KeyValuePair.Create(w, true)));

    /// <summary>Whether the folded word or two-word phrase after a number makes it a percentage.</summary>
    public static bool IsPercent(ReadOnlySpan<char> folded) => Percent.Contains(folded);

    /// <summary>Whether the folded word after a number makes it an hour ("a las 10 horas", "3 pm", "14 Uhr").</summary>
    public static bool IsClock(ReadOnlySpan<char> folded) => Clock.Contains(folded);

    /// <summary>Whether the folded word or two words before a number make it an hour ("kl. 14", "a las 10").</summary>
    public static bool IsClockBefore(ReadOnlySpan<char> folded) => ClockBefore.Contains(folded);
}
