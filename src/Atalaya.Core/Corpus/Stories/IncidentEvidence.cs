namespace Atalaya.Core.Corpus.Stories;

/// <summary>What a feature two documents share says about their reporting one incident, beside a shared incident signature.</summary>
internal enum IncidentEvidence : byte
{
    /// <summary>Little: a country, a state, a group (few, and in many incidents), a number (tolls of one size recur).</summary>
    None,

    /// <summary>Much: a person or a place, which few incidents of one day share.</summary>
    Identifies,
}

/// <summary>How closely two documents share an incident.</summary>
internal enum SharedIncident
{
    None,

    /// <summary>The same type in one state on the same or the next day, one of them placing it in the state only.</summary>
    InState,

    /// <summary>One town on the same or the next day.</summary>
    InTown,

    /// <summary>One type of incident in one town on the same or the next day.</summary>
    InTownSameType,

    /// <summary>A rare means of attack (an aircraft, a car bomb) in one state on the same or the next day.</summary>
    InStateSameMeans,
}
