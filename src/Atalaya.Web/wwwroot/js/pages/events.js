// Events: the filtered set as a sortable, paginated table, with the same set as ACLED CSV and GeoJSON.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { currentFilters, href, link, param, withParams } from '../filters.js';
import { actorLabel, eventDate, number, place, typeBadge } from '../format.js';
import { runPage } from '../layout.js';

const PAGE_SIZE = 50;

// Column -> the API's sort key (descending first where the largest is the interesting end).
const SORTABLE = { date: '-date', type: 'type', state: 'state', fatalities: '-fatalities' };

function sortHeader(column, label, sort, extraClass) {
  const key = sort.replace(/^-/, '');
  const active = key === column;
  const descending = sort.startsWith('-');
  const next = active ? (descending ? column : `-${column}`) : SORTABLE[column];
  const arrow = active ? (descending ? ' ▼' : ' ▲') : '';
  return el('th', { scope: 'col', class: extraClass, 'aria-sort': active ? (descending ? 'descending' : 'ascending') : 'none' },
    el('a', { href: withParams({ sort: next, page: null }), class: 'sort', 'data-sort': column }, label, arrow));
}

function pager(total, page, pageSize) {
  const pages = Math.max(1, Math.ceil(total / pageSize));
  return el('nav', { class: 'pager', 'aria-label': 'Pages of events' },
    page > 1 ? el('a', { href: withParams({ page: page - 1 }), rel: 'prev' }, '← Previous') : el('span', { class: 'muted' }, '← Previous'),
    el('span', null, `Page ${page} of ${pages}`),
    page < pages ? el('a', { href: withParams({ page: page + 1 }), rel: 'next' }, 'Next →') : el('span', { class: 'muted' }, 'Next →'));
}

function actorsCell(event, entities) {
  const actors = event.actors.filter((a) => a.role === 'actor1' || a.role === 'actor2');
  return el('td', { 'data-label': 'Actors' }, actors.map((actor, i) => [
    i ? el('span', { class: 'muted' }, actor.role === 'actor2' && actors[i - 1].role === 'actor1' ? ' vs ' : ', ') : null,
    actor.entity ? link('/entity.html', { id: actor.entity }, actorLabel(actor, entities)) : el('span', { class: 'muted' }, actorLabel(actor, entities)),
  ]));
}

// Which events by their analysts' review: any, not yet reviewed, verified or rejected.
function reviewFilter(current) {
  const select = el('select', { id: 'review-filter', name: 'review' },
    [['', 'any review status'], ['unreviewed', 'unreviewed'], ['verified', 'verified'], ['rejected', 'rejected']]
      .map(([value, label]) => el('option', { value, selected: value === (current ?? '') }, label)));
  select.addEventListener('change', () => window.location.assign(withParams({ review: select.value || null, page: null })));
  return el('div', { class: 'field' }, el('label', { for: 'review-filter' }, 'Review'), select);
}

runPage('events', {}, async (main) => {
  const sort = param('sort') || '-date';
  const page = Math.max(1, Number.parseInt(param('page') || '1', 10) || 1);
  // page_size may come with the URL (a bookmarked longer table); the server refuses values out of range.
  const pageSize = param('page_size') || PAGE_SIZE;
  const review = param('review') || null;
  const result = await getJson('/api/events', { ...currentFilters(), sort, page, page_size: pageSize, review });
  const table = el('table', { class: 'events cards-on-phone', id: 'events-table' },
    el('caption', { class: 'visually-hidden' }, 'Events, sortable by date, type, state and fatalities'),
    el('thead', null, el('tr', null,
      el('th', { scope: 'col' }, 'Event'),
      sortHeader('date', 'Date', sort),
      sortHeader('type', 'Type', sort),
      sortHeader('state', 'Place', sort),
      el('th', { scope: 'col' }, 'Actors'),
      sortHeader('fatalities', 'Fatalities', sort, 'num'),
      el('th', { scope: 'col', class: 'num' }, 'Sources'))),
    el('tbody', null, result.items.map((event) => el('tr', { 'data-event': event.id },
      el('td', { 'data-label': 'Event' }, link('/event.html', { id: event.id }, event.id),
        result.reviews[event.id] && result.reviews[event.id] !== 'unreviewed' ? [' ', el('span', { class: ['tag', `review-${result.reviews[event.id]}`], 'data-review': result.reviews[event.id] }, result.reviews[event.id])] : null),
      el('td', { class: 'nowrap', 'data-label': 'Date' }, eventDate(event)),
      el('td', { 'data-label': 'Type' }, typeBadge(event.type), el('div', { class: 'muted small' }, event.subtype)),
      el('td', { 'data-state': event.location?.admin1 ?? '', 'data-label': 'Place' }, place(event.location),
        event.location?.precision && event.location.precision !== 'place' ? el('div', { class: 'muted small' }, `placed to its ${event.location.precision} only`) : null),
      actorsCell(event, result.entities),
      el('td', { class: 'num', 'data-fatalities': event.fatalities ?? '', 'data-label': 'Fatalities' }, number(event.fatalities)),
      el('td', { class: 'num', 'data-label': 'Sources' }, String(new Set(event.sources.map((s) => s.document)).size))))));
  const filters = currentFilters();
  replace(main,
    el('h1', null, 'Events'),
    el('div', { class: 'toolbar' },
      reviewFilter(review),
      el('p', { id: 'events-total' }, `${number(result.total)} event${result.total === 1 ? '' : 's'} in this selection`),
      el('p', { class: 'exports' }, 'Export this selection: ',
        el('a', { href: href('/api/events.csv', {}, filters), download: 'atalaya-events.csv', id: 'export-csv' }, 'ACLED CSV'), ' · ',
        el('a', { href: href('/api/events.geojson', {}, filters), download: 'atalaya-events.geojson', id: 'export-geojson' }, 'GeoJSON'))),
    result.items.length ? el('div', { class: 'table-wrap' }, table) : el('p', { class: 'empty' }, 'No events match these filters.'),
    pager(result.total, result.page, result.page_size));
});
