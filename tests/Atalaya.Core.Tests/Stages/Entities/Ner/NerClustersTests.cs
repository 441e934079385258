using Atalaya.Core.Stages.Entities.Ner;

namespace Atalaya.Core.Tests.Stages.Entities.Ner;

/// <summary>The word clusters: lookup by word hash, the coarser levels of a code, and their place in the model file.</summary>
public sealed class NerClustersTests : IDisposable
{
    private readonly string folder = Directory.CreateTempSubdirectory("atalaya-ner-clusters-").FullName;

    public void Dispose() => Directory.Delete(folder, recursive: true);

    [Fact]
    public void A_known_word_gets_its_cluster_and_an_unknown_one_none()
    {
        var clusters = Sample();
        TokenInfo[] tokens = [NerFeatures.Describe("Madrid"), NerFeatures.Describe("MADRID"), NerFeatures.Describe("Zzyzx")];

        clusters.Annotate(tokens);

        Assert.Equal((ushort)(0x1A5 | NerClusters.Known), tokens[0].Cluster);
        Assert.Equal(tokens[0].Cluster, tokens[1].Cluster);
        Assert.Equal(0, tokens[2].Cluster);
    }

    [Fact]
    public void The_coarser_levels_are_prefixes_of_the_code()
    {
        var code = (ushort)((3 << 8) | (17 << 3) | 5 | NerClusters.Known);

        Assert.Equal(3u, NerClusters.Top(code) & 31);
        Assert.Equal((3u << 5) | 17, NerClusters.Middle(code) & 1023);
        Assert.Equal(0u, NerClusters.Top(0));
        Assert.NotEqual(NerClusters.Middle(NerClusters.Start), NerClusters.Middle(NerClusters.End));
    }

    [Fact]
    public void The_clusters_read_back_from_the_model_file()
    {
        var clusters = Sample();
        var path = Path.Combine(folder, "ner.atn");
        var rows = new short[256 * NerLabels.Count];
        var transitions = new short[NerModel.TransitionCount];

        NerModel.Write(path, 8, ["es"], 1f, rows, transitions, NerLexicon.Empty, clusters);
        var model = NerModel.Read(path);

        Assert.Equal(clusters.Words, model.Clusters.Words);
        Assert.Equal(clusters.Codes, model.Clusters.Codes);
        Assert.Equal(clusters.Lookup(NerFeatures.Describe("Lisboa").Word), model.Clusters.Lookup(NerFeatures.Describe("Lisboa").Word));
    }

    private static NerClusters Sample()
    {
        (string Word, ushort Code)[] entries = [("madrid", 0x1A5), ("lisboa", 0x1A4), ("el", 0x003)];
        var sorted = entries.Select(e => (Key: NerFeatures.Describe(e.Word).Word, e.Code)).OrderBy(e => e.Key).ToArray();
        return new NerClusters([.. sorted.Select(e => e.Key)], [.. sorted.Select(e => e.Code)]);
    }
}
