using Atalaya.Core.Contract;
using Atalaya.Storage.Workbench;

namespace Atalaya.Storage.Alerts;

/// <summary>An event with what its conditions are tested on: its actors' names and its articles.</summary>
internal sealed record EventFacts(ContractEvent Event, IReadOnlyList<ActorNames> Actors, IReadOnlyList<EventArticle> Articles);

internal sealed record ActorNames(string Id, string Name, IReadOnlyList<string> Aliases);

internal sealed record EventArticle(string Id, string? Title, string Text, string? Url, string Source, string Language, string? Published);

/// <summary>
/// Whether an event answers a saved question. Names compare as the workbench's name search does
/// (case and accents ignored, <see cref="NameFolding"/>), so "michoacan" finds Michoacán; the actor is
/// an entity id (E12) or one of its names or aliases; the query's words must all be in one of the
/// event's articles.
/// </summary>
internal static class AlertMatching
{
    public static bool Matches(AlertConditions conditions, EventFacts facts)
    {
        var reported = facts.Event;
        if (conditions.MinFatalities is { } least && (reported.Fatalities ?? 0) < least)
        {
            return false;
        }

        if (conditions.Type is { } type
            && !type.Equals(reported.Type, StringComparison.OrdinalIgnoreCase)
            && !type.Equals(reported.Subtype, StringComparison.OrdinalIgnoreCase))
        {
            return false;
        }

        if (conditions.State is { } state && (reported.Location?.Admin1 is not { } admin1 || NameFolding.Fold(admin1) != NameFolding.Fold(state)))
        {
            return false;
        }

        if (conditions.Language is { } language && !facts.Articles.Any(a => a.Language.Equals(language, StringComparison.OrdinalIgnoreCase)))
        {
            return false;
        }

        if (conditions.Actor is { } actor)
        {
            var folded = NameFolding.Fold(actor);
            if (!facts.Actors.Any(a => a.Id == actor || NameFolding.Fold(a.Name) == folded || a.Aliases.Any(alias => NameFolding.Fold(alias) == folded)))
            {
                return false;
            }
        }

        if (conditions.Query is { } query)
        {
            var words = NameFolding.Fold(query).Split(' ', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
            return facts.Articles.Any(article =>
            {
                var text = NameFolding.Fold((article.Title ?? "") + "\n" + article.Text);
                return words.All(word => text.Contains(word, StringComparison.Ordinal));
            });
        }

        return true;
    }

    /// <summary>One line naming the event: type, place, date and count.</summary>
    public static string Title(ContractEvent reported, AlertKind kind, int? previous)
    {
        var where = string.Join(", ", new[] { reported.Location?.Place, reported.Location?.Admin1, reported.Location?.Country }
            .Where(p => !string.IsNullOrEmpty(p)).Distinct(StringComparer.Ordinal));
        var head = $"{reported.Type} ({reported.Subtype})"
            + (where.Length > 0 ? $" in {where}" : "")
            + (reported.Date is { } date ? $", {date}" : "");
        var count = reported.Fatalities is { } dead ? $"{dead} killed" : "no fatalities reported";
        return kind == AlertKind.Update
            ? $"Update: {head}: fatalities {(previous?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none")} -> {reported.Fatalities?.ToString(System.Globalization.CultureInfo.InvariantCulture) ?? "none"}"
            : $"{head}: {count}";
    }
}
