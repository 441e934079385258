using System.Globalization;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Events.Dates;

/// <summary>
/// What a phrase of date_phrases.tsv does, once folded. A phrase listed under several kinds keeps
/// them all; the reader asks for the role it needs where it stands.
/// </summary>
internal sealed record DateEntry
{
    public static DateEntry None { get; } = new();

    /// <summary>For a fixed relative phrase ("ayer", "last week"): day, week, month or year.</summary>
    public string? OffsetUnit { get; init; }

    public int Offset { get; init; }

    /// <summary>Monday 1 … Sunday 7; 0 when no weekday.</summary>
    public int Weekday { get; init; }

    /// <summary>-1 for "last" words, 0 for "this" words, +1 for "next" words, null otherwise.</summary>
    public int? Modifier { get; init; }

    public bool AgoBefore { get; init; }

    public bool AgoAfter { get; init; }

    /// <summary>The unit of time of a unit word: day, week, month or year.</summary>
    public string? Unit { get; init; }

    /// <summary>early, mid or late for a part of a month or year ("a principios de", "Ende").</summary>
    public string? Part { get; init; }

    public DateEntry With(DatePhrase phrase) => phrase.Kind switch
    {
        "weekday" => this with { Weekday = Number(phrase.Value) },
        "day" or "week" or "month" or "year" => this with { OffsetUnit = phrase.Kind, Offset = Number(phrase.Value) },
        "last" => this with { Modifier = -1 },
        "this" => this with { Modifier = 0 },
        "next" => this with { Modifier = 1 },
        "ago_before" => this with { AgoBefore = true },
        "ago_after" => this with { AgoAfter = true },
        "unit" => this with { Unit = phrase.Value },
        "part" => this with { Part = phrase.Value },
        _ => this,
    };

    private static int Number(string value)
        => int.TryParse(value, NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var number) ? number : 0;
}
