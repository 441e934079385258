using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events;
using Atalaya.Core.Stages.Events.Counting;
using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Claims;

/// <summary>
/// Reads the numeric facts a document states about entities: rewards, revenue, founding and birth
/// years, ages, members, presence in US states, road blockades, populations, and tallies of
/// victims, homicides and disappeared (claim_cues.tsv gives the words; counts, dates and victim
/// nouns are read by the event stage's readers). Each figure is dated by the sentence, else by the
/// publication date; a tally keeps its start. Only sentences with a number and a cue word, or a
/// number shaped like a tally (beside a year, or thousands), are read at all.
/// </summary>
public sealed class ClaimStage : IStage
{
    public string Name => "claims";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText, Annotations.Header, Annotations.Language, Annotations.Sentences, Annotations.Tokens, Annotations.Entities, Annotations.Events];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Claims];

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var lexicon = resources.ClaimLexicon;
        var language = document.Get(Annotations.Language).Code;
        if (lexicon.For(language) is not { } words)
        {
            document.Set(Annotations.Claims, DocumentClaims.None);
            return;
        }

        var claims = new DocumentReader(document, lexicon, words, language, cancellation).Claims();
        document.Set(Annotations.Claims, claims.Count == 0 ? DocumentClaims.None : new DocumentClaims(claims));
    }

    /// <summary>
    /// What the gate lets through: nothing, a sentence with a number and a cue's telling word (confirmed
    /// by the cue matcher), one shaped like a tally, both ("asesinadas" shares its stem with the cue
    /// "asesinato*"), or a sentence to read whole.
    /// </summary>
    [Flags]
    private enum Gate
    {
        Closed = 0,
        CueWord = 1,

        /// <summary>
        /// No cue, but a count beside a year ("fueron asesinadas, sólo en 2011, unas 640 personas") or a
        /// count of thousands ("73.000 personer er forsvundet"): read only for a tally of killed or disappeared.
        /// </summary>
        Tally = 2,
        Open = 4,
    }

    /// <summary>Walks the sentences of one document, carrying the paragraph's start for tallies and places.</summary>
    private sealed class DocumentReader(AnalyzedDocument document, ClaimLexicon lexicon, ClaimWordsOfLanguage words, string language, CancellationToken cancellation)
    {
        private readonly string text = document.Text;
        private readonly PartialDate? published = document.Get(Annotations.Header).Published;
        private readonly TokenList tokenList = document.Get(Annotations.Tokens);

        public List<DocumentClaim> Claims()
        {
            var claims = new List<DocumentClaim>();
            var tokens = tokenList.All;
            var sentences = document.Get(Annotations.Sentences).Spans;
            ClaimSubjects? subjects = null;
            EntityFigures? figures = null;
            Tallies? tallies = null;
            var drafts = new List<ClaimDraft>();
            var (start, previousEnd, paragraphStart) = (0, 0, 0);
            for (var index = 0; index < sentences.Count; index++)
            {
                cancellation.ThrowIfCancellationRequested();
                var span = sentences[index];
                var end = start;
                while (end < tokens.Length && tokens[end].Sentence == index)
                {
                    end++;
                }

                var sentenceTokens = new ArraySegment<Token>(tokens, start, end - start);
                start = end;
                if (previousEnd == 0 || text.AsSpan(previousEnd, Math.Max(0, span.Start - previousEnd)).Contains('\n'))
                {
                    paragraphStart = span.Start;
                    tallies?.StartParagraph();
                }

                previousEnd = span.End;
                var gate = MayHoldClaim(sentenceTokens, tallies?.Carrying ?? false);
                if (gate == Gate.Closed)
                {
                    continue;
                }

                subjects ??= new ClaimSubjects(document.Get(Annotations.Entities), sentences);
                figures ??= new EntityFigures(text, subjects, lexicon.Demonyms.GetValueOrDefault(language) ?? new Dictionary<string, DemonymPlace>());
                tallies ??= new Tallies(subjects, lexicon.DateReader.WordsOf(language), undated: published is null);
                if (View(index, span, sentenceTokens, subjects, gate) is not { } sentence)
                {
                    continue;
                }

                drafts.Clear();
                var dates = new LazyDates(() => ReadDates(sentence));
                figures.Read(sentence, words, dates, drafts);
                tallies.Read(text, sentence, dates, paragraphStart, drafts);
                foreach (var draft in drafts)
                {
                    Add(claims, draft, sentence, dates.All);
                }
            }

            return claims;
        }

        /// <summary>
        /// The cheap gate: a number (digits or a number word) and the telling word of a cue; a number
        /// in apposition ("Name, 54,"); or a number where a tally of the paragraph may go on. Most
        /// sentences have none, at a look-up or two a word.
        /// </summary>
        private Gate MayHoldClaim(ArraySegment<Token> tokens, bool tallyGoesOn)
        {
            Span<char> buffer = stackalloc char[TokenWords.MaxLength];
            var (number, cue, year, count, thousands) = (false, false, false, false, false);
            for (var i = 0; i < tokens.Count; i++)
            {
                var token = tokens[i];
                var isNumber = token.Kind == TokenKind.Number;
                if (token.Kind == TokenKind.Word)
                {
                    var folded = TokenWords.Fold(text, token, tokenList.Word(text, tokens.Offset + i), buffer);
                    cue = cue || words.MayCue(folded);
                    // A number word that counts by itself: articles ("un", "a") open phrases but are no number here.
                    isNumber = words.Numbers.TryGet(TokenWords.FirstWord(folded), out var part) && (part.IsUnit || part.IsScale || part.IsVague);
                }

                if (isNumber && (tallyGoesOn || IsApposition(tokens, i) || NextToTemplate(tokens, i)))
                {
                    return Gate.Open;
                }

                number |= isNumber;
                var isYear = token.Kind == TokenKind.Number && token.Span.Length == 4 && text[token.Span.Start] is '1' or '2';
                (year, count) = (year || isYear, count || (isNumber && !isYear));
                thousands = thousands || (token.Kind == TokenKind.Number && !isYear && (SpaceGrouped(tokens, i)
                    || (token.Span.Length >= 4 && DigitGroups.TryParse(token.Span.AsSpan(text), out var value, out _) && value >= Tallies.TallySize)));
            }

            return (number && cue ? Gate.CueWord : Gate.Closed) | ((year && count) || thousands ? Gate.Tally : Gate.Closed);
        }

        /// <summary>"20 000", "73 000": thousands grouped by a space, as Scandinavian and French write them.</summary>
        private bool SpaceGrouped(ArraySegment<Token> tokens, int i)
            => i + 1 < tokens.Count && tokens[i + 1] is { Kind: TokenKind.Number, Span.Length: 3 } next
                && next.Span.Start - tokens[i].Span.End == 1 && char.IsWhiteSpace(text[tokens[i].Span.End]);

        private bool IsApposition(ArraySegment<Token> tokens, int i)
            => i > 0 && i + 1 < tokens.Count && tokens[i].Kind == TokenKind.Number
                && (text[tokens[i - 1].Span.Start], text[tokens[i + 1].Span.Start]) is (',', ',' or '.' or ';') or ('(', ')');

        /// <summary>"de 59 años", "54-year-old", "250 points", "20 Mexican states": a template word just before or after the number (one word may stand between).</summary>
        private bool NextToTemplate(ArraySegment<Token> tokens, int i)
        {
            Span<char> buffer = stackalloc char[TokenWords.MaxLength];
            for (var k = i + 1; k < Math.Min(tokens.Count, i + 3); k++)
            {
                if (words.TemplateFollowers.Contains(TokenWords.Fold(text, tokens[k], tokenList.Word(text, tokens.Offset + k), buffer)))
                {
                    return true;
                }
            }

            return i > 0 && words.TemplatePrecedents.Contains(TokenWords.Fold(text, tokens[i - 1], tokenList.Word(text, tokens.Offset + i - 1), buffer));
        }

        /// <summary>The sentence as the readers see it; null when the gate's cue word is no cue after all ("year" without "per").</summary>
        private ClaimSentence? View(int index, TextSpan span, ArraySegment<Token> tokens, ClaimSubjects subjects, Gate gate)
        {
            var folded = tokenList.Words(text, tokens.Offset, tokens.Count);

            var sentence = new ClaimSentence { Index = index, Span = span, Tokens = tokens, Words = folded };
            var (parts, tokenOf) = tokenList.HasMultiWordToken(text, tokens.Offset, tokens.Count) ? LexiconWords.Split(folded) : (folded, null);
            LexiconWords.Find(words.Cues, parts, tokenOf, sentence.Cues);
            var cued = sentence.Cues.Exists(c => !ClaimWords.QuietCues.Contains(c.Code));
            if (gate == Gate.CueWord && !cued)
            {
                return null;
            }

            if (words.Events is { } events)
            {
                LexiconWords.Find(events.Triggers, parts, tokenOf, sentence.Triggers);
                LexiconWords.Find(events.Actors, parts, tokenOf, sentence.Victims);
            }

            if (gate.HasFlag(Gate.Tally) && !cued
                && !(sentence.Victims.Count > 0 && sentence.Triggers.Exists(t => t.Code is "kill" or "dead" or "massacre" or "disappear")))
            {
                return null;
            }

            sentence.Quantities = lexicon.Quantities.Find(text, tokens, language, folded);
            NumberSlots.Collect(text, sentence);
            subjects.MentionsIn(span, sentence.Mentions);
            return sentence;
        }

        private IReadOnlyList<DateMention> ReadDates(ClaimSentence sentence)
        {
            var dates = lexicon.DateReader.Find(text, sentence.Tokens, language, new DateContext(published, published?.Year), sentence.Words);
            var publishedSpan = document.Get(Annotations.Header).PublishedSpan;
            return publishedSpan is { } line && dates.Any(d => d.Span.Overlaps(line)) ? [.. dates.Where(d => !d.Span.Overlaps(line))] : dates;
        }

        /// <summary>Dates the figure and keeps it unless the document already said the same.</summary>
        private void Add(List<DocumentClaim> claims, ClaimDraft draft, ClaimSentence sentence, IReadOnlyList<DateMention> dates)
        {
            if (claims.Exists(c => c.Subject == draft.Subject && c.Attribute == draft.Attribute && c.Value.Equals(draft.Value)))
            {
                return;
            }

            var since = Tallies.IsTally(draft.Attribute) ? ClaimPeriods.Since(sentence, dates) : null;
            claims.Add(new DocumentClaim(draft.Subject, draft.Attribute, draft.Value, draft.Unit, ClaimPeriods.AsOf(draft, sentence, dates) ?? published, sentence.Span, draft.Agency, since));
        }
    }
}
