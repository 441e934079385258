// Story: the events read from it, and its documents side by side, one column per language.
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { link, param } from '../filters.js';
import { actorLabel, eventDate, externalLink, number, place, typeBadge, outletOf } from '../format.js';
import { languageName, runPage } from '../layout.js';

function documentCard(document) {
  return el('article', { class: ['source', document.id === param('document') ? 'current' : null], lang: document.language, 'data-document': document.id },
    el('h3', null, document.title || document.id),
    el('p', { class: 'muted small' },
      [outletOf(document), document.published].filter(Boolean).join(' · '), ' ', externalLink(document.url, 'original'),
      document.duplicate_of ? el('span', { class: 'tag' }, ` duplicate of ${document.duplicate_of}`) : null),
    el('div', { class: 'article-text', tabindex: '0', 'aria-label': `Text of ${document.title || document.id}` }, document.text ?? ''));
}

/** The story's events, oldest first: what happened, where, to whom, and how many died, each linked to its page. */
function eventsSection(events, entities) {
  return el('section', { class: 'panel', 'aria-labelledby': 'story-events-title' },
    el('h2', { id: 'story-events-title' }, `Events (${events.length})`),
    events.length
      ? el('ul', { class: 'event-list', id: 'story-events' }, events.map((event) => el('li', { 'data-event': event.id },
        link('/event.html', { id: event.id }, eventDate(event)), ' ', typeBadge(event.type), ' ', place(event.location),
        event.fatalities ? el('span', { class: 'muted' }, ` · ${number(event.fatalities)} killed`) : null,
        event.actors.some((a) => a.entity)
          ? el('span', { class: 'muted' }, ` · ${event.actors.filter((a) => a.entity).map((a) => actorLabel(a, entities)).join(', ')}`)
          : null)))
      : el('p', { class: 'muted' }, 'No events were read from these documents.'));
}

runPage('story', { withFilters: false }, async (main) => {
  // A story by its id, or the story a document belongs to (links from search hits and claims name the document).
  const documentId = param('document');
  let id = param('id');
  if (!id && documentId) {
    const stored = await getJson(`/api/documents/${encodeURIComponent(documentId)}`);
    if (!stored.story) throw new Error(`Document ${documentId} belongs to no story.`);
    id = stored.story;
  }
  if (!id) throw new Error('No story id: open a story from the stories list or the overview.');
  const result = await getJson(`/api/stories/${encodeURIComponent(id)}`);
  const story = result.story;
  document.title = `${story.title || story.id} · Atalaya`;
  const byLanguage = new Map();
  for (const document of result.documents) {
    if (!byLanguage.has(document.language)) byLanguage.set(document.language, []);
    byLanguage.get(document.language).push(document);
  }
  const grid = el('div', { class: 'side-by-side', id: 'story-documents' }, [...byLanguage.entries()].map(([language, documents]) =>
    el('div', { class: 'language-column', 'data-language': language },
      el('h2', { class: 'language-heading' }, `${languageName(language)} (${documents.length})`),
      documents.map(documentCard))));
  grid.style.setProperty('--columns', String(Math.max(1, Math.min(byLanguage.size, 3))));
  replace(main,
    el('h1', null, story.title || story.id, el('span', { class: 'muted id' }, ` ${story.id}`)),
    el('p', null, `${result.documents.length} document${result.documents.length === 1 ? '' : 's'} in ${story.languages.map(languageName).join(', ')}. `,
      link('/stories.html', {}, 'All stories')),
    eventsSection(result.events, result.entities),
    grid);
});
