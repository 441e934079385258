namespace Atalaya.Core.Stages.Events.Counting;

/// <summary>
/// Adds up number words one at a time, the way they are spoken: "treinta" "y" "dos" → 32,
/// "dos" "mil" "quinientos" → 2500, "drei" "und" "zwanzig" → 23, "one" "hundred" "and" "five" → 105.
/// A word that cannot continue the number (a second unit after "dos", a joiner with nothing after
/// it) is refused and the number ends before it.
/// </summary>
internal struct CompoundNumber
{
    private const long Thousand = 1000;

    private long total;
    private long current;
    private long lastUnit;
    private long lastBigScale;
    private bool pendingJoiner;

    /// <summary>Whether any word was taken.</summary>
    public bool HasValue { get; private set; }

    /// <summary>Whether a unit was taken: a scale alone ("ciento" of "por ciento") is no count.</summary>
    public bool HasUnit { get; private set; }

    /// <summary>Whether the last word taken was a joiner that still waits for its second half.</summary>
    public readonly bool EndsWithJoiner => pendingJoiner;

    public readonly long Value => total + current;

    /// <summary>Takes <paramref name="part"/> when it continues the number; leaves the number unchanged otherwise.</summary>
    public bool TryAdd(NumberPart part)
    {
        if (part.Joiner && !part.IsUnit && !part.IsScale)
        {
            if (!HasValue || pendingJoiner)
            {
                return false;
            }

            pendingJoiner = true;
            return true;
        }

        if (HasValue && part.IsScale)
        {
            return TryScale(part.Scale);
        }

        if (part.IsUnit)
        {
            return TryUnit(part.Unit);
        }

        return part.IsScale && TryScale(part.Scale);
    }

    /// <summary>Starts the number with a value written in digits ("5" of "5 millones").</summary>
    public void StartWith(long value)
    {
        current = value;
        lastUnit = value;
        HasValue = true;
        HasUnit = true;
    }

    private bool TryUnit(long unit)
    {
        if (!HasValue)
        {
            current = unit;
            lastUnit = unit;
            HasValue = true;
            HasUnit = true;
            return true;
        }

        if (!CanAppend(unit))
        {
            return false;
        }

        current += unit;
        lastUnit = unit;
        HasUnit = true;
        pendingJoiner = false;
        return true;
    }

    private readonly bool CanAppend(long unit)
    {
        if (unit <= 0)
        {
            return false;
        }

        if (current == 0)
        {
            // After "mil" or "thousand": anything smaller than that scale ("dos mil quinientos").
            return total > 0 && unit < lastBigScale;
        }

        // "veinte" + "uno", "ciento" + "veinte": the new unit fits in the zeros of what is there.
        if (unit < LowestPlace(current))
        {
            return true;
        }

        // "drei und zwanzig", "en og tyve": the unit comes first and the ten after the joiner.
        return pendingJoiner && lastUnit is >= 1 and <= 9 && current % 100 == lastUnit && unit % 10 == 0 && unit is >= 20 and <= 90;
    }

    private bool TryScale(long scale)
    {
        if (pendingJoiner)
        {
            return false;
        }

        if (scale < Thousand)
        {
            if (current >= scale)
            {
                return false;
            }

            current = Math.Max(current, 1) * scale;
        }
        else if (current == 0 && total > 0)
        {
            // "mil millones": a scale of a scale.
            if (total >= scale)
            {
                return false;
            }

            total *= scale;
        }
        else
        {
            if (lastBigScale > 0 && scale >= lastBigScale)
            {
                return false;
            }

            total += Math.Max(current, 1) * scale;
            current = 0;
            lastBigScale = scale;
        }

        lastUnit = 0;
        HasValue = true;
        return true;
    }

    private static long LowestPlace(long value)
    {
        long place = 1;
        while (value % (place * 10) == 0)
        {
            place *= 10;
        }

        return place;
    }
}
