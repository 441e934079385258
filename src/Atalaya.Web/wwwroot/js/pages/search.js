// Search: full text over the articles (the server's FTS5 index) and entity names, with the matched words marked.
import { getJson } from '../api.js';
import { el, highlighted, replace } from '../dom.js';
import { link, param, withParams } from '../filters.js';
import { number } from '../format.js';
import { languageName, runPage } from '../layout.js';

const PAGE_SIZE = 20;

runPage('search', { withFilters: false }, async (main) => {
  const q = param('q').trim();
  const form = el('form', { class: 'search-form', action: '/search.html', method: 'get', role: 'search' },
    el('label', { for: 'search-q' }, 'Words to find in article titles and texts, and in entity names'),
    el('div', { class: 'search-row' },
      el('input', { id: 'search-q', name: 'q', type: 'search', value: q, required: true }),
      el('button', { type: 'submit' }, 'Search')));
  if (!q) {
    replace(main, el('h1', null, 'Search'), form);
    return;
  }
  const page = Math.max(1, Number.parseInt(param('page') || '1', 10) || 1);
  const result = await getJson('/api/search', { q, page, page_size: PAGE_SIZE });
  const pages = Math.max(1, Math.ceil(result.total / result.page_size));
  replace(main,
    el('h1', null, 'Search'),
    form,
    el('div', { class: 'two-columns search-results' },
      el('section', { 'aria-labelledby': 'documents-title' },
        el('h2', { id: 'documents-title' }, `Articles (${number(result.total)})`),
        result.documents.length
          ? el('ol', { class: 'results', id: 'search-documents' }, result.documents.map((hit) => el('li', { 'data-document': hit.id },
            el('h3', null, link('/story.html', { document: hit.id }, hit.title || hit.id)),
            el('p', { class: 'muted small' }, [languageName(hit.language), hit.published].filter(Boolean).join(' · ')),
            el('p', { class: 'snippet', lang: hit.language }, highlighted(hit.snippet ?? '', hit.highlights ?? [])))))
          : el('p', { class: 'empty' }, 'No article contains these words.'),
        pages > 1 ? el('nav', { class: 'pager', 'aria-label': 'Pages of results' },
          page > 1 ? el('a', { href: withParams({ page: page - 1 }), rel: 'prev' }, '← Previous') : null,
          el('span', null, `Page ${result.page} of ${pages}`),
          page < pages ? el('a', { href: withParams({ page: page + 1 }), rel: 'next' }, 'Next →') : null) : null),
      el('section', { 'aria-labelledby': 'entities-title' },
        el('h2', { id: 'entities-title' }, `Entities (${result.entities.length})`),
        result.entities.length
          ? el('ul', { class: 'entity-hits', id: 'search-entities' }, result.entities.map((entity) => el('li', null,
            link('/entity.html', { id: entity.id }, entity.name),
            el('span', { class: 'muted small' }, ` ${entity.type}${entity.kind ? ` · ${entity.kind.replaceAll('_', ' ')}` : ''}`))))
          : el('p', { class: 'empty' }, 'No entity has this name.'))));
});
