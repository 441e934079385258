// Alerts: the saved questions 'atalaya alerts add' keeps and the alerts their answers raised (after every consolidation: ingest, worker, POST /api/documents, watch), latest first.
// Every text comes from articles or the command line: it is inserted as text only (el/textContent).
import { getJson } from '../api.js';
import { el, replace } from '../dom.js';
import { link, param } from '../filters.js';
import { number } from '../format.js';
import { runPage } from '../layout.js';

runPage('alerts', { withFilters: false }, async (main) => {
  const name = param('name');
  const result = await getJson('/api/alerts', name ? { name } : {});
  const feed = name ? `/api/alerts.atom?name=${encodeURIComponent(name)}` : '/api/alerts.atom';
  replace(main,
    el('h1', null, name ? `Alerts: ${name}` : 'Alerts'),
    el('p', null, 'New events that answer a saved question, and changes of their fatalities. ',
      el('a', { href: feed, type: 'application/atom+xml', id: 'alerts-feed' }, 'Atom feed'), '.'),
    result.alerts.length
      ? el('div', { class: 'table-wrap' }, el('table', { class: 'compact', id: 'alert-questions' },
        el('thead', null, el('tr', null, ['Question', 'Conditions', 'Alerts', 'Latest'].map((h, i) => el('th', { scope: 'col', class: i === 2 ? 'num' : null }, h)))),
        el('tbody', null, result.alerts.map((alert) => el('tr', { 'data-alert': alert.name },
          el('td', null, el('a', { href: `/alerts.html?name=${encodeURIComponent(alert.name)}` }, alert.name)),
          el('td', null, [alert.conditions || 'every event', alert.query ? ` · words: ${alert.query}` : ''].join('')),
          el('td', { class: 'num' }, number(alert.raised)),
          el('td', { class: 'nowrap' }, alert.last_raised ?? '–'))))))
      : el('p', { class: 'empty' }, "No alerts saved. Add one with: atalaya alerts add NAME --where \"state=… type=…\""),
    el('h2', null, 'Latest alerts'),
    result.entries.length
      ? el('ol', { class: 'alert-entries', id: 'alert-entries' }, result.entries.map((entry) => el('li', { 'data-kind': entry.kind },
        el('span', { class: 'nowrap muted' }, `${entry.raised} · ${entry.alert} · ${entry.kind} `),
        link('/event.html', { id: entry.event.id }, entry.title),
        entry.event.documents.length
          ? el('ul', null, entry.event.documents.map((document) => el('li', null,
            `${document.source}: `,
            // Only web addresses become links: a javascript: or data: URL from a feed is shown as text.
            /^https?:\/\//i.test(document.url ?? '')
              ? el('a', { href: document.url, rel: 'noopener noreferrer' }, document.title || document.url)
              : (document.title || document.id))))
          : null)))
      : el('p', { class: 'empty' }, 'No alerts raised yet.'));
});
