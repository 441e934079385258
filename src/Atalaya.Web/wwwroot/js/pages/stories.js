// Stories: clusters of documents that tell the same news, across languages; latest first. Triage: only the
// stories told by several sources or in several languages, with their events, toll, state and main actors.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { currentFilters, link, param, withParams } from '../filters.js';
import { number } from '../format.js';
import { languageName, runPage } from '../layout.js';

const PAGE_SIZE = 50;

function atLeast(name, label, current, values) {
  return el('div', { class: 'field' },
    el('label', { for: `triage-${name}` }, label),
    el('select', { id: `triage-${name}`, name }, values.map(([value, text]) => el('option', { value, selected: String(value) === (current || '1') }, text))));
}

function triageForm() {
  const form = el('form', { class: 'triage', id: 'story-triage', 'aria-label': 'Story triage' },
    atLeast('min_documents', 'Sources', param('min_documents'), [[1, 'any number'], [2, '2 or more'], [3, '3 or more'], [5, '5 or more']]),
    atLeast('min_languages', 'Languages', param('min_languages'), [[1, 'any number'], [2, '2 or more'], [3, '3 or more']]),
    el('div', { class: 'field buttons' }, el('button', { type: 'submit' }, 'Show')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const value = (name) => (form.elements[name].value === '1' ? null : form.elements[name].value);
    window.location.assign(withParams({ min_documents: value('min_documents'), min_languages: value('min_languages'), page: null }));
  });
  return form;
}

runPage('stories', {}, async (main) => {
  const page = Math.max(1, Number.parseInt(param('page') || '1', 10) || 1);
  const triage = Object.fromEntries(['min_documents', 'min_languages'].map((k) => [k, param(k) || null]).filter(([, v]) => v));
  const result = await getJson('/api/stories', { ...currentFilters(), ...triage, page, page_size: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / result.page_size));
  replace(main,
    el('h1', null, 'Stories'),
    triageForm(),
    el('p', { id: 'stories-total' }, `${number(result.total)} stor${result.total === 1 ? 'y' : 'ies'} in this selection`),
    result.items.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'compact cards-on-phone', id: 'stories-table' },
        el('thead', null, el('tr', null, ['Story', 'Sources', 'Languages', 'Events', 'Fatalities', 'State', 'Main actors', 'Last published']
          .map((h) => el('th', { scope: 'col', class: ['Sources', 'Events', 'Fatalities'].includes(h) ? 'num' : null }, h)))),
        el('tbody', null, result.items.map((story) => el('tr', { 'data-story': story.id },
          el('td', { 'data-label': 'Story' }, link('/story.html', { id: story.id }, story.title || story.id)),
          el('td', { class: 'num', 'data-label': 'Sources' }, number(story.documents)),
          el('td', { 'data-label': 'Languages' }, story.languages.map(languageName).join(', ')),
          el('td', { class: 'num', 'data-label': 'Events' }, number(story.events)),
          el('td', { class: 'num', 'data-label': 'Fatalities' }, number(story.fatalities)),
          el('td', { 'data-label': 'State' }, story.state ?? '–'),
          el('td', { 'data-label': 'Main actors' }, story.actors.length ? story.actors.join(', ') : '–'),
          el('td', { class: 'nowrap', 'data-label': 'Last published' }, story.last_published ?? '–'))))))
      : el('p', { class: 'empty' }, 'No stories match these filters.'),
    el('nav', { class: 'pager', 'aria-label': 'Pages of stories' },
      page > 1 ? el('a', { href: withParams({ page: page - 1 }), rel: 'prev' }, '← Previous') : null,
      el('span', null, `Page ${result.page} of ${pages}`),
      page < pages ? el('a', { href: withParams({ page: page + 1 }), rel: 'next' }, 'Next →') : null));
});
