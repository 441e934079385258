// Entity: who or what it is, its events over time, the actors it shares events with, claims and conflicts.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { link, param } from '../filters.js';
import { eventDate, place, typeBadge } from '../format.js';
import { runPage } from '../layout.js';
import { bars, claimTimeline, formatValue, network } from '../charts.js';

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
  return el('table', { class: 'compact', id: 'claims' },
    el('thead', null, el('tr', null, ['Attribute', 'Value', 'As of', 'Evidence'].map((h) => el('th', { scope: 'col' }, h)))),
    el('tbody', null, [...claims].sort((a, b) => (a.attribute + (a.as_of ?? '')).localeCompare(b.attribute + (b.as_of ?? ''))).map((claim) => el('tr', null,
      el('td', null, claim.attribute),
      el('td', { class: 'num' }, `${formatValue(claim.value, claim.attribute)}${claim.unit ? ` ${claim.unit}` : ''}`),
      el('td', null, claim.as_of ?? '–'),
      el('td', null, el('q', null, claim.text), el('div', { class: 'small' }, link('/story.html', { document: claim.document }, claim.document)))))));
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

runPage('entity', { withFilters: false }, async (main) => {
  const id = param('id');
  if (!id) throw new Error('No entity id: open an entity from an event, the top actors or the search.');
  const result = await getJson(`/api/entities/${encodeURIComponent(id)}`);
  const entity = result.entity;
  document.title = `${entity.name} · Atalaya`;
  const aliases = entity.aliases.filter((a) => a !== entity.name);
  const facts = el('section', { class: 'panel', 'aria-label': 'Entity details' }, el('dl', { class: 'facts', id: 'entity-facts' },
    el('dt', null, 'Type'), el('dd', null, TYPES[entity.type] ?? entity.type),
    el('dt', null, 'Kind'), el('dd', null, entity.kind ? entity.kind.replaceAll('_', ' ') : '–'),
    el('dt', null, 'Aliases'), el('dd', null, aliases.length ? el('ul', { class: 'inline-list', id: 'aliases' }, aliases.map((a) => el('li', null, a))) : 'none'),
    el('dt', null, 'Knowledge base'), el('dd', null, kbLink(entity), entity.kb_id ? el('span', { class: 'muted' }, ` (Atalaya ${entity.kb_id})`) : null),
    entity.geo ? [el('dt', null, 'Location'), el('dd', null, place(entity.geo))] : null,
    el('dt', null, 'Events'), el('dd', null, result.events.length === 0 ? 'none as an actor' : link('/events.html', { actor: entity.id }, `${result.events.length}${result.events.length >= 100 ? '+' : ''} event${result.events.length === 1 ? '' : 's'} with this actor`))));
  replace(main,
    el('h1', { id: 'entity-name' }, entity.name, el('span', { class: 'muted id' }, ` ${entity.id}`)),
    el('div', { class: 'two-columns' },
      facts,
      el('section', { class: 'panel', 'aria-labelledby': 'network-title' },
        el('h2', { id: 'network-title' }, 'Co-occurring actors'),
        network(entity.name, result.co_actors, (actor) => `/entity.html?id=${encodeURIComponent(actor.entity)}`))),
    el('section', { class: 'panel', 'aria-labelledby': 'months-title' },
      el('h2', { id: 'months-title' }, 'Events over time (per month)'),
      bars(monthsBetween(result.events_by_month), `Events of ${entity.name} per month`)),
    el('section', { class: 'panel', 'aria-labelledby': 'claims-title' },
      el('h2', { id: 'claims-title' }, 'Claims'),
      result.claims.length ? [claimTimeline(result.claims), claimsTable(result.claims)] : el('p', { class: 'muted' }, 'No claims about this entity.')),
    el('div', { class: 'two-columns' },
      el('section', { class: 'panel', 'aria-labelledby': 'conflicts-title' },
        el('h2', { id: 'conflicts-title' }, 'Conflicts and updates'),
        conflictsList(result.conflicts)),
      el('section', { class: 'panel', 'aria-labelledby': 'latest-title' },
        el('h2', { id: 'latest-title' }, 'Latest events'),
        result.events.length
          ? el('ul', { class: 'event-list', id: 'entity-events' }, result.events.slice(0, 25).map((event) => el('li', null,
            link('/event.html', { id: event.id }, eventDate(event)), ' ', typeBadge(event.type), ' ', place(event.location))))
          : el('p', { class: 'muted' }, 'No events.'))));
});
