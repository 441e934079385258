using System.Globalization;
using Atalaya.Core.Documents;
using Atalaya.Core.Internal;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// "Amecca, Jalisco", "Tacambro (Michoacán)": a place the tagger found that the gazetteer
/// lacks is a known town written with one letter wrong (left out, added, changed or two swapped)
/// when exactly one town of the state written right after it is that close. Names shorter than <see cref="MinLetters"/>
/// are left alone: one edit turns a short word into too many others.
/// </summary>
internal static class MisspeltPlaces
{
    private const int MinLetters = 7;

    /// <summary>How many characters after the name its state may start: "Ojo Sarco, Jalisco", "Ojo Sarco, en el estado de Jalisco".</summary>
    private const int StateReach = 30;

    private const string Letters = "abcdefghijklmnopqrstuvwxyz";

    public static void Geocode(string text, List<DocumentEntity> entities, List<Mention> mentions, IPlaceNames? places)
    {
        if (places is null)
        {
            return;
        }

        HashSet<string>? states = null;
        foreach (var entity in entities)
        {
            if (entity.Type != "LOC" || entity.Geo is not null || entity.KbId is not null || entity.Mentions.Count == 0
                || NameShape.Letters(entity.Mentions[0].AsSpan(text)) < MinLetters)
            {
                continue;
            }

            states ??= [];
            states.Clear();
            foreach (var state in entities.Where(e => e.Geo is { Kind: "admin1", Admin1: not null }))
            {
                if (state.Mentions.Any(s => entity.Mentions.Any(m => s.Start >= m.End && s.Start - m.End <= StateReach)))
                {
                    states.Add(state.Geo!.Admin1!);
                }
            }

            // The state next to the name first: it is rare, and the locality test reads every mention.
            if (states.Count == 0 || mentions.Any(m => m.Source == LocalityMentions.Source && entity.Mentions.Contains(m.Span)))
            {
                continue;
            }

            var written = TextFolding.Fold(entity.Mentions[0].AsSpan(text));
            if (written.Count(char.IsLetter) < MinLetters)
            {
                continue;
            }

            var found = OneEditAwayKnown(written, places).Where(p => p.Kind is "admin2" or "city" && p.Point.Admin1 is { } admin1 && states.Contains(admin1))
                .DistinctBy(p => p.Point.Admin2 + "|" + p.Point.Admin1)
                .ToList();
            if (found.Count == 1)
            {
                entity.Geo = found[0].Point;
                entity.ExternalId = found[0].Point.GeonamesId > 0 ? found[0].Point.GeonamesId.ToString(CultureInfo.InvariantCulture) : null;
            }
        }
    }

    /// <summary>Distinct names remembered per gazetteer: a few megabytes at most.</summary>
    private const int RememberedNames = 20_000;

    // One memo per gazetteer: the same unknown name comes back in article after article, and
    // trying every edit of it costs some 50 lookups per letter.
    private static readonly System.Runtime.CompilerServices.ConditionalWeakTable<IPlaceNames, BoundedMemo<PlaceCandidate[]>> Remembered = [];

    private static PlaceCandidate[] OneEditAwayKnown(string word, IPlaceNames places)
        => Remembered.GetValue(places, _ => new BoundedMemo<PlaceCandidate[]>(RememberedNames)).Get(word, w => [.. OneEditAway(w, places)]);

    /// <summary>Every place whose name is one edit from <paramref name="word"/>: a letter deleted, inserted, replaced, or two neighbours swapped.</summary>
    private static IEnumerable<PlaceCandidate> OneEditAway(string word, IPlaceNames places)
    {
        var buffer = new char[word.Length + 1];
        for (var i = 0; i < word.Length; i++)
        {
            // Deleted: "Tacámbaro" written as "Tacambro".
            foreach (var p in places.Lookup(string.Concat(word.AsSpan(0, i), word.AsSpan(i + 1))))
            {
                yield return p;
            }

            if (i + 1 < word.Length && word[i] != word[i + 1])
            {
                var swapped = word.ToCharArray();
                (swapped[i], swapped[i + 1]) = (swapped[i + 1], swapped[i]);
                foreach (var p in places.Lookup(swapped))
                {
                    yield return p;
                }
            }
        }

        for (var i = 0; i <= word.Length; i++)
        {
            foreach (var letter in Letters)
            {
                // Replaced: "Amecca" for "Ameca"; inserted: a letter the writer left out.
                if (i < word.Length && char.IsLetter(word[i]) && letter != word[i])
                {
                    word.CopyTo(0, buffer, 0, word.Length);
                    buffer[i] = letter;
                    foreach (var p in places.Lookup(buffer.AsSpan(0, word.Length)))
                    {
                        yield return p;
                    }
                }

                word.CopyTo(0, buffer, 0, i);
                buffer[i] = letter;
                word.CopyTo(i, buffer, i + 1, word.Length - i);
                foreach (var p in places.Lookup(buffer.AsSpan(0, word.Length + 1)))
                {
                    yield return p;
                }
            }
        }
    }
}
