// The filters live in the URL query of every page, so a view can be bookmarked and shared, and every
// link between pages carries them.
import { el } from './dom.js';

export const FILTER_KEYS = ['from', 'to', 'type', 'state', 'actor', 'language'];

/** The filters of the current URL, only those that are set. */
export function currentFilters() {
  const query = new URLSearchParams(window.location.search);
  const filters = {};
  for (const key of FILTER_KEYS) {
    const value = query.get(key);
    if (value) filters[key] = value;
  }
  return filters;
}

/** A query parameter of the current URL other than the filters (id, q, page, sort). */
export function param(name) {
  return new URLSearchParams(window.location.search).get(name) ?? '';
}

/** A same-site link that carries the current filters, plus the given parameters (null removes one). */
export function href(path, extra = {}, filters = currentFilters()) {
  const query = new URLSearchParams();
  // The page's own parameters (id, q) first, so links read /event.html?id=V5&state=…
  const merged = { ...extra };
  for (const [key, value] of Object.entries(filters)) if (!(key in merged)) merged[key] = value;
  for (const [key, value] of Object.entries(merged)) {
    if (value !== null && value !== undefined && value !== '') query.set(key, value);
  }
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** A link element to another workbench page. */
export function link(path, extra, ...children) {
  return el('a', { href: href(path, extra) }, ...children);
}

/** The current page's URL with some parameters changed (null removes one), filters and all. */
export function withParams(changes) {
  const query = new URLSearchParams(window.location.search);
  for (const [key, value] of Object.entries(changes)) {
    if (value === null || value === undefined || value === '') query.delete(key);
    else query.set(key, value);
  }
  const text = query.toString();
  return text ? `${window.location.pathname}?${text}` : window.location.pathname;
}
