using Atalaya.Core.Documents;
using Atalaya.Core.Pipeline;
using Atalaya.Core.Resources;
using Atalaya.Core.Stages.Events.Dates;

namespace Atalaya.Core.Stages.Events;

/// <summary>
/// Reads the events an ACLED analyst would code from every sentence: trigger words give the type,
/// counts are attached to their victims, actors come from the recognized entities and group nouns,
/// the place from the sentence (else the paragraph, else the document's focus), the date from the
/// sentence (else the paragraph, else the publication date). Reports of one incident are merged.
/// </summary>
public sealed class EventStage : IStage
{
    /// <summary>The headline and the first sentences of a report say what happened: each event they report is news.</summary>
    private const int LeadSentences = 4;

    private const int FirstYear = 1950;
    private const int LastYear = 2100;

    /// <summary>A count this large after "since" sums many incidents.</summary>
    private const int LargeCountSince = 20;

    /// <summary>
    /// No single incident of this kind of violence kills, wounds, takes or arrests a thousand people:
    /// a count this large is a statistic ("more than 4,000 people are missing in the state"), with or without a cue.
    /// </summary>
    private const int MinStatisticCount = 1000;

    /// <summary>How many days before publication the lead's day may be and still date the story.</summary>
    private const int StoryDayReach = 7;

    /// <summary>A month this many months before publication, with no place, is history told in passing ("last month" still is news).</summary>
    private const int HistoryMonths = 2;

    /// <summary>A sentence naming this many states tells of several incidents at once.</summary>
    private const int RoundupStates = 3;

    public string Name => "events";

    public IReadOnlyList<AnnotationKey> Requires { get; } = [Annotations.SourceText, Annotations.Header, Annotations.Language, Annotations.Sentences, Annotations.Tokens, Annotations.Entities];

    public IReadOnlyList<AnnotationKey> Assigns { get; } = [Annotations.Events];

    public void Process(AnalyzedDocument document, AtalayaResources resources, CancellationToken cancellation)
    {
        var lexicon = resources.EventLexicon;
        var language = document.Get(Annotations.Language).Code;
        if (lexicon.For(language) is not { } words)
        {
            document.Set(Annotations.Events, DocumentEvents.None);
            return;
        }

        var reader = new DocumentReader(document, lexicon, words, language, cancellation);
        document.Set(Annotations.Events, new DocumentEvents(EventMerger.Merge(reader.Reports())));
    }

    /// <summary>Walks the sentences of one document, carrying the paragraph's place and date.</summary>
    private sealed class DocumentReader(AnalyzedDocument document, EventLexicon lexicon, EventWordsOfLanguage words, string language, CancellationToken cancellation)
    {
        private readonly string text = document.Text;
        private readonly PartialDate? published = document.Get(Annotations.Header).Published;
        private readonly TextSpan? publishedSpan = document.Get(Annotations.Header).PublishedSpan;
        private readonly DocumentEntities entities = document.Get(Annotations.Entities);
        private readonly TokenList tokenList = document.Get(Annotations.Tokens);
        private DocumentEntity? paragraphPlace;
        private PartialDate? paragraphDate;
        private string? paragraphLabel;
        private int nextMention;
        private int? documentYear;
        private bool paragraphTally;
        private PartialDate? leadDate;

        public List<EventReport> Reports()
        {
            var reports = new List<EventReport>();
            var focus = EventPlaces.Focus(entities);
            var mentions = MentionsInTextOrder(entities);
            var tokens = tokenList.All;
            var sentences = document.Get(Annotations.Sentences).Spans;
            var start = 0;
            var previousEnd = 0;
            var lead = new List<SentenceView>(LeadSentences);
            for (var index = 0; index < sentences.Count; index++)
            {
                cancellation.ThrowIfCancellationRequested();
                var end = start;
                while (end < tokens.Length && tokens[end].Sentence == index)
                {
                    end++;
                }

                var sentence = View(sentences[index], new ArraySegment<Token>(tokens, start, end - start), previousEnd, mentions, index < LeadSentences);
                previousEnd = sentences[index].End;
                start = end;

                // The lead is read whole before any of it is: the day it tells dates what it reports without a date.
                if (index < LeadSentences)
                {
                    lead.Add(sentence);
                    if (index == LeadSentences - 1 || index == sentences.Count - 1)
                    {
                        leadDate = StoryDay(lead);
                        for (var i = 0; i < lead.Count; i++)
                        {
                            ReadIncidents(lead[i], i, focus, reports);
                        }
                    }

                    continue;
                }

                ReadIncidents(sentence, index, focus, reports);
            }

            return reports;
        }

        private void ReadIncidents(SentenceView sentence, int sentenceIndex, DocumentEntity? focus, List<EventReport> reports)
        {
            if (IncidentClauses.Split(sentence) is not { } clauses)
            {
                Read(sentence, sentenceIndex, focus, reports);
                return;
            }

            foreach (var (first, last) in clauses)
            {
                Read(IncidentClauses.Part(sentence, first, last), sentenceIndex, focus, reports);
            }
        }

        private static EntityMention[] MentionsInTextOrder(DocumentEntities entities)
        {
            var mentions = new List<EntityMention>();
            foreach (var entity in entities.Entities)
            {
                foreach (var mention in entity.Mentions)
                {
                    mentions.Add(new EntityMention(mention, entity));
                }
            }

            // A stable sort, as OrderBy was: mentions of one span keep their entities' order.
            return [.. mentions.OrderBy(m => m.Span.Start)];
        }

        private SentenceView View(TextSpan span, ArraySegment<Token> tokens, int previousEnd, EntityMention[] mentions, bool isLead)
        {
            var folded = tokenList.Words(text, tokens.Offset, tokens.Count);

            var (parts, tokenOf) = tokenList.HasMultiWordToken(text, tokens.Offset, tokens.Count) ? LexiconWords.Split(folded) : (folded, null);

            var view = new SentenceView
            {
                Span = span,
                Tokens = tokens,
                Words = folded,
                IsLead = isLead,
                Singular = words.Singular,
                Pronouns = words.Pronouns,
                Additions = words.Additions,
                Participation = words.Participation,
                More = words.More,
                Ordinals = words.Ordinals,
                Conjunctions = words.Conjunctions,
                SeveralIncidents = words.SeveralIncidents,
                StartsParagraph = previousEnd == 0 || text.AsSpan(previousEnd, Math.Max(0, span.Start - previousEnd)).Contains('\n'),
            };
            LexiconWords.Find(words.Triggers, parts, tokenOf, view.Triggers);
            QuotedSpeech.DropQuotedTriggers(text, view);
            if (view.Triggers.Count > 0)
            {
                LexiconWords.Find(words.Actors, parts, tokenOf, view.Actors);
                // Counts matter only where something countable happened: a killing, wounding, arrest or kidnapping.
                if (view.Triggers.Exists(t => EventCounts.OutcomeOf(t.Code) is not null))
                {
                    view.Quantities = lexicon.Quantities.Find(text, tokens, language, folded);
                }
            }

            // Places are read in every sentence: "last week's case in A, B. The military disarmed twelve mines" names
            // the paragraph's place in a sentence that tells nothing itself.
            while (nextMention < mentions.Length && mentions[nextMention].Span.Start < span.Start)
            {
                nextMention++;
            }

            for (var m = nextMention; m < mentions.Length && mentions[m].Span.Start < span.End; m++)
            {
                if (mentions[m].Span.End <= span.End)
                {
                    view.Entities.Add(mentions[m]);
                }
            }

            return view;
        }

        private void Read(SentenceView sentence, int sentenceIndex, DocumentEntity? focus, List<EventReport> reports)
        {
            if (sentence.StartsParagraph)
            {
                (paragraphPlace, paragraphDate, paragraphLabel, paragraphTally) = (null, null, null, false);
            }

            var isStatistic = IsStatistic(sentence);
            var kinds = EventTyping.Classify(sentence, isStatistic);

            // Dates are read where something happened and in the lead, which dates the story: the date reader is the stage's dearest part.
            if (kinds.Count > 0 || sentence.IsLead)
            {
                ReadDates(sentence);
                sentence.TimeLabel = sentence.Dates.Count == 0 && sentence.Triggers.Count > 0 ? TimeLabels.Of(text, sentence, lexicon.DateReader.WordsOf(language)) : null;
            }

            var counts = kinds.Count > 0 ? EventCounts.Read(sentence) : new CountsOfSentence();
            var tallies = isStatistic || (counts.Any && (IsCountOverTime(sentence, counts) || ContinuesTally(sentence)));
            if (tallies)
            {
                kinds.Clear();
            }

            foreach (var told in kinds)
            {
                var kind = BattleSigns.AsBattleInAnOperation(BattleSigns.AsBattleWhenBothSidesFell(EventActors.AsBattleWhenTroopsAttacked(told, sentence), sentence), sentence);
                var actors = EventActors.Assign(kind, sentence);
                var place = EventPlaces.InSentence(text, sentence, kind.TriggerToken, focus);
                var date = NearestDate(sentence, kind.TriggerToken);
                if (!HasSupport(sentence, kind, counts, actors, place, date) || IsHistoryInPassing(sentenceIndex, date, place))
                {
                    continue;
                }

                var stated = date is not null || paragraphDate is not null;
                var ownCounts = CountsFor(kind, counts);
                // "Security camera footage showed gunmen opening fire": what images show is an incident already told, past the lead.
                var anchor = (sentenceIndex >= LeadSentences && sentence.Has("footage")) || (AlreadyTold(reports, kind) && RefersBack(sentence, kind, date, counts)) ? Anchor.None
                    : sentenceIndex < LeadSentences || date is not null || sentence.TimeLabel is not null || (counts.Any && !counts.OnlyVague) ? Anchor.Strong
                    : place is not null && EventPlaces.Specificity(place) >= EventPlaces.Town ? Anchor.Place
                    : Anchor.None;
                var where = EventPlaces.Refine(place, paragraphPlace, focus);
                reports.Add(new EventReport(kind, date ?? paragraphDate ?? leadDate ?? PublicationMonth, stated, where, actors, ownCounts, sentence.Span, anchor) { TimeLabel = sentence.TimeLabel ?? paragraphLabel });
            }

            paragraphPlace = EventPlaces.InSentence(text, sentence, 0) ?? paragraphPlace;
            paragraphTally = tallies;
            paragraphLabel = sentence.TimeLabel ?? paragraphLabel;
            if (sentence.Dates.Count > 0)
            {
                // A date still to come ("next Monday") dates nothing in the paragraph.
                paragraphDate = sentence.Dates.Where(d => !IsAfterPublication(d.Date)).Select(d => (PartialDate?)d.Date).LastOrDefault() ?? paragraphDate;
                documentYear = sentence.Dates.Max(d => d.Date.Year);
            }
        }

        /// <summary>
        /// "Gunmen and soldiers clashed in Guasave on Thursday": the day the lead tells is the story's, and a
        /// better guess than the publication date for what the article tells without a date. Only a
        /// day in the week before publication: an older one dates background, not the story.
        /// </summary>
        private PartialDate? StoryDay(List<SentenceView> lead)
        {
            foreach (var sentence in lead)
            {
                ReadDates(sentence);
                if (sentence.Dates.Count > 0)
                {
                    documentYear = sentence.Dates.Max(d => d.Date.Year);
                }

                foreach (var mention in sentence.Dates)
                {
                    var day = mention.Date;
                    if (day.Precision == DatePrecision.Day && (published is not { Precision: DatePrecision.Day } p
                        || (p.FirstDayNumber - day.FirstDayNumber) is >= 0 and <= StoryDayReach))
                    {
                        return day;
                    }
                }
            }

            return null;
        }

        private void ReadDates(SentenceView sentence)
        {
            if (!sentence.DatesRead)
            {
                sentence.Dates = WithoutPublicationDate(lexicon.DateReader.Find(text, sentence.Tokens, language, new DateContext(published, documentYear), sentence.Words));
            }

            sentence.DatesRead = true;
        }

        /// <summary>The date line of the article ("Published 12 March 2024") dates the report, not what it reports.</summary>
        private IReadOnlyList<DateMention> WithoutPublicationDate(IReadOnlyList<DateMention> dates)
            => publishedSpan is { } line && dates.Any(d => d.Span.Overlaps(line)) ? [.. dates.Where(d => !d.Span.Overlaps(line))] : dates;

        /// <summary>
        /// The publication date stands in for a date the text does not give; the incident happened on it or some
        /// days before, so it dates the month, never the day.
        /// </summary>
        private PartialDate? PublicationMonth => published is { Precision: DatePrecision.Day } p ? PartialDate.OfMonth(p.Year, p.Month) : published;

        /// <summary>Whether an incident of this kind (any act of violence for one) has been told before: only then can a sentence refer back to it.</summary>
        private static bool AlreadyTold(List<EventReport> reports, EventKind kind)
            => reports.Exists(r => r.Kind.Type == kind.Type && r.Kind.Subtype == kind.Subtype || (IsViolence(r.Kind.Type) && IsViolence(kind.Type)));

        private static bool IsViolence(string type) => type is EventTyping.Battles or EventTyping.Civilians or EventTyping.Remote;

        /// <summary>
        /// "The attack took place shortly after 6.30 at the corner of …", "el artefacto explosivo fue detonado al paso de
        /// un blindado": a trigger after a definite article or demonstrative, with no date or count of its own, tells
        /// more of an incident already told, even when it names a street or place the earlier sentences did not.
        /// </summary>
        private bool RefersBack(SentenceView sentence, EventKind kind, PartialDate? date, CountsOfSentence counts)
        {
            if (date is not null || sentence.TimeLabel is not null || (counts.Any && !counts.OnlyVague))
            {
                return false;
            }

            // The article may stand before an adjective ("el violento tiroteo", "the deadly attack") or be elided ("l'agguato").
            var token = kind.TriggerToken;
            var word = sentence.Words[token];
            var space = word.IndexOf(' ', StringComparison.Ordinal);
            if (space > 0 && words.Definite.Contains(word[..space]))
            {
                return true;
            }

            return (token > 0 && words.Definite.Contains(sentence.Words[token - 1]))
                || (token > 1 && words.Definite.Contains(sentence.Words[token - 2]) && (sentence.Tokens[token - 1].Kind == TokenKind.Word || sentence.Words[token - 1] is "'" or "\u2019"));
        }

        /// <summary>
        /// "In 2015 the militias even shot down an army helicopter", "he had been detained in 2019": past
        /// the lead, a sentence dated only by a year, or by a month long before publication, and naming no
        /// place tells history in passing, not an incident a reader would look for in a database.
        /// </summary>
        private bool IsHistoryInPassing(int sentenceIndex, PartialDate? date, DocumentEntity? place)
        {
            if (sentenceIndex < LeadSentences || place is not null || date is not { } told)
            {
                return false;
            }

            return told.Precision == DatePrecision.Year
                || (told.Precision == DatePrecision.Month && published is { } p && MonthsBetween(told, p) >= HistoryMonths);
        }

        private static int MonthsBetween(PartialDate earlier, PartialDate later) => ((later.Year - earlier.Year) * 12) + later.Month - earlier.Month;

        /// <summary>"Attack" and "shot" are common words: an event needs something more, a count, a party, a place or a date.</summary>
        private static bool HasSupport(SentenceView sentence, EventKind kind, CountsOfSentence counts, List<EventActor> actors, DocumentEntity? place, PartialDate? date)
            => counts.Fatalities is not null || counts.Injured is not null || counts.Arrested is not null || counts.Kidnapped is not null
                || actors.Count > 0 || place is not null || date is not null || kind.Tactics.Count > 0 || sentence.Actors.Count > 0;

        private PartialDate? NearestDate(SentenceView sentence, int triggerToken)
        {
            DateMention? best = null;
            var bestDistance = int.MaxValue;
            foreach (var date in sentence.Dates)
            {
                // "Two candidates for the upcoming June 2 elections were shot last week": what is still to come dates nothing that happened.
                if (IsAfterPublication(date.Date))
                {
                    continue;
                }

                var distance = Math.Abs(sentence.TokenAt(date.Span.Start) - triggerToken);
                if (distance < bestDistance)
                {
                    (best, bestDistance) = (date, distance);
                }
            }

            return best?.Date;
        }

        /// <summary>Whether every day <paramref name="date"/> may mean comes after every day the publication date may mean.</summary>
        private bool IsAfterPublication(PartialDate date) => published is { } p && date.FirstDayNumber > p.LastDayNumber;

        /// <summary>A tally ("so far this year", "since 2016") is a claim about many incidents, not an event.</summary>
        private bool IsStatistic(SentenceView sentence)
        {
            // "Police in Sonora, Chihuahua and Durango counted twenty dead over the weekend": a roundup of many incidents
            // (a sentence that reports nothing, "the cartel is present in A, B and C", is no roundup).
            if (sentence.Triggers.Count > 0 && StatesNamed(sentence) >= RoundupStates)
            {
                return true;
            }

            // "between 2018 and 2024", "from 2006 to 2012": a span of years is a tally's.
            if (YearsWritten(sentence) >= 2)
            {
                return true;
            }

            foreach (var trigger in sentence.Triggers)
            {
                if (trigger.Code == "tally")
                {
                    return true;
                }

                if (trigger.Code == "tally_since" && trigger.End < sentence.Tokens.Count)
                {
                    ReadDates(sentence);
                    var next = sentence.SpanOf(trigger.End, Math.Min(sentence.Tokens.Count, trigger.End + 3));
                    if (sentence.Dates.Any(d => d.Span.Overlaps(next)) || sentence.Tokens.Skip(trigger.End).Take(3).Any(t => t.Kind == TokenKind.Number && t.Span.Length == 4))
                    {
                        return true;
                    }
                }
            }

            return false;
        }

        /// <summary>
        /// "Since 2019, 410 officers have been murdered in the state. Ninety-six were shot off duty.":
        /// a count right after a tally, with no place or time of its own, goes on with the tally.
        /// </summary>
        private bool ContinuesTally(SentenceView sentence)
            => paragraphTally && sentence.Dates.Count == 0 && sentence.TimeLabel is null && EventPlaces.InSentence(text, sentence, 0) is null;

        /// <summary>
        /// "More than 300 officers were killed in 2024", "since the war began 1,200 people have died": a count
        /// over a whole year, or a large count since some time, is a tally of many incidents.
        /// </summary>
        private static bool IsCountOverTime(SentenceView sentence, CountsOfSentence counts)
        {
            if (sentence.Dates.Count > 0 && sentence.Dates.All(d => d.Date.Precision == DatePrecision.Year))
            {
                return true;
            }

            var largest = Math.Max(Math.Max(counts.Fatalities ?? 0, counts.Injured ?? 0), Math.Max(counts.Arrested ?? 0, counts.Kidnapped ?? 0));
            return largest >= MinStatisticCount || (largest >= LargeCountSince && sentence.Has("tally_since"));
        }

        private static int StatesNamed(SentenceView sentence)
        {
            List<DocumentEntity>? states = null;
            foreach (var mention in sentence.Entities)
            {
                if (EventPlaces.Specificity(mention.Entity) == EventPlaces.State && (states is null || !states.Contains(mention.Entity)))
                {
                    (states ??= []).Add(mention.Entity);
                }
            }

            return states?.Count ?? 0;
        }

        private static int YearsWritten(SentenceView sentence)
        {
            var (first, count) = (0, 0);
            for (var i = 0; i < sentence.Tokens.Count; i++)
            {
                if (sentence.Tokens[i].Kind == TokenKind.Number && sentence.Words[i].Length == 4 && int.TryParse(sentence.Words[i], System.Globalization.CultureInfo.InvariantCulture, out var year)
                    && year is >= FirstYear and <= LastYear && !IsPartOfDate(sentence, i))
                {
                    // Two different years are all a span needs: no set of them is kept.
                    if (count == 0 || year != first)
                    {
                        (first, count) = (count == 0 ? year : first, count + 1);
                    }
                }
            }

            return count;
        }

        /// <summary>"2024" of "2024-12-17": a year inside a full date is no year of a span.</summary>
        private static bool IsPartOfDate(SentenceView sentence, int token)
            => (token + 2 < sentence.Words.Length && sentence.Words[token + 1] is "-" or "/" or "." && sentence.Tokens[token + 2].Kind == TokenKind.Number)
                || (token > 1 && sentence.Words[token - 1] is "-" or "/" or "." && sentence.Tokens[token - 2].Kind == TokenKind.Number);

        private static CountsOfSentence CountsFor(EventKind kind, CountsOfSentence counts)
            => kind.Type switch
            {
                EventTyping.Battles or EventTyping.Civilians or EventTyping.Remote or EventTyping.Riots
                    => new CountsOfSentence { Fatalities = counts.Fatalities, Injured = counts.Injured, Kidnapped = counts.Kidnapped, OnlyVague = counts.OnlyVague, AddsFatalities = counts.AddsFatalities, SurelyAdds = counts.SurelyAdds, OverSeveralIncidents = counts.OverSeveralIncidents },
                _ when kind.Subtype == "Arrests" => new CountsOfSentence { Arrested = counts.Arrested, OnlyVague = counts.OnlyVague },
                _ => new CountsOfSentence(),
            };
    }
}
