using Atalaya.Core.Documents;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events;

namespace Atalaya.Core.Stages.Claims;

/// <summary>
/// Figures about a person or a group, each marked by a cue: a reward and its agency, a group's
/// revenue, founding year, members, presence in US states and road blockades, a person's birth
/// year and age ("Name, 54,", "de 59 años", "54 år gammel"), a place's population ("41 millones
/// de habitantes"). A founding told as a relative year ("vor fünf Jahren") takes the year the date
/// reader resolves against the publication date.
/// </summary>
internal sealed class EntityFigures(string text, ClaimSubjects subjects, IReadOnlyDictionary<string, DemonymPlace> demonyms)
{
    private const int MinAge = 12;
    private const int MaxAge = 110;

    /// <summary>Fewer people than this are a count of residents of some incident ("5 residents"), not a place's population.</summary>
    private const int MinPopulation = 1000;

    /// <summary>How far from its cue, in tokens, a year or an amount may stand.</summary>
    private const int CueReach = 20;

    /// <summary>Event triggers in whose sentences a count of members is a count of victims or detainees, not of a group's size.</summary>
    private static readonly HashSet<string> CountedEvents = new(StringComparer.Ordinal) { "kill", "dead", "injure", "arrest", "kidnap", "disappear" };

    public void Read(ClaimSentence sentence, ClaimWordsOfLanguage words, LazyDates dates, List<ClaimDraft> found)
    {
        var money = sentence.Has("reward") || sentence.Has("revenue") ? MoneyAmounts.Read(text, sentence, words) : null;
        if (money is not null)
        {
            Money(sentence, "reward", "reward_usd", money, found);
            Money(sentence, "revenue", "revenue_usd", money, found);
        }

        Year(sentence, "founded", "founded_year", dates, found);
        Year(sentence, "born", "birth_year", dates, found);
        Apposition(sentence, found);
        if (words.Templates.Count > 0 && sentence.Numbers.Count > 0)
        {
            foreach (var match in CueTemplates.Match(sentence, words, demonyms))
            {
                Template(sentence, match, found);
            }
        }
    }

    private void Money(ClaimSentence sentence, string cue, string attribute, List<Money> amounts, List<ClaimDraft> found)
    {
        if (sentence.Find(cue) is not { } at)
        {
            return;
        }

        Money? best = null;
        var bestDistance = CueReach + 1;
        foreach (var amount in amounts)
        {
            var distance = ClaimSentence.Distance(amount.Start, amount.End, at.Start, at.End);
            if (amount.Currency == "USD" && distance < bestDistance)
            {
                (best, bestDistance) = (amount, distance);
            }
        }

        if (best is not { } money)
        {
            return;
        }

        var subject = cue == "reward" ? subjects.Wanted(sentence, at.Start) : subjects.Group(sentence, at.Start);
        if (subject is not null)
        {
            var agency = cue == "reward" ? ClaimSubjects.Agency(sentence, at.Start) : null;
            found.Add(new ClaimDraft(subject, attribute, money.Value, "USD", money.Start, money.End, agency));
        }
    }

    private void Year(ClaimSentence sentence, string cue, string attribute, LazyDates dates, List<ClaimDraft> found)
    {
        if (sentence.Find(cue) is not { } at)
        {
            return;
        }

        if (!sentence.Numbers.Exists(n => NumberSlots.IsYear(sentence, n)))
        {
            RelativeYear(sentence, at, attribute, dates, found);
            return;
        }

        NumberSlot? best = null;
        var bestDistance = CueReach + 1;
        foreach (var number in sentence.Numbers)
        {
            var distance = ClaimSentence.Distance(number.Start, number.End, at.Start, at.End);
            if (NumberSlots.IsYear(sentence, number) && distance < bestDistance)
            {
                (best, bestDistance) = (number, distance);
            }
        }

        if (best is not { } year)
        {
            return;
        }

        var subject = cue == "born" ? subjects.Person(sentence, year.Start) : subjects.Group(sentence, year.Start);
        if (subject is not null)
        {
            found.Add(new ClaimDraft(subject, attribute, year.Value, null, year.Start, year.End));
        }
    }

    /// <summary>
    /// "Appeared five years ago", "vor fünf Jahren gegründet": no year written, a date of a whole year
    /// near the cue (the date reader resolves it against the publication date; without one it reads none).
    /// </summary>
    private void RelativeYear(ClaimSentence sentence, WordMatch at, string attribute, LazyDates dates, List<ClaimDraft> found)
    {
        foreach (var date in dates.All)
        {
            var start = sentence.TokenAt(date.Span.Start);
            var end = sentence.TokenAt(date.Span.End - 1) + 1;
            if (date.Date.Precision != DatePrecision.Year || ClaimSentence.Distance(start, end, at.Start, at.End) > CueReach)
            {
                continue;
            }

            var subject = attribute == "birth_year" ? subjects.Person(sentence, start) : subjects.Group(sentence, start);
            if (subject is not null)
            {
                found.Add(new ClaimDraft(subject, attribute, date.Date.Year, null, start, end));
            }

            return;
        }
    }

    /// <summary>"Name, 54, was …" and "Name (54)": a person's age in apposition.</summary>
    private void Apposition(ClaimSentence sentence, List<ClaimDraft> found)
    {
        foreach (var mention in sentence.Mentions)
        {
            if (mention.Entity.Type != "PER")
            {
                continue;
            }

            var after = sentence.TokenAt(mention.Span.End);
            if (after + 2 >= sentence.Tokens.Count || sentence.Tokens[after + 1].Kind != Documents.TokenKind.Number)
            {
                continue;
            }

            var (open, close) = (sentence.Words[after], sentence.Words[after + 2]);
            if (!((open == "," && close is "," or "." or ";") || (open == "(" && close == ")")))
            {
                continue;
            }

            if (int.TryParse(sentence.Tokens[after + 1].Span.AsSpan(text), System.Globalization.CultureInfo.InvariantCulture, out var age) && age is >= MinAge and <= MaxAge)
            {
                found.Add(new ClaimDraft(mention.Entity, "age", age, null, after + 1, after + 2));
            }
        }
    }

    private void Template(ClaimSentence sentence, TemplateMatch match, List<ClaimDraft> found)
    {
        var value = match.Number.Value;
        switch (match.Cue)
        {
            case "age" when value is >= MinAge and <= MaxAge && !NumberSlots.IsYear(sentence, match.Number):
                if ((match.IsApposition ? NamedBefore(sentence, match.Start) : subjects.Person(sentence, match.Start)) is { } person)
                {
                    found.Add(new ClaimDraft(person, "age", value, null, match.Number.Start, match.Number.End));
                }

                break;
            case "members" when value > 1 && !sentence.Triggers.Exists(t => CountedEvents.Contains(t.Code)):
                Group(sentence, match, "members", found);
                break;
            case "population" when value >= MinPopulation && !sentence.IsRateBase(match.Number) && !sentence.Triggers.Exists(t => CountedEvents.Contains(t.Code)):
                if (subjects.NamedPlace(sentence, match.Start) is { } place)
                {
                    found.Add(new ClaimDraft(place, "population", value, null, match.Number.Start, match.Number.End));
                }

                break;
            case "points" when sentence.HasTrigger("blockade"):
                Group(sentence, match, "roadblock_points", found);
                break;
            case "states" when sentence.HasTrigger("blockade"):
                Group(sentence, match, "roadblock_states", found);
                break;
            case "states" when sentence.Has("presence") && NamesUnitedStates(sentence, match):
                Group(sentence, match, "us_states_present", found);
                break;
        }
    }

    /// <summary>The person named right before ", &lt;n&gt;": "Juan Pérez, 45 años,".</summary>
    private static DocumentEntity? NamedBefore(ClaimSentence sentence, int number)
    {
        if (number < 2 || sentence.Words[number - 1] != ",")
        {
            return null;
        }

        var nameEnd = sentence.Tokens[number - 2].Span.End;
        return sentence.Mentions.Find(m => m.Entity.Type == "PER" && m.Span.End == nameEnd).Entity;
    }

    private void Group(ClaimSentence sentence, TemplateMatch match, string attribute, List<ClaimDraft> found)
    {
        if (subjects.Group(sentence, match.Start) is { } group)
        {
            found.Add(new ClaimDraft(group, attribute, match.Number.Value, null, match.Number.Start, match.Number.End));
        }
    }

    /// <summary>"50 American states", "20 estados de Estados Unidos": the states are the United States'.</summary>
    private bool NamesUnitedStates(ClaimSentence sentence, TemplateMatch match)
        => CueTemplates.CountriesBetween(sentence, match, demonyms).Contains("US")
            || sentence.Mentions.Exists(m => m.Entity.Geo is { Country: "US", Kind: Geo.PlaceKinds.Country });
}
