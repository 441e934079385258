// Event: what happened, where and who, and every source with its evidence marked inside the article text.
import { getJson } from '../api.js';
import { el, highlighted, replace } from '../dom.js';
import { link, param } from '../filters.js';
import { actorLabel, eventDate, externalLink, number, place, typeBadge, outletOf } from '../format.js';
import { languageName, runPage } from '../layout.js';
import { mexicoMap } from '../map.js';
import { mergeControls } from '../merge.js';
import { reviewPanel } from '../review.js';

const COUNTS = ['fatalities', 'injured', 'arrested', 'kidnapped'];
// What location.precision (CONTRACT.md) tells an analyst.
const PRECISION = {
  place: 'its place (town, village or spot)',
  municipality: 'its municipality only',
  state: 'its state only',
  country: 'its country only',
};
const ROLES = { actor1: 'Actor 1', actor2: 'Actor 2', assoc_actor_1: 'Associated with actor 1', assoc_actor_2: 'Associated with actor 2' };

function facts(event, entities) {
  const rows = [
    ['Type', [typeBadge(event.type), ' ', event.subtype]],
    ['Date', eventDate(event)],
    ['Place', place(event.location)],
    ['Placed to', event.location?.precision ? PRECISION[event.location.precision] ?? event.location.precision : 'unknown'],
    ['Coordinates', event.location?.lat != null
      ? [`${event.location.lat.toFixed(4)}, ${event.location.lon.toFixed(4)}`, ['state', 'country'].includes(event.location.precision)
        ? el('span', { class: 'muted' }, ` (the ${event.location.precision}'s centre, not where it happened)`) : null]
      : 'none'],
    ...COUNTS.map((count) => [count[0].toUpperCase() + count.slice(1), number(event[count])]),
    ['Tactics', event.tactics.length ? event.tactics.join(', ') : 'none'],
  ];
  for (const actor of event.actors) {
    rows.push([ROLES[actor.role] ?? actor.role, [
      actor.entity ? link('/entity.html', { id: actor.entity }, actorLabel(actor, entities)) : actorLabel(actor, entities),
      actor.category ? el('span', { class: 'muted' }, ` (${actor.category.replaceAll('_', ' ')})`) : null,
    ]]);
  }
  return el('dl', { class: 'facts', id: 'event-facts' }, rows.map(([term, value]) => [el('dt', null, term), el('dd', null, value)]));
}

function countsReported(event, documents) {
  if (!event.counts_reported?.length) return null;
  const titles = Object.fromEntries(documents.map((d) => [d.id, d]));
  return el('section', { class: 'panel', 'aria-labelledby': 'counts-title' },
    el('h2', { id: 'counts-title' }, 'Counts reported by each source'),
    el('p', { class: 'muted' }, 'The sources disagree; the event keeps the lowest figure, as ACLED does.'),
    el('table', { class: 'compact cards-on-phone', id: 'counts-reported' },
      el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'Source'), COUNTS.map((c) => el('th', { scope: 'col', class: 'num' }, c)))),
      el('tbody', null, event.counts_reported.map((report) => el('tr', null,
        el('td', { 'data-label': 'Source' }, titles[report.document]?.title || report.document,
          titles[report.document] ? el('span', { class: 'muted' }, ` (${[outletOf(titles[report.document]), titles[report.document].language].filter(Boolean).join(', ')})`) : null),
        COUNTS.map((c) => el('td', { class: 'num', 'data-label': c }, number(report[c]))))))));
}

function sourceCard(document, spans) {
  const text = document.text ?? '';
  const body = el('div', { class: 'article-text', tabindex: '0', 'aria-label': `Text of ${document.title || document.id}` },
    highlighted(text, spans.map((s) => [s.start, s.end]), { class: 'evidence' }));
  return el('article', { class: 'source', lang: document.language, 'data-document': document.id },
    el('h3', null, document.title || document.id),
    el('p', { class: 'muted small' },
      [outletOf(document), languageName(document.language), document.published].filter(Boolean).join(' · '), ' ',
      externalLink(document.url, 'original')),
    spans.length
      ? el('blockquote', { class: 'evidence-quote' }, spans.map((s) => el('p', null, text.slice(s.start, s.end) || s.text)))
      : el('p', { class: 'muted' }, 'No evidence span recorded for this source.'),
    body);
}

runPage('event', {}, async (main) => {
  const id = param('id');
  if (!id) throw new Error('No event id: open an event from the events table or the map.');
  const result = await getJson(`/api/events/${encodeURIComponent(id)}`);
  const event = result.event;
  document.title = `${event.id} ${event.type} · Atalaya`;
  const location = event.location;
  const abroad = location?.country && location.country !== 'MX';
  const inexact = location?.precision === 'state' || location?.precision === 'country';
  const smallMap = abroad
    ? el('p', { id: 'outside-mexico' }, `Outside Mexico: ${place(location)}.`)
    : location?.admin1 || location?.lat != null
      ? (await mexicoMap({
        focusState: location.admin1,
        // A state's or the country's centre is not a place: the state is framed and marked, no point is drawn.
        focusPoint: location.lat != null && !inexact ? { lat: location.lat, lon: location.lon } : null,
        points: location.lat != null && !inexact ? [{ id: event.id, lat: location.lat, lon: location.lon, fatalities: event.fatalities, type: event.type, date: event.date, place: location.place, state: location.admin1, precision: location.precision, country: location.country }] : [],
        width: 360,
        label: `Map: ${place(location)}${location.precision ? `, placed to the ${location.precision}` : ''}`,
      })).element
      : el('p', { class: 'muted' }, 'No place to show on a map.');
  // Sources grouped by language: one column per language, side by side.
  const byLanguage = new Map();
  for (const document of result.documents) {
    if (!byLanguage.has(document.language)) byLanguage.set(document.language, []);
    byLanguage.get(document.language).push(document);
  }
  const columns = [...byLanguage.entries()].map(([language, documents]) => el('div', { class: 'language-column', 'data-language': language },
    el('h3', { class: 'language-heading' }, languageName(language)),
    documents.map((document) => sourceCard(document, event.sources.filter((s) => s.document === document.id)))));
  const grid = el('div', { class: 'side-by-side', id: 'sources' }, columns);
  grid.style.setProperty('--columns', String(Math.max(1, Math.min(columns.length, 3))));
  replace(main,
    el('h1', null, `${event.type || 'Event'}: ${event.subtype}`, el('span', { class: 'muted id' }, ` ${event.id}`)),
    event.id !== id ? el('p', { id: 'merged-into', class: 'notice' }, `Event ${id} was merged into ${event.id} by an analyst: its sources are this event's.`) : null,
    el('div', { class: 'event-head' },
      el('section', { class: 'panel', 'aria-label': 'Event details' }, facts(event, result.entities)),
      el('section', { class: 'panel small-map', 'aria-label': 'Where' }, smallMap)),
    countsReported(event, result.documents),
    reviewPanel(event, result.review, () => window.location.reload(), mergeControls(event, result.merged, () => window.location.reload())),
    el('h2', null, `Sources (${result.documents.length})`),
    result.documents.length ? grid : el('p', { class: 'muted' }, 'No source documents stored for this event.'));
  // Bring the first evidence of each article into view inside its scrolling box.
  for (const box of main.querySelectorAll('.article-text')) {
    const mark = box.querySelector('mark');
    // The box is positioned, so it is the mark's offsetParent: offsetTop is already measured from it.
    if (mark) box.scrollTop = Math.max(0, mark.offsetTop - 40);
  }
});
