// Story: the events read from it, what each source says (one comparable row per source, shared values marked),
// and its documents side by side, one column per language.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { link, param } from '../filters.js';
import { actorLabel, eventDate, externalLink, number, place, typeBadge, outletOf } from '../format.js';
import { languageName, runPage } from '../layout.js';

function documentCard(document) {
  return el('article', { class: ['source', document.id === param('document') ? 'current' : null], lang: document.language, 'data-document': document.id },
    el('h3', null, document.title || document.id),
    el('p', { class: 'muted small' },
      [outletOf(document), document.published].filter(Boolean).join(' · '), ' ', externalLink(document.url, 'original'),
      document.duplicate_of ? el('span', { class: 'tag' }, ` duplicate of ${document.duplicate_of}`) : null),
    el('div', { class: 'article-text', tabindex: '0', 'aria-label': `Text of ${document.title || document.id}` }, document.text ?? ''));
}

/** The story's events, oldest first: what happened, where, to whom, and how many died, each linked to its page. */
function eventsSection(events, entities) {
  return el('section', { class: 'panel', 'aria-labelledby': 'story-events-title' },
    el('h2', { id: 'story-events-title' }, `Events (${events.length})`),
    events.length
      ? el('ul', { class: 'event-list', id: 'story-events' }, events.map((event) => el('li', { 'data-event': event.id },
        link('/event.html', { id: event.id }, eventDate(event)), ' ', typeBadge(event.type), ' ', place(event.location),
        event.fatalities ? el('span', { class: 'muted' }, ` · ${number(event.fatalities)} killed`) : null,
        event.actors.some((a) => a.entity)
          ? el('span', { class: 'muted' }, ` · ${event.actors.filter((a) => a.entity).map((a) => actorLabel(a, entities)).join(', ')}`)
          : null)))
      : el('p', { class: 'muted' }, 'No events were read from these documents.'));
}

/** What one document tells of the story's events: their count, the dead it gives, places, dates and named actors. */
function toldBy(document, events, entities) {
  const own = events.filter((event) => event.sources.some((s) => s.document === document.id));
  const dead = own.reduce((sum, event) => {
    // The document's own figure where sources disagree, else the event's.
    const report = event.counts_reported?.find((r) => r.document === document.id);
    return sum + (report ? report.fatalities ?? 0 : event.fatalities ?? 0);
  }, 0);
  const unique = (values) => [...new Set(values.filter(Boolean))];
  return {
    document,
    events: own.length,
    fatalities: dead,
    places: unique(own.map((e) => e.location?.place ?? e.location?.admin1)),
    dates: unique(own.map((e) => e.date)),
    actors: unique(own.flatMap((e) => e.actors.filter((a) => a.entity).map((a) => actorLabel(a, entities)))),
  };
}

// One row per source; a value every source with events gives alike is marked shared, so differences stand out.
function comparison(documents, events, entities) {
  if (documents.length < 2) return null;
  const rows = documents.map((document) => toldBy(document, events, entities));
  const telling = rows.filter((r) => r.events > 0);
  const sharedBy = (pick) => {
    const counts = new Map();
    for (const row of telling) for (const value of new Set(pick(row))) counts.set(value, (counts.get(value) ?? 0) + 1);
    return new Set([...counts].filter(([, n]) => telling.length > 1 && n === telling.length).map(([value]) => value));
  };
  const shared = { places: sharedBy((r) => r.places), dates: sharedBy((r) => r.dates), actors: sharedBy((r) => r.actors), fatalities: sharedBy((r) => [r.fatalities]) };
  const cell = (values, set, label) => el('td', { 'data-label': label }, values.length
    ? values.map((value, i) => [i ? ', ' : '', set.has(value) ? el('mark', { class: 'shared', title: 'every source says so' }, value) : value])
    : '–');
  return el('section', { class: 'panel', 'aria-labelledby': 'compare-title' },
    el('h2', { id: 'compare-title' }, 'What each source says'),
    el('p', { class: 'muted small' }, 'Marked: what every source that reports an event of the story says alike.'),
    el('div', { class: 'table-scroll' }, el('table', { class: 'compact cards-on-phone', id: 'source-comparison' },
      el('thead', null, el('tr', null, ['Source', 'Language', 'Events', 'Fatalities', 'Places', 'Dates', 'Actors'].map((h) => el('th', { scope: 'col', class: ['Events', 'Fatalities'].includes(h) ? 'num' : null }, h)))),
      el('tbody', null, rows.map((row) => el('tr', { 'data-document': row.document.id },
        el('td', { 'data-label': 'Source' }, row.document.title || row.document.id, el('div', { class: 'muted small' }, [outletOf(row.document), row.document.published].filter(Boolean).join(' · '))),
        el('td', { 'data-label': 'Language' }, languageName(row.document.language)),
        el('td', { class: 'num', 'data-label': 'Events' }, number(row.events)),
        el('td', { class: 'num', 'data-label': 'Fatalities' }, row.events ? (shared.fatalities.has(row.fatalities) ? el('mark', { class: 'shared' }, number(row.fatalities)) : number(row.fatalities)) : '–'),
        cell(row.places, shared.places, 'Places'),
        cell(row.dates, shared.dates, 'Dates'),
        cell(row.actors, shared.actors, 'Actors')))))));
}

runPage('story', { withFilters: false }, async (main) => {
  // A story by its id, or the story a document belongs to (links from search hits and claims name the document).
  const documentId = param('document');
  let id = param('id');
  if (!id && documentId) {
    const stored = await getJson(`/api/documents/${encodeURIComponent(documentId)}`);
    if (!stored.story) throw new Error(`Document ${documentId} belongs to no story.`);
    id = stored.story;
  }
  if (!id) throw new Error('No story id: open a story from the stories list or the overview.');
  const result = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  const story = result.story;
  document.title = `${story.title || story.id} · Atalaya`;
  const byLanguage = new Map();
  for (const document of result.documents) {
    if (!byLanguage.has(document.language)) byLanguage.set(document.language, []);
    byLanguage.get(document.language).push(document);
  }
  const grid = el('div', { class: 'side-by-side', id: 'story-documents' }, [...byLanguage.entries()].map(([language, documents]) =>
    el('div', { class: 'language-column', 'data-language': language },
      el('h2', { class: 'language-heading' }, `${languageName(language)} (${documents.length})`),
      documents.map(documentCard))));
  grid.style.setProperty('--columns', String(Math.max(1, Math.min(byLanguage.size, 3))));
  replace(main,
    el('h1', null, story.title || story.id, el('span', { class: 'muted id' }, ` ${story.id}`)),
    el('p', null, `${result.documents.length} document${result.documents.length === 1 ? '' : 's'} in ${story.languages.map(languageName).join(', ')}. `,
      link('/stories.html', {}, 'All stories')),
    eventsSection(result.events, result.entities),
    comparison(result.documents, result.events, result.entities),
    grid);
});
