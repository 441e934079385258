// Small SVG charts, drawn from numbers only (labels go in as text nodes).
import { el, svg } from './dom.js';
import { responsive } from './timeline.js';

const WIDTH = 720;
const HEIGHT = 220;
const PAD = { left: 36, right: 8, top: 10, bottom: 34 };

function axis(max, plotHeight, width = WIDTH) {
  const group = svg('g', { class: 'axis' });
  const values = max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max];
  for (const value of values) {
    const y = PAD.top + plotHeight - (value / max) * plotHeight;
    group.append(
      svg('line', { x1: PAD.left, x2: width - PAD.right, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: PAD.left - 4, y: y + 4, 'text-anchor': 'end' }, String(value)));
  }
  return group;
}

/** Simple bars: [{label, value}], e.g. events per month; drawn at its container's width so its text keeps its size. */
export function bars(rows, label) {
  if (!rows.length) return el('p', { class: 'muted' }, 'No events.');
  return responsive((width) => barsAt(rows, label, width));
}

function barsAt(rows, label, width) {
  const max = Math.max(1, ...rows.map((r) => r.value));
  const plotHeight = HEIGHT - PAD.top - PAD.bottom;
  const step = (width - PAD.left - PAD.right) / rows.length;
  const barWidth = Math.max(1, Math.min(48, step * 0.75));
  const root = svg('svg', { class: 'chart', viewBox: `0 0 ${width} ${HEIGHT}`, role: 'img', 'aria-label': label }, axis(max, plotHeight, width));
  // As many labels as fit side by side (about 60 units each).
  const labelEvery = Math.max(1, Math.ceil(rows.length / Math.max(1, Math.floor((width - PAD.left) / 60))));
  rows.forEach((row, i) => {
    const x = PAD.left + i * step + (step - barWidth) / 2;
    const h = (row.value / max) * plotHeight;
    root.append(svg('rect', { class: 'bar', x: x.toFixed(1), width: barWidth.toFixed(1), y: (PAD.top + plotHeight - h).toFixed(1), height: h.toFixed(1) },
      svg('title', null, `${row.label}: ${row.value}`)));
    if (i % labelEvery === 0) root.append(svg('text', { class: 'tick', x: (x + barWidth / 2).toFixed(1), y: HEIGHT - PAD.bottom + 16, 'text-anchor': 'middle' }, row.label));
  });
  return root;
}

/** The entity in the centre, its co-actors on a circle around it, edge width by shared events. */
export function network(centreName, coActors, hrefOf, unit = 'shared event') {
  if (!coActors.length) return el('p', { class: 'muted' }, unit === 'shared event' ? 'No co-occurring actors.' : 'No other entity is named with it.');
  // Drawn at the panel's width (up to 520), so that names keep their size on a phone.
  return responsive((width) => networkAt(centreName, coActors, hrefOf, unit, Math.min(width, 520)));
}

function networkAt(centreName, coActors, hrefOf, unit, size) {
  const centre = size / 2;
  const radius = size / 2 - Math.min(70, size * 0.2);
  const max = Math.max(1, ...coActors.map((a) => a.events));
  const root = svg('svg', { class: 'network', viewBox: `0 0 ${size} ${size}`, role: 'group', 'aria-label': unit === 'shared event' ? `Actors sharing events with ${centreName}` : `Entities named in the same documents as ${centreName}` });
  const edges = svg('g', { class: 'edges' });
  const nodes = svg('g', { class: 'nodes' });
  coActors.forEach((actor, i) => {
    const angle = (2 * Math.PI * i) / coActors.length - Math.PI / 2;
    const x = centre + radius * Math.cos(angle);
    const y = centre + radius * Math.sin(angle);
    edges.append(svg('line', { x1: centre, y1: centre, x2: x.toFixed(1), y2: y.toFixed(1), 'stroke-width': (1 + (actor.events / max) * 7).toFixed(1) },
      svg('title', null, `${actor.events} ${unit}${actor.events === 1 ? '' : 's'}`)));
    const anchor = Math.cos(angle) > 0.3 ? 'start' : Math.cos(angle) < -0.3 ? 'end' : 'middle';
    const dx = anchor === 'start' ? 9 : anchor === 'end' ? -9 : 0;
    const dy = anchor === 'middle' ? (Math.sin(angle) > 0 ? 18 : -10) : 4;
    const name = actor.name.length > 22 ? `${actor.name.slice(0, 21)}…` : actor.name;
    nodes.append(svg('a', { href: hrefOf(actor), class: 'node' },
      svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: 6 }),
      svg('text', { x: (x + dx).toFixed(1), y: (y + dy).toFixed(1), 'text-anchor': anchor }, name),
      svg('title', null, `${actor.name}: ${actor.events} ${unit}${actor.events === 1 ? '' : 's'}`)));
  });
  nodes.append(svg('circle', { class: 'centre', cx: centre, cy: centre, r: 11 }),
    svg('text', { class: 'centre-label', x: centre, y: centre + 26, 'text-anchor': 'middle' }, centreName.length > 28 ? `${centreName.slice(0, 27)}…` : centreName));
  root.append(edges, nodes);
  return root;
}

/**
 * Claims on a time axis by the date their value holds (as_of), one row per attribute, the value written at each
 * point. An attribute whose values change over time (an update: an age, a reward, a tally) is joined by a line
 * in date order; only values the sources really disagree on (a conflict) are marked as such.
 */
export function claimTimeline(claims, conflicts = []) {
  const dated = claims.filter((c) => c.as_of);
  if (!dated.length) return el('p', { class: 'muted' }, 'No dated claims to put on a timeline.');
  return responsive((width) => claimTimelineAt(dated, conflicts, width));
}

function claimTimelineAt(dated, conflicts, totalWidth) {
  const time = (asOf) => Date.parse(asOf.length === 4 ? `${asOf}-07-01` : asOf.length === 7 ? `${asOf}-15` : asOf);
  const attributes = [...new Set(dated.map((c) => c.attribute))];
  const times = dated.map((c) => time(c.as_of)).filter((t) => !Number.isNaN(t));
  if (!times.length) return el('p', { class: 'muted' }, 'No dated claims to put on a timeline.');
  const kindOf = (attribute) => (conflicts.some((c) => c.attribute === attribute && c.kind === 'conflict') ? 'conflict'
    : conflicts.some((c) => c.attribute === attribute && c.kind === 'update') ? 'update' : null);
  const [first, last] = [Math.min(...times), Math.max(...times)];
  const span = Math.max(last - first, 86400000);
  const left = Math.min(150, Math.round(totalWidth * 0.3));
  const width = totalWidth - left - 30;
  const rowHeight = 40;
  const height = attributes.length * rowHeight + 30;
  const root = svg('svg', { class: 'timeline', viewBox: `0 0 ${totalWidth} ${height}`, role: 'img', 'aria-label': 'Claims over time, at the date each value holds' });
  attributes.forEach((attribute, row) => {
    const y = 22 + row * rowHeight;
    const kind = kindOf(attribute);
    root.append(svg('text', { class: 'tick', x: left - 8, y: y + 4, 'text-anchor': 'end' }, attribute),
      svg('line', { class: 'grid', x1: left, x2: left + width, y1: y, y2: y }));
    const points = dated.filter((c) => c.attribute === attribute && !Number.isNaN(time(c.as_of)))
      .map((claim) => ({ claim, x: left + ((time(claim.as_of) - first) / span) * width }))
      .sort((a, b) => a.x - b.x);
    if (kind === 'update' && points.length > 1) {
      root.append(svg('polyline', { class: 'claim-update', points: points.map((p) => `${p.x.toFixed(1)},${y}`).join(' ') },
        svg('title', null, `${attribute} changes over time`)));
    }
    for (const { claim, x } of points) {
      root.append(svg('circle', { class: ['claim-dot', kind === 'conflict' ? 'claim-conflict' : null], cx: x.toFixed(1), cy: y, r: 5, 'data-kind': kind ?? 'single' },
        svg('title', null, `${claim.value}${claim.unit ? ` ${claim.unit}` : ''} as of ${claim.as_of}${kind === 'conflict' ? ' (sources disagree)' : ''}`)),
      svg('text', { class: 'tick', x: x.toFixed(1), y: y - 9, 'text-anchor': 'middle' }, formatValue(claim.value, attribute)));
    }
  });
  const axisY = height - 8;
  root.append(svg('text', { class: 'tick', x: left, y: axisY }, new Date(first).toISOString().slice(0, 10)));
  if (last > first) root.append(svg('text', { class: 'tick', x: left + width, y: axisY, 'text-anchor': 'end' }, new Date(last).toISOString().slice(0, 10)));
  return root;
}

export function formatValue(value, attribute = '') {
  // Years are names of years, not quantities: no thousands separator.
  // A year (founded_year, birth_year) is a name; a figure per year (homicides_per_year) is a quantity.
  if (/_year$/.test(attribute) && !/per_year$/.test(attribute)) return String(value);
  return Math.abs(value) >= 1e6 ? `${(value / 1e6).toLocaleString('en', { maximumFractionDigits: 1 })}M` : value.toLocaleString('en');
}
