using Atalaya.Core.Contract;
using Atalaya.Core.Corpus.State;

namespace Atalaya.Core.Corpus.Duplicates;

/// <summary>
/// Finds, for each document in input order, the earliest earlier document with the same text
/// (same content hash) or nearly the same body in the same language: a syndicated copy of one wire
/// story under another headline or byline, with other page furniture, or with its last paragraph
/// trimmed. Near copies are found by MinHash over word shingles of the body, with LSH banding for
/// candidates, so that the cost per document does not grow with the corpus.
/// </summary>
/// <remarks>
/// A candidate is a copy when the estimated Jaccard similarity of the shingle sets is at least
/// <see cref="SameTextJaccard"/>: one edited sentence in ten leaves about 0.8 (each edit touches
/// five shingles), while two outlets writing up the same event share few five-word runs (below 0.3).
/// Otherwise what counts is which of the two came first. A later text that is nearly all
/// (<see cref="TrimmedCopyContainment"/>) inside an earlier one and keeps at least
/// <see cref="ExcerptKeeps"/> of it is a trimmed copy (a teaser, a paywalled or cut syndication): it
/// adds nothing. A later text that contains an earlier one is an update or an expansion, which adds
/// news, unless it adds little (the earlier keeps at least <see cref="TrimmedCopyKeeps"/> of it).
/// </remarks>
public sealed class NearDuplicateFinder
{
    public const double SameTextJaccard = 0.8;
    public const double TrimmedCopyContainment = 0.9;
    public const double TrimmedCopyKeeps = 0.7;
    public const double ExcerptKeeps = 0.5;

    // 32 bands of 4 rows: a pair becomes a candidate with probability 1-(1-J^4)^32, 0.9999 at J = 0.8,
    // 0.996 at J = 0.63 (the least similar trimmed update), 0.87 at J = 0.5 (the least similar
    // excerpt; shorter excerpts are rarely candidates at all), 0.18 at J = 0.25.
    private const int Bands = 32;
    private const int Rows = MinHashSignature.Length / Bands;

    // A copy needs some text to be recognized as one: under this many shingles only exact copies count.
    private const int MinimumShingles = 20;

    // Buckets keep their earliest members only: the originals are early, and a bucket of a thousand
    // copies of one story must not make every later copy check a thousand candidates.
    private const int BucketCapacity = 32;

    private readonly ICorpusStateStore? store;
    private readonly Dictionary<string, int> firstByHash = new(StringComparer.Ordinal);
    private readonly Dictionary<ulong, List<int>> buckets = [];
    private readonly Dictionary<int, Entry> entries = [];
    private readonly HashSet<ulong> shingles = [];
    private int count;

    /// <summary>A finder over the documents of <paramref name="store"/> (read as needed), or over none.</summary>
    public NearDuplicateFinder(ICorpusStateStore? store = null)
    {
        this.store = store;
        count = (int)StateCodec.Counter(store, "dup.entries");
    }

    /// <summary>
    /// Registers the document and returns the id of the earliest document it copies, or null. The text
    /// must still be on the document; it is read, not kept.
    /// </summary>
    public string? Add(ContractDocument document)
    {
        var index = count;
        if (!string.IsNullOrEmpty(document.ContentHash))
        {
            if (FirstWithHash(document.ContentHash) is { } first)
            {
                var original = EntryAt(first);
                AddEntry(new Entry(document.Id, original.Root, null, 0));
                return EntryAt(original.Root).Id;
            }

            firstByHash[document.ContentHash] = index;
            store?.Write(StateKinds.FirstWithHash, document.ContentHash, StateCodec.Int(index));
        }

        if (document.Text is not { Length: > 0 } text)
        {
            AddEntry(new Entry(document.Id, index, null, 0));
            return null;
        }

        WordShingles.Collect(text, ArticleBody.Excluded(document, text), shingles);
        if (shingles.Count < MinimumShingles)
        {
            AddEntry(new Entry(document.Id, index, null, shingles.Count));
            return null;
        }

        var signature = MinHashSignature.Of(shingles);
        var keys = BandKeys(document.Language, signature);
        var root = FindCopied(keys, signature, shingles.Count) ?? index;

        // Only bucket members are ever compared: a document whose buckets are all full keeps no signature.
        var listed = keys.Any(key => Bucket(key).Count < BucketCapacity);
        AddEntry(new Entry(document.Id, root, listed ? signature : null, shingles.Count));
        foreach (var key in keys)
        {
            var members = Bucket(key);
            if (members.Count < BucketCapacity)
            {
                members.Add(index);
                store?.Append("dup.bucket", (long)key, index);
            }
        }

        return root == index ? null : EntryAt(root).Id;
    }

    /// <summary>Writes the counts that change with every document (records are written as they are made).</summary>
    public void Save() => store?.Write("count", "dup.entries", StateCodec.Int(count));

    private int? FirstWithHash(string hash)
    {
        if (firstByHash.TryGetValue(hash, out var first))
        {
            return first;
        }

        if (store?.Read(StateKinds.FirstWithHash, hash) is { } stored)
        {
            first = (int)StateCodec.Int(stored)!.Value;
            firstByHash[hash] = first;
            return first;
        }

        return null;
    }

    private void AddEntry(Entry entry)
    {
        entries[count] = entry;
        store?.Write("dup.entry", count, entry.Encode());
        count++;
    }

    private Entry EntryAt(int index)
    {
        if (!entries.TryGetValue(index, out var entry))
        {
            var stored = store?.Read("dup.entry", index)
                ?? throw new InvalidOperationException($"consolidation state has no copy entry {index}");
            entries[index] = entry = Entry.Decode(stored);
        }

        return entry;
    }

    private List<int> Bucket(ulong key)
    {
        if (!buckets.TryGetValue(key, out var members))
        {
            members = store is null ? [] : [.. store.Tail("dup.bucket", (long)key, BucketCapacity).Select(i => (int)i)];
            buckets[key] = members;
        }

        return members;
    }

    private int? FindCopied(ulong[] keys, uint[] signature, int size)
    {
        int? earliest = null;
        foreach (var key in keys)
        {
            foreach (var member in Bucket(key))
            {
                var candidate = EntryAt(member);
                if ((earliest is null || candidate.Root < earliest) && IsCopy(signature, size, candidate.Signature!, candidate.Size))
                {
                    earliest = candidate.Root;
                }
            }
        }

        return earliest;
    }

    private static bool IsCopy(uint[] later, int laterSize, uint[] earlier, int earlierSize)
    {
        var jaccard = MinHashSignature.Similarity(later, earlier);
        if (jaccard >= SameTextJaccard)
        {
            return true;
        }

        // |A ∩ B| from J = |A ∩ B| / |A ∪ B| and |A ∪ B| = |A| + |B| - |A ∩ B|.
        var shared = jaccard * (laterSize + earlierSize) / (1 + jaccard);
        return laterSize <= earlierSize
            ? laterSize >= ExcerptKeeps * earlierSize && shared >= TrimmedCopyContainment * laterSize
            : earlierSize >= TrimmedCopyKeeps * laterSize && shared >= TrimmedCopyContainment * earlierSize;
    }

    private static ulong[] BandKeys(string language, uint[] signature)
    {
        // Copies are looked for within one language: a translation is a story, not a copy.
        var languageHash = 14695981039346656037UL;
        foreach (var c in language)
        {
            languageHash = (languageHash ^ c) * 1099511628211UL;
        }

        var keys = new ulong[Bands];
        for (var band = 0; band < Bands; band++)
        {
            var key = languageHash ^ ((ulong)band * 0x9E3779B97F4A7C15UL);
            for (var row = 0; row < Rows; row++)
            {
                key = (key ^ signature[(band * Rows) + row]) * 0xBF58476D1CE4E5B9UL;
                key ^= key >> 31;
            }

            keys[band] = key;
        }

        return keys;
    }

    private sealed record Entry(string Id, int Root, uint[]? Signature, int Size)
    {
        public byte[] Encode() => StateCodec.Write(writer =>
        {
            writer.Write(Id);
            writer.Write(Root);
            writer.Write(Size);
            writer.Write(Signature is not null);
            foreach (var value in Signature ?? [])
            {
                writer.Write(value);
            }
        });

        public static Entry Decode(byte[] bytes) => StateCodec.Read(bytes, reader =>
        {
            var id = reader.ReadString();
            var root = reader.ReadInt32();
            var size = reader.ReadInt32();
            uint[]? signature = null;
            if (reader.ReadBoolean())
            {
                signature = new uint[MinHashSignature.Length];
                for (var i = 0; i < signature.Length; i++)
                {
                    signature[i] = reader.ReadUInt32();
                }
            }

            return new Entry(id, root, signature, size);
        });
    }
}
