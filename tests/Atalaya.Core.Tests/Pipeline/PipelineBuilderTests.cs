using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Pipeline;

public sealed class PipelineBuilderTests
{
    [Fact]
    public void Stage_requiring_a_key_nobody_assigns_is_refused_naming_stage_and_key()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("first", [Annotations.SourceText], [Keys.Alpha]))
            .Add(new FakeStage("second", [Keys.Alpha, Keys.Beta], [Keys.Gamma]));

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build(Some.Resources));

        Assert.Contains("'second'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'beta'", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("'alpha'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Requirement_assigned_only_by_a_later_stage_is_refused()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("reader", [Keys.Alpha], []))
            .Add(new FakeStage("writer", [], [Keys.Alpha]));

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build(Some.Resources));

        Assert.Contains("'reader'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Key_assigned_twice_is_refused_naming_both_stages()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("first", [], [Keys.Alpha]))
            .Add(new FakeStage("second", [], [Keys.Beta, Keys.Alpha]));

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build(Some.Resources));

        Assert.Contains("'second'", error.Message, StringComparison.Ordinal);
        Assert.Contains("'alpha'", error.Message, StringComparison.Ordinal);
        Assert.Contains("first", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Assigning_the_source_text_is_refused()
    {
        var builder = new PipelineBuilder().Add(new FakeStage("rewriter", [], [Annotations.SourceText]));

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build(Some.Resources));

        Assert.Contains("the document", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Duplicate_stage_name_is_refused()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("same", [], [Keys.Alpha]))
            .Add(new FakeStage("same", [], [Keys.Beta]));

        var error = Assert.Throws<PipelineConfigurationException>(() => builder.Build(Some.Resources));

        Assert.Contains("'same'", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Keys_compare_by_name()
    {
        var builder = new PipelineBuilder()
            .Add(new FakeStage("writer", [], [new AnnotationKey<string>("alpha")]))
            .Add(new FakeStage("reader", [Keys.Alpha], []));

        Assert.Equal(2, builder.Build(Some.Resources).Stages.Count);
    }

    [Fact]
    public void Standard_pipeline_runs_cleaning_language_segmentation_entities()
    {
        Assert.Equal(["cleaning", "language", "segmentation", "entities", "events", "claims", "quotes"], StandardPipeline.Create(Some.Resources).Stages.Select(s => s.Name));
    }
}
