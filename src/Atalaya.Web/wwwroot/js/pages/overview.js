// Overview: the map, events per week by type, top actors and latest stories, all under the URL's filters.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { currentFilters, href, link } from '../filters.js';
import { number } from '../format.js';
import { runPage, languageName } from '../layout.js';
import { mexicoMap, mapLegend } from '../map.js';
import { weeklyStackedBars } from '../charts.js';

function stat(label, value) {
  return el('div', { class: 'stat' }, el('span', { class: 'stat-value' }, number(value)), el('span', { class: 'stat-label' }, label));
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
  const overview = await getJson('/api/overview', currentFilters());
  const byState = Object.fromEntries(overview.by_state.map((s) => [s.state, s.events]));
  const map = await mexicoMap({
    byState,
    points: overview.points,
    pointHref: (point) => href('/event.html', { id: point.id }),
    stateHref: (state) => href('/', { state }),
    label: `Map of Mexico: ${overview.points.length} events with coordinates, states shaded by event count`,
  });
  const stateTable = el('table', { class: 'compact' },
    el('caption', { class: 'visually-hidden' }, 'Events by state'),
    el('thead', null, el('tr', null, el('th', { scope: 'col' }, 'State'), el('th', { scope: 'col', class: 'num' }, 'Events'), el('th', { scope: 'col', class: 'num' }, 'Fatalities'))),
    el('tbody', null, [...overview.by_state].sort((a, b) => b.events - a.events).slice(0, 12).map((s) => el('tr', null,
      el('td', null, el('a', { href: href('/events.html', { state: s.state }) }, s.state)),
      el('td', { class: 'num' }, number(s.events)),
      el('td', { class: 'num' }, number(s.fatalities))))));
  replace(main,
    el('h1', null, 'Overview'),
    el('div', { class: 'stats' }, stat('events', overview.events), stat('fatalities', overview.fatalities), stat('documents', overview.documents)),
    el('div', { class: 'overview-grid' },
      el('section', { class: 'panel map-panel', 'aria-labelledby': 'map-title' },
        el('h2', { id: 'map-title' }, 'Where'),
        el('div', { class: 'map-wrap', id: 'overview-map' }, map),
        mapLegend()),
      el('section', { class: 'panel', 'aria-labelledby': 'state-title' },
        el('h2', { id: 'state-title' }, 'Events by state'),
        overview.by_state.length ? stateTable : el('p', { class: 'muted' }, 'No events with a state.')),
      el('section', { class: 'panel wide', 'aria-labelledby': 'weeks-title' },
        el('h2', { id: 'weeks-title' }, 'Events per week by type'),
        weeklyStackedBars(overview.by_week, 'Events per week, stacked by event type')),
      el('section', { class: 'panel', 'aria-labelledby': 'actors-title' },
        el('h2', { id: 'actors-title' }, 'Top actors'), topActors(overview.top_actors)),
      el('section', { class: 'panel', 'aria-labelledby': 'stories-title' },
        el('h2', { id: 'stories-title' }, 'Latest stories'), latestStories(overview.latest_stories))),
    el('p', null, link('/events.html', {}, 'All events in this selection →')));
});
