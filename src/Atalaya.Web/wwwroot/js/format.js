// Small shared formatting: numbers, dates, event-type colours (one colour per ACLED type everywhere).
import { el } from './dom.js';

const numberFormat = new Intl.NumberFormat('en');

export function number(value) {
  return value === null || value === undefined ? '–' : numberFormat.format(value);
}

/** "2026-02-22 (day)" style: the date as the source gives it, with how precise it is. */
export function eventDate(event) {
  if (!event.date) return 'date unknown';
  return event.date_precision && event.date_precision !== 'day' ? `${event.date} (${event.date_precision})` : event.date;
}

export function place(location) {
  if (!location) return 'place unknown';
  // Each level once: a state's own entity is "Michoacán, MX", not "Michoacán, Michoacán, MX".
  const parts = [location.place, location.admin2, location.admin1, location.country].filter(Boolean);
  return parts.filter((part, i) => parts.indexOf(part) === i).join(', ') || 'place unknown';
}

export const TYPE_COLORS = {
  Battles: '#c0392b',
  'Violence against civilians': '#8e44ad',
  'Explosions/Remote violence': '#d35400',
  Riots: '#b7950b',
  Protests: '#2471a3',
  'Strategic developments': '#148f77',
};

export function typeColor(type) {
  return TYPE_COLORS[type] ?? '#5d6d7e';
}

/** A coloured label for an event type. */
export function typeBadge(type) {
  const badge = el('span', { class: 'type-badge' }, type || 'unknown type');
  badge.style.setProperty('--type-color', typeColor(type));
  return badge;
}

/** Names of an event's actors: linked entities, or the unnamed group's category. */
export function actorLabel(actor, entities) {
  if (actor.entity && entities?.[actor.entity]) return entities[actor.entity].name;
  return actor.entity ?? actor.name ?? (actor.category ? `unnamed ${actor.category}` : 'unnamed');
}

/** A link to a source's original address, only for http(s): a javascript: or data: URL from an article stays text. */
export function externalLink(url, label) {
  if (url && /^https?:\/\//i.test(url)) return el('a', { href: url, rel: 'noopener noreferrer', target: '_blank' }, label ?? url);
  return url ? el('span', { class: 'muted' }, label ?? url) : null;
}

/**
 * The outlet a source came from, for people: the host of its address ("elnorte.com"), else the name of the file
 * it was read from (never the folders of the machine that ingested it), else null.
 */
export function outletOf(document) {
  if (document.url) {
    try {
      const host = new URL(document.url).hostname.replace(/^www\./, '');
      if (host) return host;
    } catch { /* not a URL: fall back to the file */ }
  }
  const source = document.source ?? '';
  if (!source || source === '-') return null;
  const file = source.split(/[\\/]/).pop();
  return file ? `file ${file}` : null;
}
