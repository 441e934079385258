using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;

namespace Atalaya.Core.Stages.Entities;

/// <summary>
/// Recognizes people, organizations and places in every sentence (knowledge base, statistical
/// tagger, gazetteer), links each to one document entity with all its mentions, and geocodes places.
/// </summary>
public sealed class EntityStage : IStage
{
    public string Name => "entities";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText, Annotations.Sentences, Annotations.Tokens, Annotations.Language];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Entities];

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var sources = resources.EntitySources;
        var text = document.Text;
        var language = document.Get(Annotations.Language).Code;
        var tokenList = document.Get(Annotations.Tokens);
        var tokens = tokenList.All;
        var mentions = new List<Mention>();
        var cues = new List<AliasCue>();
        var start = 0;
        var sentenceCount = document.Get(Annotations.Sentences).Spans.Count;
        for (var sentence = 0; sentence < sentenceCount; sentence++)
        {
            // Checked per sentence: a document over its time budget stops here (see ParallelRunner).
            cancellation.ThrowIfCancellationRequested();
            var end = start;
            while (end < tokens.Length && tokens[end].Sentence == sentence)
            {
                end++;
            }

            var sentenceTokens = new ArraySegment<Token>(tokens, start, end - start);
            var words = WordSequence.Of(text, tokenList, start, end - start);
            MentionFinder.Find(text, sentenceTokens, words, sentence, language, sources, mentions);
            FindCues(text, words, sources.Names.Cues(language), sources.Names.BracketedCues(language), cues);
            start = end;
        }

        // Read if cleaning ran: a pipeline without it has no furniture to look at.
        CreditMentions.Find(text, document.GetOrDefault(Annotations.Boilerplate), sources, mentions);
        CreditMentions.FindInByline(text, document.GetOrDefault(Annotations.Header), resources.Bylines.Prefixes, sources, mentions);
        AddRepeatedSurnames(text, tokenList, mentions, sources.FunctionWords(language));
        AddAcronyms(text, tokens, mentions);
        AddMisspeltAcronyms(text, tokens, mentions);
        var entities = EntityResolver.Resolve(text, mentions, sources, cues);
        NeighbourhoodPlaces.Locate(text, entities, mentions, sources.Locatives(language));
        PlaceProperNames.Apply(entities, sources.PlaceHeads(language));
        document.Set(Annotations.Entities, new DocumentEntities(entities));
    }

    private static void FindCues(string text, WordSequence words, PhraseIndex<string> index, IReadOnlySet<string> bracketed, List<AliasCue> cues)
    {
        for (var i = 0; i < words.Count; i++)
        {
            if (bracketed.Count > 0 && IsBracketed(text, words.Spans[i]) && bracketed.Contains(words.Folded[i]))
            {
                cues.Add(new AliasCue(new TextSpan(words.Spans[i].Start - 1, words.Spans[i].End + 1)));
                continue;
            }

            var (length, _) = index.LongestMatch(words.Folded, i);
            if (length > 0)
            {
                cues.Add(new AliasCue(new TextSpan(words.Spans[i].Start, words.Spans[i + length - 1].End)));
                i += length - 1;
            }
        }
    }

    /// <summary>A word written alone between parentheses: "Rogelio “N” (a) Tejón".</summary>
    private static bool IsBracketed(string text, TextSpan span)
        => span.Start > 0 && span.End < text.Length && text[span.Start - 1] == '(' && text[span.End] == ')';

    /// <summary>
    /// "Montalvo dijo": a person's surname again, alone, is that person even where the tagger did
    /// not look (a sentence's first word) or did not see it. Only the words after the first of names
    /// of two words or more the document itself wrote (Spanish names carry two surnames), capitalized.
    /// </summary>
    private static void AddRepeatedSurnames(string text, TokenList tokens, List<Mention> mentions, IReadOnlySet<string> functionWords)
    {
        var surnames = mentions.Where(m => m.Type == "PER")
            .Select(m => Internal.TextFolding.Fold(m.Span.AsSpan(text)).Split(' '))
            .Where(words => words.Length >= 2)
            .SelectMany(words => words.Skip(1))
            .Where(word => word.Length >= MinSurnameLength && !functionWords.Contains(word))
            .ToHashSet(StringComparer.Ordinal);
        if (surnames.Count == 0)
        {
            return;
        }

        var found = new List<Mention>();
        var covered = SpanCoverage.Of(mentions);
        for (var i = 0; i < tokens.All.Length; i++)
        {
            var token = tokens.All[i];
            if (token.Kind == TokenKind.Word && char.IsUpper(text[token.Span.Start])
                && surnames.Contains(tokens.Word(text, i))
                && !covered.Overlaps(token.Span))
            {
                found.Add(new Mention(token.Span, "PER", null, [], "repeat", token.Sentence));
            }
        }

        mentions.AddRange(found);
    }

    private const int MinSurnameLength = 3;

    /// <summary>
    /// "The FUDM is led by": a word in capitals one letter off an acronym of an entity the document
    /// names ("FUDN") is that entity, misspelt; the tagger rarely sees a name in an unknown acronym.
    /// </summary>
    private static void AddMisspeltAcronyms(string text, IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        List<(string Acronym, KbEntity Entity)>? acronyms = null;
        SpanCoverage? covered = null;
        foreach (var token in tokens)
        {
            if (token.Span.Length is < 4 or > 7 || !NameShape.IsAllCapitals(token.Span.AsSpan(text)))
            {
                continue;
            }

            covered ??= SpanCoverage.Of(mentions);
            if (covered.Overlaps(token.Span))
            {
                continue;
            }

            acronyms ??= [.. mentions.Select(m => m.Kb).OfType<KbEntity>().Distinct()
                .SelectMany(e => e.Aliases.Where(a => a.Length <= 7 && a.All(char.IsUpper)).Select(a => (Acronym: a, Entity: e)))];
            if (OneAcronymOneLetterOff(acronyms, token.Span.Slice(text)) is { } entity)
            {
                mentions.Add(new Mention(token.Span, entity.Type, entity, [], "kb-misspelt", token.Sentence));
                covered.Add(token.Span);
            }
        }
    }

    // A method of its own: a lambda over the word in the loop above made a closure for every token.
    private static KbEntity? OneAcronymOneLetterOff(List<(string Acronym, KbEntity Entity)> acronyms, string word)
    {
        var matches = acronyms.Where(a => NameSimilarity.OneLetterOff(a.Acronym, word)).Select(a => a.Entity).Distinct().ToList();
        return matches.Count == 1 ? matches[0] : null;
    }

    /// <summary>
    /// "Cártel Santa Rosa de Lima (CSRL)": an all-capitals word in parentheses right after a name is
    /// that name's acronym; it and every later use of it become mentions of the same entity.
    /// </summary>
    private static void AddAcronyms(string text, IReadOnlyList<Token> tokens, List<Mention> mentions)
    {
        var introduced = new Dictionary<string, Mention>(StringComparer.Ordinal);
        // The first mention starting at each position, found once instead of by a scan per name.
        var firstAt = new Dictionary<int, int>();
        for (var i = 0; i < mentions.Count; i++)
        {
            firstAt.TryAdd(mentions[i].Span.Start, i);
        }

        foreach (var mention in mentions.ToList())
        {
            var open = mention.Span.End;
            while (open < text.Length && text[open] == ' ')
            {
                open++;
            }

            if (open >= text.Length || text[open] != '(')
            {
                continue;
            }

            var close = text.IndexOf(')', open);
            if (close < 0 || close - open > 12)
            {
                continue;
            }

            var acronym = text[(open + 1)..close].Trim();
            if (acronym.Length is < 2 or > 10 || !acronym.All(c => char.IsUpper(c) || c is '-' or '.'))
            {
                continue;
            }

            // The tagger may have found the acronym on its own: it is still this name's.
            var existing = firstAt.GetValueOrDefault(open + 1, -1);
            if (existing < 0 || (mentions[existing].Kb is null && mentions[existing].SameAs is null && mentions[existing] != mention))
            {
                if (existing >= 0)
                {
                    mentions[existing] = mentions[existing] with { SameAs = mention };
                }

                introduced.TryAdd(acronym, mention);
            }
        }

        if (introduced.Count == 0)
        {
            return;
        }

        var lookup = introduced.GetAlternateLookup<ReadOnlySpan<char>>();
        var covered = SpanCoverage.Of(mentions);
        foreach (var token in tokens)
        {
            if (lookup.TryGetValue(token.Span.AsSpan(text), out var full) && !covered.Overlaps(token.Span))
            {
                mentions.Add(full with { Span = token.Span, Source = "acronym", Sentence = token.Sentence, SameAs = full });
                covered.Add(token.Span);
            }
        }
    }
}
