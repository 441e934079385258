using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Groups the mentions of one document into entities: the same knowledge-base entity; the same
/// name; an acronym introduced in parentheses after a name; a nickname joined to a name by an
/// alias cue ("alias", "known as", "bijnaam"); a partial person name inside a fuller one
/// ("Oseguera Cervantes" in "Nemesio Oseguera Cervantes"); a misspelling within a small edit
/// distance of another name of the same type or of the knowledge base. Never merges two different
/// knowledge-base entities.
/// </summary>
internal sealed class EntityResolver
{
    // "El Cuervo’, bijnaam van hun leider Ramón ...": a few characters of punctuation before the cue, a few words after it.
    private const int MaxCueGap = 8;
    private const int MaxCueReach = 30;

    private readonly string text;
    private readonly List<Mention> mentions;
    private readonly EntitySources sources;
    private readonly int[] parent;

    private EntityResolver(string text, List<Mention> mentions, EntitySources sources)
    {
        this.text = text;
        this.mentions = mentions;
        this.sources = sources;
        parent = [.. Enumerable.Range(0, mentions.Count)];
        rootKb = [.. mentions.Select(m => m.Kb?.Id)];
        folded = [.. mentions.Select(m => TextFolding.Fold(m.Span.AsSpan(text)))];
    }

    // The knowledge-base id of each group, kept at its root; folded mention texts, computed once.
    private readonly string?[] rootKb;
    private readonly string[] folded;

    public static List<DocumentEntity> Resolve(string text, List<Mention> mentions, EntitySources sources, IReadOnlyList<AliasCue> cues)
    {
        mentions.Sort((a, b) => a.Span.Start.CompareTo(b.Span.Start));
        var resolver = new EntityResolver(text, mentions, sources);
        resolver.JoinSameNames();
        resolver.JoinDeclared();
        resolver.JoinAliasCues(cues);
        resolver.JoinNicknamesInApposition();
        resolver.JoinPartialNames();
        resolver.LinkWithheldSurnames();
        resolver.JoinMisspellings();
        return resolver.Build();
    }

    private void JoinSameNames()
    {
        // A key is a kind and a value: the kind "kb" with the entity's id, or a name under "name" (no
        // knowledge-base entity) or under its type (a linked mention). Pairs, not joined strings: no string per mention.
        var byKey = new Dictionary<(string Kind, string Value), int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kb is { } kb)
            {
                JoinOnKey(byKey, ("kb", kb.Id), i);
            }

            // The same words are the same entity even when the tagger typed one mention differently
            // (a town the tagger called ORG in a headline, found as a place in the body).
            var name = TextFolding.FoldWord(mention.Span.AsSpan(text));
            JoinOnKey(byKey, (mention.Kb is null ? "name" : mention.Type, name), i);
        }
    }

    private void JoinOnKey(Dictionary<(string Kind, string Value), int> byKey, (string Kind, string Value) key, int mention)
    {
        if (byKey.TryGetValue(key, out var other))
        {
            Union(other, mention);
        }
        else
        {
            byKey[key] = mention;
        }
    }

    private void JoinDeclared()
    {
        var index = new Dictionary<Mention, int>(ReferenceEqualityComparer.Instance);
        for (var i = 0; i < mentions.Count; i++)
        {
            index.TryAdd(mentions[i], i);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].SameAs is { } other && index.TryGetValue(other, out var j))
            {
                Union(j, i);
            }
        }
    }

    /// <summary>"José Antonio Yépez, alias El Toro" and "El Toro, bijnaam van Yépez": the mentions on both sides of a cue are one.</summary>
    private void JoinAliasCues(IReadOnlyList<AliasCue> cues)
    {
        foreach (var cue in cues)
        {
            var before = mentions.FindLastIndex(m => m.Span.End <= cue.Span.Start && cue.Span.Start - m.Span.End <= MaxCueGap);
            var after = mentions.FindIndex(m => m.Span.Start >= cue.Span.End && m.Span.Start - cue.Span.End <= MaxCueReach);
            if (before >= 0 && after >= 0 && Compatible(before, after)
                && (mentions[before].Type == mentions[after].Type || mentions[before].Type == "MISC" || mentions[after].Type == "MISC"))
            {
                Union(before, after);
            }
        }
    }

    private const int MaxAppositionGap = 6;
    private static readonly System.Buffers.SearchValues<char> AppositionPunctuation = System.Buffers.SearchValues.Create(" \u00a0,-–—'\"‘’“”«»„‚()");

    /// <summary>
    /// "Rogelio Manzanares, 'El Flaco'," and "'El Flaco' - Rogelio Manzanares": a quoted nickname next to a
    /// person's name, with nothing but punctuation between, is that person's.
    /// </summary>
    private void JoinNicknamesInApposition()
    {
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Source != "nickname")
            {
                continue;
            }

            foreach (var j in new[] { i - 1, i + 1 })
            {
                if (j < 0 || j >= mentions.Count || mentions[j].Type != "PER" || mentions[j].Source == "nickname" || !Compatible(i, j))
                {
                    continue;
                }

                var (from, to) = j < i ? (mentions[j].Span.End, mentions[i].Span.Start) : (mentions[i].Span.End, mentions[j].Span.Start);
                if (to - from <= MaxAppositionGap && text.AsSpan(from, to - from).IndexOfAnyExcept(AppositionPunctuation) < 0)
                {
                    Union(j, i);
                    break;
                }
            }
        }
    }

    /// <summary>
    /// An unlinked person mention whose words run inside exactly one fuller person name belongs to
    /// it, the knowledge base's full name of a linked mention included ("(Ramón) Ibarra Soto"). So
    /// does a lone surname the tagger typed otherwise ("Montalvo"), and one written by ear
    /// ("Vasques" for the "Vázquez" of "Ramiro Vázquez"), when exactly one person fits.
    /// </summary>
    /// <summary>"José Antonio “N”" in a document about his group: the one person of the knowledge base with those given names.</summary>
    private void LinkWithheldSurnames()
    {
        HashSet<string>? named = null;
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type != "PER" || GroupKb(i) is not null || WithheldSurnames.WithheldGiven(mentions[i].Span.AsSpan(text)) is not { } given
                || sources.Withheld.OnlyPersonNamed(given) is not { } person)
            {
                continue;
            }

            named ??= [.. mentions.Select(m => m.Kb?.Id).OfType<string>()];
            var self = mentions.FindIndex(m => m.Kb == person);
            if (self >= 0)
            {
                Union(self, i);
            }
            else if (person.MemberOf is { } group && named.Contains(group))
            {
                mentions[i] = mentions[i] with { Kb = person };
                rootKb[Find(i)] = person.Id;
            }
        }
    }

    private void JoinPartialNames()
    {
        var people = DistinctPeople();
        if (people.Count == 0)
        {
            return;
        }

        var names = new Dictionary<int, List<List<string>>>(people.Count);
        foreach (var person in people)
        {
            names[person] = FullNames(person);
        }

        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            if (mention.Kb is not null
                || !(mention.Type == "PER" || (mention.Source == "tagger" && mention.Places.Count == 0) || IsMinorPlace(mention)))
            {
                continue;
            }

            var words = WordsOf(i);
            if (words.Count == 0 || (mention.Type != "PER" && words.Count > 1))
            {
                continue;
            }

            // A town's name is a person's only as that person's surname ("Ixtlán" after "Marcos Ixtlán").
            var fuller = IsMinorPlace(mention)
                ? Fitting(people, names, i, name => name.Count > 1 && name[^1] == words[0])
                : Fitting(people, names, i, name => name.Count > words.Count && Contains(name, words));
            if (fuller.Count == 0 && words.Count == 1 && mention.Type == "PER")
            {
                fuller = Fitting(people, names, i, name => name.Skip(1).Any(w => NameSimilarity.SoundAlike(w, words[0])));
            }

            if (fuller.Count == 1)
            {
                Union(fuller[0], i);
            }
        }
    }

    /// <summary>One person mention per group and name (and entity): the others fit exactly the same partial names.</summary>
    private List<int> DistinctPeople()
    {
        var seen = new HashSet<PersonKey>();
        var people = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            if (mentions[i].Type == "PER" && seen.Add(new PersonKey(Find(i), WordsOf(i), mentions[i].Kb?.Id)))
            {
                people.Add(i);
            }
        }

        return people;
    }

    /// <summary>A person's group, words and entity, compared by the words' content without joining them into a string.</summary>
    private readonly record struct PersonKey(int Group, List<string> Words, string? Kb)
    {
        public bool Equals(PersonKey other)
            => Group == other.Group && Kb == other.Kb && System.Runtime.InteropServices.CollectionsMarshal.AsSpan(Words).SequenceEqual(System.Runtime.InteropServices.CollectionsMarshal.AsSpan(other.Words));

        public override int GetHashCode()
        {
            var hash = HashCode.Combine(Group, Kb);
            foreach (var word in Words)
            {
                hash = HashCode.Combine(hash, word);
            }

            return hash;
        }
    }

    private static bool IsMinorPlace(Mention mention)
        => mention.Type == "LOC" && mention.Kb is null && mention.Places.Count > 0 && !PlaceMentions.IsProminent(mention.Places[0], words: 1);

    private List<List<string>> FullNames(int person)
        => mentions[person].Kb is { } kb ? [WordsOf(person), sources.CanonicalWords(kb)] : [WordsOf(person)];

    // The folded words of each mention, tokenized once.
    private readonly Dictionary<int, List<string>> mentionWords = [];

    private List<string> WordsOf(int mention)
    {
        if (!mentionWords.TryGetValue(mention, out var words))
        {
            mentionWords[mention] = words = WordSequence.OfName(mentions[mention].Text(text));
        }

        return words;
    }

    /// <summary>The groups (other than the partial name's own) of the people with a name that <paramref name="fits"/>, each once, in order.</summary>
    private List<int> Fitting(List<int> people, Dictionary<int, List<List<string>>> names, int partial, Func<List<string>, bool> fits)
    {
        var groups = new List<int>();
        foreach (var person in people)
        {
            if (person != partial && AnyFits(names[person], fits) && Find(person) is var group && group != Find(partial) && !groups.Contains(group))
            {
                groups.Add(group);
            }
        }

        return groups;
    }

    private static bool AnyFits(List<List<string>> names, Func<List<string>, bool> fits)
    {
        foreach (var name in names)
        {
            if (fits(name))
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>
    /// "Ruelas Bustamente", "Montalbo": within one or two edits of a name of the same type (or of
    /// any type, when only the tagger typed both); "FUDM": an acronym one letter off another
    /// acronym of the document or of an entity the document names.
    /// </summary>
    private void JoinMisspellings()
    {
        var distinct = DistinctMentions();
        foreach (var i in distinct)
        {
            if (mentions[i].Kb is not null)
            {
                continue;
            }

            var name = folded[i];
            // Three-letter acronyms one letter apart are often different bodies (FGE, FGR).
            var acronym = name.Length is >= 4 and <= 7 && NameShape.IsAllCapitals(mentions[i].Span.AsSpan(text));
            if (name.Length < 5 && !acronym)
            {
                continue;
            }

            foreach (var j in distinct)
            {
                // The name tests first: they fail at once for nearly every pair (another first letter),
                // and this loop runs over every pair of mentions.
                if (i != j
                    && (name.Length >= 5 && folded[j].Length > 0 && folded[j][0] == name[0] && SameKind(i, j) && Similar(mentions[i].Type, name, folded[j])
                        || acronym && mentions[j].Type == mentions[i].Type && NameSimilarity.OneLetterOff(name, folded[j])
                        || acronym && mentions[j].Kb is { } kb && AcronymsOf(kb).Any(a => NameSimilarity.OneLetterOff(name, a)))
                    && Find(i) != Find(j) && Compatible(i, j))
                {
                    Union(j, i);
                }
            }
        }
    }

    /// <summary>
    /// The first mention of each kind the misspelling test can tell apart: same group, folded name,
    /// type, tagger-only shape, knowledge-base entry and capitals. A later mention of a kind already
    /// seen can join nothing the first did not (groups only grow, and a group that gains an entity
    /// only becomes less compatible), so comparing the first ones only gives the same groups while
    /// the cost follows the distinct names, not the length of the document.
    /// </summary>
    private List<int> DistinctMentions()
    {
        var seen = new HashSet<(int Group, string Folded, string Type, bool TaggerOnly, string? Kb, bool Capitals)>();
        var distinct = new List<int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var mention = mentions[i];
            var kind = (Find(i), folded[i], mention.Type, mention.Source == "tagger" && mention.Places.Count == 0, mention.Kb?.Id,
                NameShape.IsAllCapitals(mention.Span.AsSpan(text)));
            if (seen.Add(kind))
            {
                distinct.Add(i);
            }
        }

        return distinct;
    }

    private static bool Similar(string type, string a, string b)
        => type == "PER" ? NameSimilarity.ClosePersonNames(a, b) : NameSimilarity.Close(a, b);

    private bool SameKind(int a, int b)
        => mentions[a].Type == mentions[b].Type
            || (mentions[a].Source == "tagger" && mentions[b].Source == "tagger" && mentions[a].Places.Count == 0 && mentions[b].Places.Count == 0);

    private static IEnumerable<string> AcronymsOf(KbEntity entity)
        => entity.Aliases.Where(a => a.Length <= 7 && NameShape.IsAllCapitals(a) && a.All(char.IsLetter)).Select(a => TextFolding.Fold(a));

    /// <summary>Countries the document names, itself or through one of its states.</summary>
    private HashSet<string> DocumentCountries => documentCountries ??= [.. mentions
        .Where(m => m.Source == "gazetteer" && m.Places is [{ Kind: "country" or "admin1" }, ..])
        .Select(m => m.Places[0].Point.Country)];

    private HashSet<string>? documentCountries;

    private List<DocumentEntity> Build()
    {
        var entities = new List<DocumentEntity>();
        var townsTypedPeople = new List<DocumentEntity>();
        foreach (var group in Groups())
        {
            var members = new List<Mention>(group.Count);
            foreach (var i in group)
            {
                members.Add(mentions[i]);
            }

            var kb = FirstLinked(members) ?? LinkByMisspelling(group);
            var type = kb?.Type
                ?? (members.Exists(m => m.Source == LocalityMentions.Source) ? "LOC" : null)
                ?? (members.Count(m => m.Source == "gazetteer") > members.Count(m => m.Type == "PER") ? "LOC" : null)
                ?? MostCommonType(members);
            // A town the tagger typed a person is the town of a country the document is about; "David" alone stays a person.
            var retyped = false;
            if (type == "PER" && kb is null && group.TrueForAll(i => !folded[i].Contains(' ', StringComparison.Ordinal))
                && members.Exists(m => m.Places.Any(p => DocumentCountries.Contains(p.Point.Country))))
            {
                type = "LOC";
                retyped = true;
            }

            var entity = new DocumentEntity
            {
                Type = type,
                Name = kb?.Name ?? LongestText(members),
                KbId = kb?.Id,
                ExternalId = kb?.Qid,
                Kind = kb?.Kind,
            };
            AddDistinctSpans(members, entity.Mentions);
            entities.Add(entity);
            if (retyped)
            {
                townsTypedPeople.Add(entity);
            }
        }

        PlaceResolver.Geocode(text, entities, mentions);

        // "Ibarrola informó": a word the tagger read as a person, a town only elsewhere than the
        // states the document is about, is the person after all (the town was left unplaced).
        foreach (var entity in townsTypedPeople)
        {
            if (entity.Geo is null)
            {
                entity.Type = "PER";
            }
        }

        ForeignPlaces.DropWeak(text, entities, mentions);
        MisspeltPlaces.Geocode(text, entities, mentions, sources.Places);
        LocalityPlaces.Locate(text, entities, mentions);

        return entities;
    }

    /// <summary>
    /// The mentions of each entity, groups in the order of their first mention. Mentions are sorted by
    /// start, so a group's first member is also its earliest: the order of first members is the text's.
    /// </summary>
    private List<List<int>> Groups()
    {
        var slotOfRoot = new int[mentions.Count];
        Array.Fill(slotOfRoot, -1);
        var groups = new List<List<int>>();
        for (var i = 0; i < mentions.Count; i++)
        {
            var root = Find(i);
            if (slotOfRoot[root] < 0)
            {
                slotOfRoot[root] = groups.Count;
                groups.Add([]);
            }

            groups[slotOfRoot[root]].Add(i);
        }

        return groups;
    }

    private static KbEntity? FirstLinked(List<Mention> members)
    {
        foreach (var member in members)
        {
            if (member.Kb is not null)
            {
                return member.Kb;
            }
        }

        return null;
    }

    /// <summary>The type most members have; on a tie, one that is not MISC, then the first written.</summary>
    private static string MostCommonType(List<Mention> members)
    {
        string? best = null;
        var bestCount = 0;
        for (var i = 0; i < members.Count; i++)
        {
            var type = members[i].Type;
            if (members.FindIndex(0, i, m => m.Type == type) >= 0)
            {
                continue;
            }

            var count = members.Count(m => m.Type == type);
            if (best is null || count > bestCount || (count == bestCount && best == "MISC" && type != "MISC"))
            {
                (best, bestCount) = (type, count);
            }
        }

        return best!;
    }

    /// <summary>The longest text of the members, the first written among equals.</summary>
    private string LongestText(List<Mention> members)
    {
        var longest = members[0];
        foreach (var member in members)
        {
            longest = member.Span.Length > longest.Span.Length ? member : longest;
        }

        return longest.Text(text);
    }

    private static void AddDistinctSpans(List<Mention> members, List<TextSpan> spans)
    {
        foreach (var member in members)
        {
            if (!spans.Contains(member.Span))
            {
                spans.Add(member.Span);
            }
        }
    }

    /// <summary>An unlinked name within a small edit distance of a knowledge-base name of the same type.</summary>
    private KbEntity? LinkByMisspelling(List<int> group)
    {
        // The knowledge base lists people and organizations only.
        if (!group.Any(i => mentions[i].Type is "PER" or "ORG"))
        {
            return null;
        }

        foreach (var i in group.Where(i => mentions[i].Type is "PER" or "ORG").DistinctBy(i => (mentions[i].Type, folded[i])))
        {
            var member = mentions[i];
            var name = folded[i];

            // "Cártel Santa Rosa de Lima" is "Cártel de Santa Rosa de Lima": the same content words.
            if (name.Contains(' ', StringComparison.Ordinal) && sources.ByContentKey.TryGetValue(member.Type + ":" + sources.ContentKey(WordsOf(i)), out var same))
            {
                return same;
            }

            if (name.Length < 6)
            {
                continue;
            }

            if (sources.MisspeltNames.Get(member.Type + ":" + name, _ => ClosestKnownName(member.Type, name)) is { } known)
            {
                return known;
            }
        }

        return null;
    }

    /// <summary>The first knowledge-base name of the type within a misspelling of <paramref name="name"/>, if any.</summary>
    private KbEntity? ClosestKnownName(string type, string name)
    {
        if (sources.FoldedNames.TryGetValue(EntitySources.SimilarNamesKey(type, name), out var names))
        {
            foreach (var (folded, entity) in names)
            {
                if (Similar(type, name, folded))
                {
                    return entity;
                }
            }
        }

        return null;
    }

    private bool Compatible(int a, int b)
    {
        var ka = GroupKb(a);
        var kb = GroupKb(b);
        return ka is null || kb is null || ka == kb;
    }

    private string? GroupKb(int index) => rootKb[Find(index)];

    private static bool Contains(List<string> whole, List<string> part)
    {
        var parts = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(part);
        var wholes = System.Runtime.InteropServices.CollectionsMarshal.AsSpan(whole);
        for (var start = 0; start + parts.Length <= wholes.Length; start++)
        {
            if (wholes.Slice(start, parts.Length).SequenceEqual(parts))
            {
                return true;
            }
        }

        return false;
    }

    private int Find(int i)
    {
        while (parent[i] != i)
        {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }

        return i;
    }

    private void Union(int a, int b)
    {
        var ra = Find(a);
        var rb = Find(b);
        if (ra != rb)
        {
            var root = Math.Min(ra, rb);
            rootKb[root] = rootKb[ra] ?? rootKb[rb];
            parent[Math.Max(ra, rb)] = root;
        }
    }
}

/// <summary>Where an alias cue ("alias", "known as") stands in the text.</summary>
internal readonly record struct AliasCue(TextSpan Span);
