// Entities: people, organizations and places by name (or part of one) and type, with their events and documents.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { link, param, withParams } from '../filters.js';
import { number } from '../format.js';
import { runPage } from '../layout.js';

const TYPES = [['', 'Any type'], ['PER', 'People'], ['ORG', 'Organizations'], ['LOC', 'Places'], ['MISC', 'Other']];
const PAGE_SIZE = 50;

function searchForm() {
  const form = el('form', { class: 'triage', id: 'entity-search', role: 'search', 'aria-label': 'Find entities' },
    el('div', { class: 'field' }, el('label', { for: 'entities-q' }, 'Name contains'),
      el('input', { id: 'entities-q', name: 'q', type: 'search', value: param('q') })),
    el('div', { class: 'field' }, el('label', { for: 'entities-type' }, 'Type'),
      el('select', { id: 'entities-type', name: 'type' }, TYPES.map(([value, label]) => el('option', { value, selected: value === param('type') }, label)))),
    el('div', { class: 'field buttons' }, el('button', { type: 'submit' }, 'Find')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    window.location.assign(withParams({ q: form.elements.q.value.trim() || null, type: form.elements.type.value || null, page: null }));
  });
  return form;
}

runPage('entities', { withFilters: false }, async (main) => {
  const page = Math.max(1, Number.parseInt(param('page') || '1', 10) || 1);
  const query = { page, page_size: PAGE_SIZE };
  if (param('q')) query.q = param('q');
  if (param('type')) query.type = param('type');
  const result = await getJson('/api/entities', query);
  const pages = Math.max(1, Math.ceil(result.total / result.page_size));
  replace(main,
    el('h1', null, 'Entities'),
    searchForm(),
    el('p', { id: 'entities-total' }, `${number(result.total)} entit${result.total === 1 ? 'y' : 'ies'}`),
    result.items.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'compact cards-on-phone', id: 'entities-table' },
        el('thead', null, el('tr', null, ['Name', 'Type', 'Kind', 'Events', 'Documents'].map((h) => el('th', { scope: 'col', class: ['Events', 'Documents'].includes(h) ? 'num' : null }, h)))),
        el('tbody', null, result.items.map((entity) => el('tr', { 'data-entity': entity.id },
          el('td', { 'data-label': 'Name' }, link('/entity.html', { id: entity.id }, entity.name)),
          el('td', { 'data-label': 'Type' }, entity.type),
          el('td', { 'data-label': 'Kind' }, entity.kind ? entity.kind.replaceAll('_', ' ') : '–'),
          el('td', { class: 'num', 'data-label': 'Events' }, number(entity.events)),
          el('td', { class: 'num', 'data-label': 'Documents' }, number(entity.documents)))))))
      : el('p', { class: 'empty' }, 'No entity matches.'),
    el('nav', { class: 'pager', 'aria-label': 'Pages of entities' },
      page > 1 ? el('a', { href: withParams({ page: page - 1 }), rel: 'prev' }, '← Previous') : null,
      el('span', null, `Page ${result.page} of ${pages}`),
      page < pages ? el('a', { href: withParams({ page: page + 1 }), rel: 'next' }, 'Next →') : null));
});
