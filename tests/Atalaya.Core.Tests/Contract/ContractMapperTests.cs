using System.Text.Json;
using Atalaya.Core.Contract;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Tests.Support;

namespace Atalaya.Core.Tests.Contract;

public sealed class ContractMapperTests
{
    private const string Article = "Actualizado el 3 de mayo de 2024\nAtacan a policías en Celaya\nPor Ana Ruiz\n\nTres agentes murieron en un ataque armado en Celaya, informó la fiscalía.\n\nPublicidad\n\nLa fiscalía abrió una investigación.\n";

    private static ContractDocument Map(string text = Article, string id = "n1", bool includeText = true)
        => ContractMapper.ToContract(Some.Pipeline.Analyze(Some.Document(text, id: id, url: "https://d.example/n1", language: "es")), includeText);

    [Fact]
    public void Document_carries_the_header_language_and_hash()
    {
        var document = Map();

        Assert.Equal("n1", document.Id);
        Assert.Equal("https://d.example/n1", document.Url);
        Assert.Equal("Atacan a policías en Celaya", document.Title);
        Assert.Equal("Ana Ruiz", document.Byline);
        Assert.Equal("2024-05-03", document.Published);
        Assert.Equal("es", document.Language);
        Assert.InRange(document.LanguageConfidence, 0.9, 1.0);
        Assert.Equal(Some.Document(Article).ContentHash, document.ContentHash);
        Assert.Equal(64, document.ContentHash.Length);
        Assert.Equal(Article, document.Text);
        Assert.Null(document.Errors);
    }

    [Fact]
    public void Boilerplate_span_text_is_the_substring_at_its_offsets()
    {
        var document = Map();

        Assert.Equal(["Actualizado el 3 de mayo de 2024", "Publicidad"], document.Boilerplate.Select(b => b.Text));
        Assert.All(document.Boilerplate, b => Assert.Equal(Article.Substring(b.Start, b.End - b.Start), b.Text));
    }

    [Fact]
    public void Text_can_be_left_out()
    {
        Assert.Null(Map(includeText: false).Text);
    }

    [Fact]
    public void Stage_failures_become_errors()
    {
        var pipeline = new PipelineBuilder()
            .Add(new FakeStage("broken", [], [Keys.Alpha], (_, _) => throw new InvalidDataException("mal")))
            .Build(Some.Resources);

        var document = ContractMapper.ToContract(pipeline.Analyze(Some.Document("texto")));

        Assert.Equal(["broken: InvalidDataException: mal"], document.Errors);
        Assert.Equal("und", document.Language);
        Assert.Null(document.Title);
        Assert.Empty(document.Boilerplate);
    }

    [Fact]
    public void Empty_corpus_json_has_every_top_level_array_empty()
    {
        var json = JsonSerializer.Serialize(new CorpusBuilder().Build(), ContractJsonContext.Default.ContractCorpus);
        using var parsed = JsonDocument.Parse(json);

        var root = parsed.RootElement;
        Assert.Equal(["version", "documents", "entities", "events", "stories", "claims", "conflicts"], root.EnumerateObject().Select(p => p.Name));
        Assert.Equal("1", root.GetProperty("version").GetString());
        Assert.All(root.EnumerateObject().Skip(1), p => Assert.Equal(0, p.Value.GetArrayLength()));
    }

    [Fact]
    public void Document_json_uses_snake_case_names_and_writes_nulls()
    {
        var builder = new CorpusBuilder();
        builder.Add(Some.Pipeline.Analyze(Some.Document(Article, id: "n1")));

        var json = JsonSerializer.Serialize(builder.Build(), ContractJsonContext.Default.ContractCorpus);
        using var parsed = JsonDocument.Parse(json);
        var document = parsed.RootElement.GetProperty("documents")[0];

        Assert.Equal(JsonValueKind.Number, document.GetProperty("language_confidence").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("duplicate_of").ValueKind);
        Assert.Equal(JsonValueKind.Null, document.GetProperty("url").ValueKind);
        Assert.Equal(JsonValueKind.String, document.GetProperty("content_hash").ValueKind);
        Assert.Equal(JsonValueKind.Array, document.GetProperty("quotes").ValueKind);
        Assert.Equal(["start", "end", "text"], document.GetProperty("boilerplate")[0].EnumerateObject().Select(p => p.Name));
        Assert.DoesNotContain("LanguageConfidence", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Unlinked_people_join_across_documents_by_full_name_but_not_by_one_word()
    {
        var builder = new CorpusBuilder();
        builder.Add(Local("a", ("PER", "Eliseo Montalvo Ferrer"), ("PER", "Montalvo")));
        builder.Add(Local("b", ("PER", "Eliseo Montalvo Ferrer"), ("PER", "Montalvo")));
        var corpus = builder.Build();

        Assert.Single(corpus.Entities, e => e.Name == "Eliseo Montalvo Ferrer");
        Assert.Equal(2, corpus.Entities.Count(e => e.Name == "Montalvo"));
    }

    private static ContractDocument Local(string id, params (string Type, string Name)[] entities)
    {
        var document = new ContractDocument { Id = id, ContentHash = id };
        document.Entities.AddRange(entities.Select(e => new ContractEntityMentions { Type = e.Type, Name = e.Name }));
        return document;
    }

    [Fact]
    public void Exact_duplicates_point_at_the_first_document_with_that_content()
    {
        var builder = new CorpusBuilder();
        var first = builder.Add(Some.Pipeline.Analyze(Some.Document(Article, id: "a")));
        var other = builder.Add(Some.Pipeline.Analyze(Some.Document(Article + " ", id: "b")));
        var copy = builder.Add(Some.Pipeline.Analyze(Some.Document(Article, id: "c")));
        var copy2 = builder.Add(Some.Pipeline.Analyze(Some.Document(Article, id: "d")));

        Assert.Null(first.DuplicateOf);
        Assert.Null(other.DuplicateOf);
        Assert.Equal("a", copy.DuplicateOf);
        Assert.Equal("a", copy2.DuplicateOf);
        Assert.Equal(4, builder.Count);
        Assert.Equal(["a", "b", "c", "d"], builder.Build().Documents.Select(d => d.Id));
    }
}
