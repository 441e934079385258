namespace Atalaya.Core.Documents;

/// <summary>
/// One numeric fact a document states about an entity: a reward offered for a person, a group's
/// founding year or yearly revenue, a person's age, a tally of victims in a place.
/// </summary>
/// <param name="Subject">Who or what the figure is about: the person, the organization, or the place a tally is counted in.</param>
/// <param name="Attribute">snake_case: reward_usd, revenue_usd, age, birth_year, founded_year, members, police_killed_total, homicides_ytd …</param>
/// <param name="Unit">"USD" for money, null for counts and years.</param>
/// <param name="AsOf">The date the text gives for the figure, else the publication date, else null.</param>
/// <param name="Evidence">The sentence the figure was read from.</param>
/// <param name="Agency">Who offers a reward (a state department, an agency), when the sentence names it.</param>
/// <param name="Since">Where a tally starts when the text says ("since 2018", "between 2018 and 2024"); null otherwise.</param>
public sealed record DocumentClaim(
    DocumentEntity Subject,
    string Attribute,
    double Value,
    string? Unit,
    PartialDate? AsOf,
    TextSpan Evidence,
    DocumentEntity? Agency = null,
    PartialDate? Since = null);

/// <summary>The claims of a document, in text order.</summary>
public sealed class DocumentClaims
{
    public static readonly DocumentClaims None = new([]);

    public DocumentClaims(IReadOnlyList<DocumentClaim> claims) => Claims = claims;

    public IReadOnlyList<DocumentClaim> Claims { get; }
}
