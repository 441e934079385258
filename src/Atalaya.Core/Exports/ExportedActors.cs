using Atalaya.Core.Contract;

namespace Atalaya.Core.Exports;

/// <summary>One actor of an event as the exports show it: a display name and a category.</summary>
internal sealed record ActorView(string Name, string? Category);

/// <summary>
/// An event's actors by ACLED role. ACLED has one actor1 and one actor2; when the contract lists
/// more than one for a role, the first is the actor and the others join the associated actors.
/// </summary>
internal sealed class ExportedActors
{
    private ExportedActors(ActorView? actor1, ActorView? actor2, List<ActorView> associated1, List<ActorView> associated2)
    {
        Actor1 = actor1;
        Actor2 = actor2;
        Associated1 = associated1;
        Associated2 = associated2;
    }

    public ActorView? Actor1 { get; }

    public ActorView? Actor2 { get; }

    public IReadOnlyList<ActorView> Associated1 { get; }

    public IReadOnlyList<ActorView> Associated2 { get; }

    public static ExportedActors Of(ContractEvent @event, CorpusIndex index)
    {
        var country = index.CountryOf(@event);
        List<ActorView> ofRole(string role) => @event.Actors
            .Where(a => a.Role == role)
            .Select(a => View(a, index, country))
            .Where(v => v.Name.Length > 0)
            .ToList();

        var actors1 = ofRole("actor1");
        var actors2 = ofRole("actor2");
        return new ExportedActors(
            actors1.FirstOrDefault(),
            actors2.FirstOrDefault(),
            [.. actors1.Skip(1), .. ofRole("assoc_actor_1")],
            [.. actors2.Skip(1), .. ofRole("assoc_actor_2")]);
    }

    /// <summary>All actor names in role order (actor1, its associates, actor2, its associates), each once.</summary>
    public IReadOnlyList<string> Names()
        => new[] { Actor1 }.Concat(Associated1).Append(Actor2).Concat(Associated2)
            .OfType<ActorView>()
            .Select(a => a.Name)
            .Distinct(StringComparer.Ordinal)
            .ToList();

    /// <summary>A named actor shows its entity's name (or the name an analyst gave it); an unnamed group (or an entity id the corpus lacks) an ACLED-style label.</summary>
    private static ActorView View(ContractActor actor, CorpusIndex index, Country? country)
    {
        var entity = index.Entity(actor.Entity);
        var category = actor.Category ?? entity?.Kind;
        var name = entity is { Name.Length: > 0 } ? entity.Name : actor.Name is { Length: > 0 } given ? given : ActorLabels.For(category, country);
        return new ActorView(name, category);
    }
}
