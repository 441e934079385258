// Overview: the map, events per week by type, top actors and latest stories, all under the URL's filters.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { currentFilters, href, link, withParams } from '../filters.js';
import { number } from '../format.js';
import { runPage, languageName } from '../layout.js';
import { loadBoundaries, mexicoMap, mapLegend } from '../map.js';
import { timeStackedBars } from '../timeline.js';

function stat(label, value, note = null) {
  return el('div', { class: 'stat' }, el('span', { class: 'stat-value' }, number(value)), el('span', { class: 'stat-label' }, label),
    note ? el('span', { class: 'stat-note' }, note) : null);
}

// The events the map cannot draw as points, listed: outside Mexico (by country and place) and placed only to Mexico.
function notDrawn(drawn, byState, states) {
  const outside = new Map();
  for (const point of drawn.outside) {
    const key = `${point.country}|${point.place ?? point.state ?? ''}`;
    if (!outside.has(key)) outside.set(key, { country: point.country, place: point.place ?? point.state, events: [] });
    outside.get(key).events.push(point);
  }
  // States the boundaries do not hold are abroad too (a region of another country counted by the state breakdown).
  const foreignStates = Object.entries(byState).filter(([state]) => !states.has(state));
  const items = [...outside.values()].sort((a, b) => b.events.length - a.events.length).map((group) => el('li', null,
    group.events.length === 1
      ? link('/event.html', { id: group.events[0].id }, group.place ?? 'place unknown')
      : el('span', null, group.place ?? 'place unknown'),
    el('span', { class: 'muted' }, ` ${group.country}`),
    el('span', { class: 'count' }, `${number(group.events.length)} event${group.events.length === 1 ? '' : 's'}`)));
  const listed = new Set([...outside.values()].map((g) => g.place));
  for (const [state, count] of foreignStates) {
    if (listed.has(state)) continue;
    items.push(el('li', null, el('a', { href: href('/events.html', { state }) }, state), el('span', { class: 'count' }, `${number(count)} event${count === 1 ? '' : 's'}`)));
  }
  return el('section', { class: 'not-drawn', id: 'outside-mexico', 'aria-labelledby': 'outside-title' },
    el('h3', { id: 'outside-title' }, 'Outside Mexico'),
    items.length ? el('ul', { class: 'ranked' }, items) : el('p', { class: 'muted' }, 'No events outside Mexico in this selection.'),
    drawn.country.length
      ? el('p', { class: 'muted', id: 'country-only' }, `${number(drawn.country.length)} event${drawn.country.length === 1 ? ' is' : 's are'} placed only to Mexico as a whole and not drawn.`)
      : null);
}

// The map's markers as a table: the same facts for keyboard and screen-reader users.
function markerTable(points) {
  const rows = [...points].sort((a, b) => (a.state ?? '').localeCompare(b.state ?? '') || (a.place ?? '').localeCompare(b.place ?? ''));
  return el('details', { class: 'map-table' },
    el('summary', null, `The map's ${number(rows.length)} events as a table`),
    el('div', { class: 'table-scroll' }, el('table', { class: 'compact' },
      el('caption', { class: 'visually-hidden' }, 'Events on the map'),
      el('thead', null, el('tr', null, ['Event', 'Date', 'Type', 'Place', 'State', 'Placed to', 'Fatalities'].map((h) => el('th', { scope: 'col' }, h)))),
      el('tbody', null, rows.map((p) => el('tr', null,
        el('td', null, link('/event.html', { id: p.id }, p.id)),
        el('td', null, p.date ?? 'unknown'),
        el('td', null, p.type),
        el('td', null, p.place ?? ''),
        el('td', null, p.country && p.country !== 'MX' ? `${p.state ?? ''} (${p.country})` : p.state ?? ''),
        el('td', null, p.precision ?? 'unknown'),
        el('td', { class: 'num' }, number(p.fatalities))))))));
}


function topActors(actors) {
  if (!actors.length) return el('p', { class: 'muted' }, 'No named actors in this selection.');
  return el('ol', { class: 'ranked', id: 'top-actors' }, actors.map((actor) => el('li', null,
    link('/entity.html', { id: actor.entity }, actor.name),
    actor.kind ? el('span', { class: 'muted' }, ` ${actor.kind.replaceAll('_', ' ')}`) : null,
    el('span', { class: 'count' }, `${number(actor.events)} event${actor.events === 1 ? '' : 's'}`),
    el('a', { class: 'filter-link', href: href('/', { actor: actor.entity }), 'aria-label': `Filter by ${actor.name}` }, 'filter'))));
}

function latestStories(stories) {
  if (!stories.length) return el('p', { class: 'muted' }, 'No stories in this selection.');
  return el('ul', { class: 'story-list', id: 'latest-stories' }, stories.map((story) => el('li', null,
    link('/story.html', { id: story.id }, story.title || story.id),
    el('div', { class: 'muted' },
      `${story.documents} document${story.documents === 1 ? '' : 's'} · ${story.languages.map(languageName).join(', ')}`,
      story.last_published ? ` · ${story.last_published}` : ''))));
}

runPage('overview', {}, async (main) => {
  const filters = currentFilters();
  const [overview, boundaries] = await Promise.all([getJson('/api/overview', filters), loadBoundaries()]);
  const states = new Set(boundaries.features.map((f) => f.properties.name));
  const byState = Object.fromEntries(overview.by_state.map((s) => [s.state, s.events]));
  const mexicanByState = Object.fromEntries(Object.entries(byState).filter(([state]) => states.has(state)));
  const drawn = await mexicoMap({
    byState: mexicanByState,
    points: overview.points,
    // The filtered state fills the frame; the whole country otherwise.
    focusState: filters.state && states.has(filters.state) ? filters.state : null,
    pointHref: (point) => href('/event.html', { id: point.id }),
    stateHref: (state) => href('/', { state }),
    label: `Map of Mexico: ${overview.points.length} events with coordinates, states shaded by event count`,
  });
  const placed = overview.by_state.reduce((sum, s) => sum + s.events, 0);
  const dayDated = overview.by_week.reduce((sum, w) => sum + w.events, 0);
  const stateTable = el('table', { class: 'compact' },
    el('caption', { class: 'visually-hidden' }, 'Events by state'),
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'State'), el('th', { scope: 'col', class: 'num' }, 'Events'), el('th', { scope: 'col', class: 'num' }, 'Fatalities'))),
    el('tbody', null, [...overview.by_state].filter((s) => states.has(s.state)).sort((a, b) => b.events - a.events).slice(0, 12).map((s) => el('tr', null,
      el('td', null, el('a', { href: href('/events.html', { state: s.state }) }, s.state)),
      el('td', { class: 'num' }, number(s.events)),
      el('td', { class: 'num' }, number(s.fatalities))))));
  replace(main,
    el('h1', null, 'Overview'),
    el('div', { class: 'stats' },
      stat('events', overview.events, [
        overview.events - placed > 0 ? `${number(overview.events - placed)} without a state` : null,
        overview.events - dayDated > 0 ? `${number(overview.events - dayDated)} without a day-precise date` : null,
      ].filter(Boolean).join(' · ') || null),
      stat('fatalities', overview.fatalities), stat('documents', overview.documents)),
    el('a', { class: 'skip-map', href: '#state-title' }, 'Skip past the map'),
    el('div', { class: 'overview-grid' },
      el('section', { class: 'panel map-panel', 'aria-labelledby': 'map-title' },
        el('h2', { id: 'map-title' }, 'Where'),
        el('div', { class: 'map-wrap', id: 'overview-map' }, drawn.element),
        mapLegend(mexicanByState),
        notDrawn(drawn, byState, states),
        markerTable(overview.points)),
      el('section', { class: 'panel', 'aria-labelledby': 'state-title' },
        el('h2', { id: 'state-title', tabindex: '-1' }, 'Events by state'),
        overview.by_state.length ? stateTable : el('p', { class: 'muted' }, 'No events with a state.')),
      el('section', { class: 'panel wide', 'aria-labelledby': 'weeks-title' },
        el('h2', { id: 'weeks-title' }, 'Events over time by type'),
        timeStackedBars(overview.by_week, overview.events - dayDated, {
          label: 'Events over time, stacked by event type',
          brush: (from, to) => window.location.assign(withParams({ from, to, page: null })),
        })),
      el('section', { class: 'panel', 'aria-labelledby': 'actors-title' },
        el('h2', { id: 'actors-title' }, 'Top actors'), topActors(overview.top_actors)),
      el('section', { class: 'panel', 'aria-labelledby': 'stories-title' },
        el('h2', { id: 'stories-title' }, 'Latest stories'), latestStories(overview.latest_stories))),
    el('p', null, link('/events.html', {}, 'All events in this selection →')));
});
