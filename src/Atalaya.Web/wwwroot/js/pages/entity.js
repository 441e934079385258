// Entity: who or what it is, the events it acts in, the events at it (a place) and those its documents report,
// its documents, where it is active (a footprint map), who is named with it, its claims and conflicts.
// The URL's filters select the events (and so the months and co-actors); what the entity is, its claims and
// conflicts are facts about it and are shown whole.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { FILTER_KEYS, currentFilters, href, link, param, withParams } from '../filters.js';
import { eventDate, outletOf, place, typeBadge } from '../format.js';
import { languageName, runPage } from '../layout.js';
import { bars, claimTimeline, formatValue, network } from '../charts.js';
import { mexicoMap } from '../map.js';

const TYPES = { PER: 'Person', ORG: 'Organization', LOC: 'Place', MISC: 'Other' };

function kbLink(entity) {
  if (!entity.kb) return 'none';
  // Wikidata QIDs link out; GeoNames ids are numbers.
  if (/^Q\d+$/.test(entity.kb)) return el('a', { href: `https://www.wikidata.org/wiki/${entity.kb}`, rel: 'noopener noreferrer', target: '_blank' }, entity.kb);
  if (/^\d+$/.test(entity.kb)) return el('a', { href: `https://www.geonames.org/${entity.kb}`, rel: 'noopener noreferrer', target: '_blank' }, `GeoNames ${entity.kb}`);
  return entity.kb;
}

function monthsBetween(rows) {
  // Fill empty months so the bars show time as it passed, not only the busy months.
  if (!rows.length) return [];
  const counts = new Map(rows.map((r) => [r.month, r.events]));
  const sorted = rows.map((r) => r.month).sort();
  const result = [];
  let [year, month] = sorted[0].split('-').map(Number);
  const [lastYear, lastMonth] = sorted[sorted.length - 1].split('-').map(Number);
  while ((year < lastYear || (year === lastYear && month <= lastMonth)) && result.length < 600) {
    const key = `${year}-${String(month).padStart(2, '0')}`;
    result.push({ label: key, value: counts.get(key) ?? 0 });
    month += 1;
    if (month > 12) { month = 1; year += 1; }
  }
  return result;
}

function claimsTable(claims) {
  if (!claims.length) return el('p', { class: 'muted' }, 'No claims about this entity.');
  return el('table', { class: 'compact cards-on-phone', id: 'claims' },
    el('thead', null, el('tr', null, ['Attribute', 'Value', 'As of', 'Evidence'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, [...claims].sort((a, b) => (a.attribute + (a.as_of ?? '')).localeCompare(b.attribute + (b.as_of ?? ''))).map((claim) => el('tr', null,
      el('td', { 'data-label': 'Attribute' }, claim.attribute),
      el('td', { class: 'num', 'data-label': 'Value' }, `${formatValue(claim.value, claim.attribute)}${claim.unit ? ` ${claim.unit}` : ''}`),
      el('td', { 'data-label': 'As of' }, claim.as_of ?? '–'),
      el('td', { 'data-label': 'Evidence' }, el('q', null, claim.text), el('div', { class: 'small' }, link('/story.html', { document: claim.document }, claim.document)))))));
}

function conflictsList(conflicts) {
  if (!conflicts.length) return el('p', { class: 'muted' }, 'No conflicting or changing figures.');
  // The claim indices of a conflict point into the whole corpus, not into this page's claims: only the values are shown.
  return el('ul', { class: 'conflicts', id: 'conflicts' }, conflicts.map((conflict) => el('li', null,
    el('strong', null, conflict.attribute), ' ',
    el('span', { class: ['tag', conflict.kind === 'update' ? 'tag-update' : 'tag-conflict'] }, conflict.kind === 'update' ? 'changes over time' : 'sources disagree'),
    ': ', conflict.values.map((v) => formatValue(v, conflict.attribute)).join(conflict.kind === 'update' ? ' → ' : ' vs '),
    el('span', { class: 'muted small' }, ` (${conflict.claims.length} claims)`))));
}

/** The active filters in words, one item each: "Costa Sur", "Battles", "2024-01-01 to 2024-12-31"… */
function selectionItems(filters, entity, coActors) {
  const items = [];
  if (filters.from && filters.to) items.push(`${filters.from} to ${filters.to}`);
  else if (filters.from) items.push(`from ${filters.from}`);
  else if (filters.to) items.push(`until ${filters.to}`);
  if (filters.type) items.push(filters.type);
  if (filters.state) items.push(`in ${filters.state}`);
  if (filters.language) items.push(`reported in ${languageName(filters.language)}`);
  if (filters.actor && filters.actor !== entity.id) {
    // The filtered actor shares every selected event, so it is among the co-actors whenever there are any.
    const other = coActors.find((actor) => actor.entity === filters.actor);
    items.push(`together with ${other ? other.name : filters.actor}`);
  }
  return items;
}

/** Says which events the figures below count, and how to see them all; nothing when no filter is set. */
function selectionNote(filters, entity, coActors) {
  const items = selectionItems(filters, entity, coActors);
  // Only an actor filter naming this entity itself selects all its events: nothing to say then.
  if (!items.length) return null;
  const clear = withParams(Object.fromEntries(FILTER_KEYS.map((key) => [key, null])));
  return el('section', { class: 'panel', id: 'entity-selection', 'aria-label': 'Filters in effect' },
    el('div', { class: 'toolbar' },
      el('div', null,
        el('p', null, el('strong', null, 'Filtered.'), ' Events, months and co-occurring actors count only the events of this selection:'),
        el('ul', { class: 'inline-list', id: 'selection-items' }, items.map((item) => el('li', null, item))),
        el('p', { class: 'muted small' }, 'Type, aliases, knowledge base, claims and conflicts are about the entity itself and are not filtered.')),
      el('a', { href: clear, id: 'selection-clear' }, 'All events of this entity')));
}

/** The link to the events list of this actor, with the page's other filters (the list takes one actor). */
function eventsLink(entity, events, filters) {
  const filtered = Object.keys(filters).length > 0;
  if (events.length === 0) return filtered ? 'none in this selection' : 'none as an actor';
  const count = `${events.length}${events.length >= 100 ? '+' : ''} event${events.length === 1 ? '' : 's'}`;
  const label = link('/events.html', { actor: entity.id }, `${count} with this actor${filtered ? ' in this selection' : ''}`);
  // The events list filters by one actor: from here it is this one, so a different actor filter is left behind.
  const otherActor = filters.actor && filters.actor !== entity.id;
  return otherActor ? [label, el('span', { class: 'muted small' }, ' (the list shows them without the other actor filter)')] : label;
}

function eventList(events, id, empty) {
  if (!events.length) return el('p', { class: 'muted', id }, empty);
  return el('ul', { class: 'event-list', id }, events.slice(0, 25).map((event) => el('li', null,
    link('/event.html', { id: event.id }, eventDate(event)), ' ', typeBadge(event.type), ' ', place(event.location),
    event.fatalities ? el('span', { class: 'muted' }, ` · ${event.fatalities} dead`) : null)),
  events.length > 25 ? el('li', { class: 'muted' }, `and ${events.length - 25}${events.length >= 100 ? '+' : ''} more`) : null);
}

function documentList(result) {
  if (!result.documents.length) return el('p', { class: 'muted', id: 'entity-documents' }, 'No document mentions it.');
  return el('div', null,
    el('p', { class: 'muted' }, `${result.document_count} document${result.document_count === 1 ? '' : 's'} mention it${result.document_count > result.documents.length ? `; the latest ${result.documents.length}:` : ':'}`),
    el('ul', { class: 'story-list', id: 'entity-documents' }, result.documents.map((document) => el('li', null,
      document.story ? link('/story.html', { id: document.story }, document.title || document.id) : el('span', null, document.title || document.id),
      el('div', { class: 'muted small' }, [outletOf(document), document.published, languageName(document.language)].filter(Boolean).join(' · '))))));
}

// Where the entity is active: every event of the page that has coordinates, drawn as honestly as the overview's map.
async function footprint(entity, events) {
  const seen = new Set();
  const points = [];
  for (const event of events) {
    const location = event.location;
    if (seen.has(event.id) || location?.lat == null) continue;
    seen.add(event.id);
    points.push({ id: event.id, lat: location.lat, lon: location.lon, fatalities: event.fatalities, type: event.type, date: event.date, place: location.place, state: location.admin1, precision: location.precision, country: location.country });
  }
  if (!points.length) return el('p', { class: 'muted' }, 'None of these events has a place on the map.');
  // A Mexican place's page frames its state; other entities show the whole country.
  const focusState = entity.type === 'LOC' && entity.geo?.country === 'MX' ? entity.geo.admin1 : null;
  const drawn = await mexicoMap({ points, focusState, pointHref: (point) => href('/event.html', { id: point.id }), label: `Map of the events of ${entity.name}` });
  const abroad = drawn.outside.length ? el('p', { class: 'muted' }, `${drawn.outside.length} outside Mexico: ${[...new Set(drawn.outside.map((p) => `${p.place ?? p.state}, ${p.country}`))].join('; ')}`) : null;
  return el('div', { id: 'entity-footprint' }, drawn.element, abroad);
}

runPage('entity', {}, async (main) => {
  const id = param('id');
  if (!id) throw new Error('No entity id: open an entity from an event, the top actors or the search.');
  const filters = currentFilters();
  const filtered = Object.keys(filters).length > 0;
  const result = await getJson(`/api/entities/${encodeURIComponent(id)}`, filters);
  const entity = result.entity;
  document.title = `${entity.name} · Atalaya`;
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const inSelection = filtered ? ' in this selection' : '';
  const facts = el('section', { class: 'panel', 'aria-label': 'Entity details' }, el('dl', { class: 'facts', id: 'entity-facts' },
    el('dt', null, 'Type'), el('dd', null, TYPES[entity.type] ?? entity.type),
    el('dt', null, 'Kind'), el('dd', null, entity.kind ? entity.kind.replaceAll('_', ' ') : '–'),
    el('dt', null, 'Aliases'), el('dd', null, aliases.length ? el('ul', { class: 'inline-list', id: 'aliases' }, aliases.map((a) => el('li', null, a))) : 'none'),
    el('dt', null, 'Knowledge base'), el('dd', null, kbLink(entity), entity.kb_id ? el('span', { class: 'muted' }, ` (Atalaya ${entity.kb_id})`) : null),
    entity.geo ? [el('dt', null, 'Location'), el('dd', null, place(entity.geo))] : null,
    el('dt', null, 'Events'), el('dd', { id: 'entity-event-count' }, eventsLink(entity, result.events, filters)),
    entity.type === 'LOC' ? [el('dt', null, 'Events here'), el('dd', null, String(result.events_at.length) + (result.events_at.length >= 100 ? '+' : ''))] : null,
    el('dt', null, 'Documents'), el('dd', null, String(result.document_count))));
  replace(main,
    el('h1', { id: 'entity-name' }, entity.name, el('span', { class: 'muted id' }, ` ${entity.id}`)),
    selectionNote(filters, entity, result.co_actors),
    el('div', { class: 'two-columns' },
      facts,
      el('section', { class: 'panel', 'aria-labelledby': 'network-title' },
        el('h2', { id: 'network-title' }, 'Named in the same documents'),
        network(entity.name, result.co_mentions.map((m) => ({ entity: m.entity, name: m.name, events: m.documents })),
          (actor) => href('/entity.html', { id: actor.entity }), 'shared document'),
        result.co_actors.length
          ? el('p', { class: 'small', id: 'co-actors' }, `Acts in events with${inSelection}: `, result.co_actors.slice(0, 8).map((actor, i) => [i ? ', ' : '', link('/entity.html', { id: actor.entity }, actor.name), ` (${actor.events})`]))
          : null)),
    el('div', { class: 'two-columns' },
      el('section', { class: 'panel', 'aria-labelledby': 'footprint-title' },
        el('h2', { id: 'footprint-title' }, `Where${inSelection}`),
        await footprint(entity, [...result.events, ...result.events_at, ...result.events_mentioning])),
      el('section', { class: 'panel', 'aria-labelledby': 'documents-title' },
        el('h2', { id: 'documents-title' }, 'Documents'),
        documentList(result))),
    el('section', { class: 'panel', 'aria-labelledby': 'months-title' },
      el('h2', { id: 'months-title' }, `Events over time (per month)${inSelection}`),
      bars(monthsBetween(result.events_by_month), `Events of ${entity.name} per month${inSelection}`)),
    el('section', { class: 'panel', 'aria-labelledby': 'claims-title' },
      el('h2', { id: 'claims-title' }, 'Claims'),
      result.claims.length ? [claimTimeline(result.claims, result.conflicts), claimsTable(result.claims)] : el('p', { class: 'muted' }, 'No claims about this entity.')),
    el('div', { class: 'two-columns' },
      el('section', { class: 'panel', 'aria-labelledby': 'conflicts-title' },
        el('h2', { id: 'conflicts-title' }, 'Conflicts and updates'),
        conflictsList(result.conflicts)),
      el('section', { class: 'panel', 'aria-labelledby': 'latest-title' },
        el('h2', { id: 'latest-title' }, `Events it acts in${inSelection}`),
        eventList(result.events, 'entity-events', filtered ? 'No events of this entity in this selection.' : 'No events with it as an actor.'))),
    el('div', { class: 'two-columns' },
      entity.type === 'LOC'
        ? el('section', { class: 'panel', 'aria-labelledby': 'at-title' },
          el('h2', { id: 'at-title' }, `Events here${inSelection}`),
          eventList(result.events_at, 'entity-events-at', 'No event is placed here.'))
        : null,
      el('section', { class: 'panel', 'aria-labelledby': 'mentioning-title' },
        el('h2', { id: 'mentioning-title' }, `Other events its documents report${inSelection}`),
        eventList(result.events_mentioning.filter((event) => !result.events_at.some((at) => at.id === event.id)), 'entity-events-mentioning', 'No other events in its documents.'))));
});
