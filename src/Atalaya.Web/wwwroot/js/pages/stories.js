// Stories: clusters of documents that tell the same news, across languages; latest first.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { currentFilters, link, param, withParams } from '../filters.js';
import { number } from '../format.js';
import { languageName, runPage } from '../layout.js';

const PAGE_SIZE = 50;

runPage('stories', {}, async (main) => {
  const page = Math.max(1, Number.parseInt(param('page') || '1', 10) || 1);
  const result = await getJson('/api/stories', { ...currentFilters(), page, page_size: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / result.page_size));
  replace(main,
    el('h1', null, 'Stories'),
    el('p', { id: 'stories-total' }, `${number(result.total)} stor${result.total === 1 ? 'y' : 'ies'} in this selection`),
    result.items.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'compact', id: 'stories-table' },
        el('thead', null, el('tr', null, ['Story', 'Languages', 'Documents', 'First published', 'Last published'].map((h, i) => el('th', { scope: 'col', class: i === 2 ? 'num' : null }, h)))),
        el('tbody', null, result.items.map((story) => el('tr', { 'data-story': story.id },
          el('td', null, link('/story.html', { id: story.id }, story.title || story.id)),
          el('td', null, story.languages.map(languageName).join(', ')),
          el('td', { class: 'num' }, number(story.documents)),
          el('td', { class: 'nowrap' }, story.first_published ?? '–'),
          el('td', { class: 'nowrap' }, story.last_published ?? '–'))))))
      : el('p', { class: 'empty' }, 'No stories match these filters.'),
    el('nav', { class: 'pager', 'aria-label': 'Pages of stories' },
      page > 1 ? el('a', { href: withParams({ page: page - 1 }), rel: 'prev' }, '← Previous') : null,
      el('span', null, `Page ${result.page} of ${pages}`),
      page < pages ? el('a', { href: withParams({ page: page + 1 }), rel: 'next' }, 'Next →') : null));
});
