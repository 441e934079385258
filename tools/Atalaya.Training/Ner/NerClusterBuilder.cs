using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Training.Ner;

/// <summary>
/// Learns the <see cref="NerClusters"/> from raw text: each word of at least <c>minimum</c>
/// occurrences is described by its left and right neighbours among the most frequent words
/// (positive pointwise mutual information, length-normalized), and the words are split top-down
/// by spherical k-means into a three-level tree, like the prefixes of Brown clusters but in
/// seconds instead of hours. Single-threaded with a fixed seed: the same text gives the same
/// clusters.
/// </summary>
internal static class NerClusterBuilder
{
    /// <summary>Neighbour words that describe a word: the most frequent ones, plus the sentence boundaries.</summary>
    private const int ContextWords = 1500;

    private const int Iterations = 8;

    public static NerClusters Build(IEnumerable<string[]> sentences, int minimum, int seed)
    {
        if (minimum <= 0)
        {
            return NerClusters.Empty;
        }

        var encoded = sentences.Select(words => words.Select(w => NerFeatures.Describe(w).Word).ToArray()).ToList();
        var frequency = new Dictionary<uint, int>();
        foreach (var sentence in encoded)
        {
            foreach (var word in sentence)
            {
                frequency[word] = frequency.GetValueOrDefault(word) + 1;
            }
        }

        // Most frequent first, ties by hash: the order (and so every id) does not depend on dictionary order.
        var vocabulary = frequency.Where(p => p.Value >= minimum).OrderByDescending(p => p.Value).ThenBy(p => p.Key).Select(p => p.Key).ToArray();
        var ids = new Dictionary<uint, int>(vocabulary.Length);
        for (var i = 0; i < vocabulary.Length; i++)
        {
            ids[vocabulary[i]] = i;
        }

        var rows = ContextRows(encoded, ids, vocabulary.Length);
        var dimensions = 4 * (Math.Min(ContextWords, vocabulary.Length) + 2);
        var random = new Random(seed);
        var codes = new ushort[vocabulary.Length];
        var all = Enumerable.Range(0, vocabulary.Length).Where(w => rows[w].Dims.Length > 0).ToArray();
        foreach (var (top, topMembers) in Split(all, rows, dimensions, 1 << NerClusters.TopBits, random))
        {
            foreach (var (middle, middleMembers) in Split(topMembers, rows, dimensions, 1 << NerClusters.MiddleBits, random))
            {
                foreach (var (leaf, leafMembers) in Split(middleMembers, rows, dimensions, 1 << NerClusters.LeafBits, random))
                {
                    foreach (var word in leafMembers)
                    {
                        codes[word] = (ushort)((top << (NerClusters.MiddleBits + NerClusters.LeafBits)) | (middle << NerClusters.LeafBits) | leaf);
                    }
                }
            }
        }

        var kept = all.Select(w => (Word: vocabulary[w], Code: codes[w])).OrderBy(p => p.Word).ToArray();
        Console.WriteLine($"  word clusters: {encoded.Count} sentences, {kept.Length} words of {minimum}+ occurrences");
        return new NerClusters([.. kept.Select(p => p.Word)], [.. kept.Select(p => p.Code)]);
    }

    /// <summary>Per word: the dimensions (left neighbour c → c, right neighbour c → half + c) with their PPMI weights, L2-normalized.</summary>
    private static (int[] Dims, float[] Values)[] ContextRows(List<uint[]> sentences, Dictionary<uint, int> ids, int vocabularySize)
    {
        var contexts = Math.Min(ContextWords, vocabularySize);
        var half = contexts + 2;
        int Context(uint[] sentence, int position)
        {
            if (position < 0)
            {
                return contexts;
            }

            if (position >= sentence.Length)
            {
                return contexts + 1;
            }

            var id = ids.GetValueOrDefault(sentence[position], int.MaxValue);
            return id < contexts ? id : -1;
        }

        var pairs = new Dictionary<long, int>();
        var wordTotals = new long[vocabularySize];
        var dimensionTotals = new long[4 * half];
        long total = 0;
        foreach (var sentence in sentences)
        {
            for (var i = 0; i < sentence.Length; i++)
            {
                if (!ids.TryGetValue(sentence[i], out var word))
                {
                    continue;
                }

                var left = Context(sentence, i - 1);
                var right = Context(sentence, i + 1);
                var left2 = Context(sentence, i - 2);
                var right2 = Context(sentence, i + 2);
                foreach (var dimension in (ReadOnlySpan<int>)[left, right < 0 ? -1 : half + right, left2 < 0 ? -1 : (2 * half) + left2, right2 < 0 ? -1 : (3 * half) + right2])
                {
                    if (dimension < 0)
                    {
                        continue;
                    }

                    var key = ((long)word << 16) | (uint)dimension;
                    pairs[key] = pairs.GetValueOrDefault(key) + 1;
                    wordTotals[word]++;
                    dimensionTotals[dimension]++;
                    total++;
                }
            }
        }

        var perWord = new List<(int Dim, float Value)>[vocabularySize];
        foreach (var (key, count) in pairs.OrderBy(p => p.Key))
        {
            var word = (int)(key >> 16);
            var dimension = (int)(key & 0xFFFF);
            var pmi = Math.Log((double)count * total / ((double)wordTotals[word] * dimensionTotals[dimension]));
            if (pmi > 0)
            {
                (perWord[word] ??= []).Add((dimension, (float)pmi));
            }
        }

        var rows = new (int[] Dims, float[] Values)[vocabularySize];
        for (var w = 0; w < vocabularySize; w++)
        {
            var entries = perWord[w] ?? [];
            var norm = MathF.Sqrt(entries.Sum(e => e.Value * e.Value));
            rows[w] = ([.. entries.Select(e => e.Dim)], [.. entries.Select(e => e.Value / norm)]);
        }

        return rows;
    }

    /// <summary>Spherical k-means of <paramref name="members"/> into up to <paramref name="k"/> groups, seeded k-means++ style; empty groups are left out.</summary>
    private static IEnumerable<(int Index, int[] Members)> Split(int[] members, (int[] Dims, float[] Values)[] rows, int dimensions, int k, Random random)
    {
        if (members.Length <= k)
        {
            return members.Select((m, i) => (i, new[] { m }));
        }

        var centroids = Seeds(members, rows, dimensions, k, random);
        var assignment = new int[members.Length];
        for (var iteration = 0; iteration < Iterations; iteration++)
        {
            for (var m = 0; m < members.Length; m++)
            {
                assignment[m] = Nearest(rows[members[m]], centroids);
            }

            var sums = new float[k][];
            for (var c = 0; c < k; c++)
            {
                sums[c] = new float[dimensions];
            }

            for (var m = 0; m < members.Length; m++)
            {
                var (dims, values) = rows[members[m]];
                var sum = sums[assignment[m]];
                for (var j = 0; j < dims.Length; j++)
                {
                    sum[dims[j]] += values[j];
                }
            }

            for (var c = 0; c < k; c++)
            {
                var norm = MathF.Sqrt(sums[c].Sum(v => v * v));
                if (norm > 0)
                {
                    centroids[c] = [.. sums[c].Select(v => v / norm)];
                }
            }
        }

        for (var m = 0; m < members.Length; m++)
        {
            assignment[m] = Nearest(rows[members[m]], centroids);
        }

        return Enumerable.Range(0, k)
            .Select(c => (Index: c, Members: members.Where((_, m) => assignment[m] == c).ToArray()))
            .Where(g => g.Members.Length > 0);
    }

    /// <summary>k-means++ seeds: each next seed drawn with probability proportional to its distance from the nearest seed so far.</summary>
    private static float[][] Seeds(int[] members, (int[] Dims, float[] Values)[] rows, int dimensions, int k, Random random)
    {
        var centroids = new float[k][];
        var distance = new double[members.Length];
        Array.Fill(distance, double.MaxValue);
        var chosen = members[random.Next(members.Length)];
        for (var c = 0; c < k; c++)
        {
            var centroid = new float[dimensions];
            var (dims, values) = rows[chosen];
            for (var j = 0; j < dims.Length; j++)
            {
                centroid[dims[j]] = values[j];
            }

            centroids[c] = centroid;
            double total = 0;
            for (var m = 0; m < members.Length; m++)
            {
                distance[m] = Math.Min(distance[m], 1 - Dot(rows[members[m]], centroid));
                total += Math.Max(0, distance[m]);
            }

            var target = random.NextDouble() * total;
            var pick = members.Length - 1;
            for (var m = 0; m < members.Length; m++)
            {
                target -= Math.Max(0, distance[m]);
                if (target <= 0)
                {
                    pick = m;
                    break;
                }
            }

            chosen = members[pick];
        }

        return centroids;
    }

    private static int Nearest((int[] Dims, float[] Values) row, float[][] centroids)
    {
        var best = 0;
        var bestScore = float.NegativeInfinity;
        for (var c = 0; c < centroids.Length; c++)
        {
            var score = Dot(row, centroids[c]);
            if (score > bestScore)
            {
                best = c;
                bestScore = score;
            }
        }

        return best;
    }

    private static float Dot((int[] Dims, float[] Values) row, float[] dense)
    {
        var sum = 0f;
        for (var j = 0; j < row.Dims.Length; j++)
        {
            sum += row.Values[j] * dense[row.Dims[j]];
        }

        return sum;
    }
}
