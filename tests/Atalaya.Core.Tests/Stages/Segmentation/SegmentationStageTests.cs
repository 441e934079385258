using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Stages.Segmentation;

public sealed class SegmentationStageTests
{
    private const string Article = "Actualizado el 3 de mayo de 2024\nNacional\nAtacan a policías en Celaya\n\nCompartir\n\nTres agentes murieron. Otro resultó herido.\n\nPublicidad\n\nLa fiscalía abrió una investigación.\n\nComentarios\n";

    [Fact]
    public void Boilerplate_lines_are_left_out_of_the_sentences()
    {
        var document = Some.Analyze(Article).Document;

        var sentences = document.Get(Annotations.Sentences).Spans.Select(s => s.Slice(Article));

        Assert.Equal(["Atacan a policías en Celaya", "Tres agentes murieron.", "Otro resultó herido.", "La fiscalía abrió una investigación."], sentences);
    }

    [Fact]
    public void Tokens_cover_the_sentences_in_order_with_their_sentence_index()
    {
        var document = Some.Analyze(Article).Document;
        var sentences = document.Get(Annotations.Sentences).Spans;
        var tokens = document.Get(Annotations.Tokens).Tokens;

        Assert.Equal(["Tres", "agentes", "murieron", "."], tokens.Where(t => t.Sentence == 1).Select(t => t.Span.Slice(Article)));
        Assert.All(tokens, t => Assert.True(sentences[t.Sentence].Start <= t.Span.Start && t.Span.End <= sentences[t.Sentence].End));
        Assert.Equal(tokens.OrderBy(t => t.Span.Start).Select(t => t.Span), tokens.Select(t => t.Span));
    }

    [Fact]
    public void Boilerplate_line_with_a_leading_zero_width_space_is_left_out()
    {
        const string text = "Balacera en Jerez\n\nSiete personas resultaron heridas durante una balacera en un palenque de la feria.\n\n\u200BPublicidad\n\nLa fiscalía abrió una investigación.\n";

        var sentences = Some.Analyze(text).Document.Get(Annotations.Sentences).Spans.Select(s => s.Slice(text));

        Assert.DoesNotContain(sentences, s => s.Contains("Publicidad", StringComparison.Ordinal));
    }
}
