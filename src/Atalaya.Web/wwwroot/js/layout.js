// The shared header: navigation, the search box and the filter bar (values from /api/filters).
import { getJson } from './api.js';
import { el, replace } from './dom.js';
import { FILTER_KEYS, currentFilters, href, param, withParams } from './filters.js';

const PAGES = [
  ['/', 'Overview', 'overview'],
  ['/events.html', 'Events', 'events'],
  ['/stories.html', 'Stories', 'stories'],
  ['/entities.html', 'Entities', 'entities'],
  ['/search.html', 'Search', 'search'],
  // The alerts answer saved questions, not the filters: the link carries none.
  ['/alerts.html', 'Alerts', 'alerts', false],
];

// Display names of the language codes the pipeline knows; others show as their code.
const LANGUAGE_NAMES = {
  es: 'Spanish', en: 'English', pt: 'Portuguese', fr: 'French', de: 'German', it: 'Italian', nl: 'Dutch',
  nb: 'Norwegian Bokmål', nn: 'Norwegian Nynorsk', da: 'Danish', sv: 'Swedish', ca: 'Catalan', gl: 'Galician',
};

export function languageName(code) {
  return LANGUAGE_NAMES[code] ? `${LANGUAGE_NAMES[code]} (${code})` : code;
}

function select(name, label, values, current, describe = (v) => v) {
  const options = [el('option', { value: '' }, `Any ${label.toLowerCase()}`)];
  const known = new Set(values);
  if (current && !known.has(current)) values = [current, ...values];
  for (const value of values) options.push(el('option', { value, selected: value === current }, describe(value)));
  return field(name, label, el('select', { id: `filter-${name}`, name }, options));
}

function field(name, label, control) {
  return el('div', { class: 'field' }, el('label', { for: `filter-${name}` }, label), control);
}

function actorField(current) {
  const list = el('datalist', { id: 'actor-options' });
  const input = el('input', {
    id: 'filter-actor', name: 'actor', type: 'text', value: current, list: 'actor-options',
    placeholder: 'entity id, e.g. E12', autocomplete: 'off', spellcheck: 'false',
  });
  let pending = 0;
  let timer = 0;
  input.addEventListener('input', () => {
    const typed = input.value.trim();
    clearTimeout(timer);
    if (typed.length < 2 || /^E\d+$/.test(typed)) return;
    const ticket = ++pending;
    // Ask once typing pauses, not at every keystroke; a late answer to an older text is dropped.
    timer = setTimeout(() => {
      getJson('/api/entities', { q: typed, page_size: 15 }).then((result) => {
        if (ticket !== pending) return;
        replace(list, result.items.map((entity) => el('option', { value: entity.id }, `${entity.name} (${entity.type})`)));
      }).catch(() => { /* suggestions are a convenience; the field still takes an id */ });
    }, 250);
  });
  const wrapper = field('actor', 'Actor', input);
  wrapper.append(list);
  if (current) {
    const name = el('span', { class: 'field-note' });
    wrapper.append(name);
    getJson(`/api/entities/${encodeURIComponent(current)}`)
      .then((result) => { name.textContent = result.entity.name; })
      .catch(() => { name.textContent = 'unknown entity'; });
  }
  return wrapper;
}

function filterBar(options) {
  const filters = currentFilters();
  const form = el('form', { class: 'filters', id: 'filters', role: 'search', 'aria-label': 'Filters' },
    field('from', 'From', el('input', { id: 'filter-from', name: 'from', type: 'date', value: filters.from ?? '', min: options.date_min ?? null, max: options.date_max ?? null })),
    field('to', 'To', el('input', { id: 'filter-to', name: 'to', type: 'date', value: filters.to ?? '', min: options.date_min ?? null, max: options.date_max ?? null })),
    select('type', 'Event type', options.types ?? [], filters.type ?? ''),
    select('state', 'State', options.states ?? [], filters.state ?? ''),
    actorField(filters.actor ?? ''),
    select('language', 'Language', options.languages ?? [], filters.language ?? '', languageName),
    el('div', { class: 'field buttons' },
      el('button', { type: 'submit' }, 'Apply'),
      el('a', { href: withParams(Object.fromEntries([...FILTER_KEYS, 'page'].map((k) => [k, null]))), class: 'button secondary' }, 'Clear')));
  form.addEventListener('submit', (event) => {
    event.preventDefault();
    const changes = { page: null };
    for (const key of FILTER_KEYS) changes[key] = form.elements[key].value.trim() || null;
    window.location.assign(withParams(changes));
  });
  return form;
}

/** Draws the header; the filter bar only on pages whose data the filters select. */
export async function renderLayout(active, { withFilters = true } = {}) {
  const header = document.getElementById('app-header');
  const searchForm = el('form', { class: 'quick-search', action: '/search.html', method: 'get', role: 'search' },
    el('label', { for: 'quick-search', class: 'visually-hidden' }, 'Search articles and entities'),
    el('input', { id: 'quick-search', name: 'q', type: 'search', placeholder: 'Search articles, entities', value: active === 'search' ? param('q') : '' }),
    el('button', { type: 'submit' }, 'Search'));
  replace(header,
    el('div', { class: 'bar' },
      el('a', { class: 'brand', href: href('/') }, 'Atalaya'),
      el('nav', { 'aria-label': 'Pages' }, el('ul', null,
        PAGES.map(([path, label, key, withFilters = true]) => el('li', null,
          el('a', { href: withFilters ? href(path) : path, 'aria-current': key === active ? 'page' : null }, label))))),
      searchForm));
  if (!withFilters) return;
  const slot = el('div', { class: 'filter-slot' }, el('p', { class: 'muted' }, 'Loading filters…'));
  header.append(slot);
  try {
    const form = filterBar(await getJson('/api/filters'));
    // On a phone the filters fold behind one button (open when some are set, so what selects the page shows).
    const set = Object.keys(currentFilters()).length;
    const toggle = el('button', { type: 'button', class: 'filter-toggle', 'aria-controls': 'filters', 'aria-expanded': 'false' },
      set ? `Filters (${set} set)` : 'Filters');
    const folded = window.matchMedia('(max-width: 700px)').matches && !set;
    slot.classList.toggle('folded', folded);
    toggle.setAttribute('aria-expanded', String(!folded));
    toggle.addEventListener('click', () => {
      const fold = !slot.classList.contains('folded');
      slot.classList.toggle('folded', fold);
      toggle.setAttribute('aria-expanded', String(!fold));
    });
    replace(slot, toggle, form);
  } catch (error) {
    replace(slot, errorMessage(error, 'The filter values could not be loaded'));
  }
}

/** A readable message for a failed request. */
export function errorMessage(error, what) {
  return el('div', { class: 'error', role: 'alert' }, el('strong', null, `${what}. `), error.message ?? String(error));
}

/** Runs a page: the header, then the page's own content into <main>, errors shown in place. */
export async function runPage(active, options, render) {
  const main = document.getElementById('main');
  // The header's filter values and the page's own data are independent requests: sent together, not one after the other.
  const layout = renderLayout(active, options);
  try {
    await Promise.all([layout, render(main)]);
  } catch (error) {
    replace(main, errorMessage(error, 'This page could not be loaded'));
    console.warn(error);
  } finally {
    main.setAttribute('aria-busy', 'false');
    document.body.dataset.ready = 'true';
  }
}
