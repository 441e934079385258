// Events over time on a true time axis: bars sit at their dates, so a gap of years looks like one. Bins are
// weeks, months or years as the span needs; every label carries its year; events without a day-precise date
// are counted apart, never silently left out; dragging across the bars selects a range (the from/to filters).
import { el, svg } from './dom.js';
import { number, TYPE_COLORS, typeColor } from './format.js';

const DAY = 86400000;
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const PAD = { left: 40, right: 10, top: 10, bottom: 40 };

const utc = (text) => Date.parse(`${text}T00:00:00Z`);
const iso = (time) => new Date(time).toISOString().slice(0, 10);

// A bin: its start and its end (exclusive), and how it is named.
const BINS = {
  week: { start: (t) => t, next: (t) => t + 7 * DAY, name: (t) => { const d = new Date(t); return `${d.getUTCDate()} ${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; }, noun: 'week' },
  month: { start: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), 1); }, next: (t) => { const d = new Date(t); return Date.UTC(d.getUTCFullYear(), d.getUTCMonth() + 1, 1); }, name: (t) => { const d = new Date(t); return `${MONTHS[d.getUTCMonth()]} ${d.getUTCFullYear()}`; }, noun: 'month' },
  year: { start: (t) => Date.UTC(new Date(t).getUTCFullYear(), 0, 1), next: (t) => Date.UTC(new Date(t).getUTCFullYear() + 1, 0, 1), name: (t) => String(new Date(t).getUTCFullYear()), noun: 'year' },
};

/** The bin size for a span: weeks up to half a year, months up to four years, years beyond. */
export function binFor(first, last) {
  const span = last - first;
  return span <= 183 * DAY ? BINS.week : span <= 4 * 366 * DAY ? BINS.month : BINS.year;
}

/** The rows ({week, type, events}) summed per bin and type: [{ start, end, total, byType: Map }]. */
export function binned(rows, bin) {
  const bins = new Map();
  for (const row of rows) {
    const start = bin.start(utc(row.week));
    if (!bins.has(start)) bins.set(start, { start, end: bin.next(start), total: 0, byType: new Map() });
    const cell = bins.get(start);
    cell.total += row.events;
    cell.byType.set(row.type, (cell.byType.get(row.type) ?? 0) + row.events);
  }
  return [...bins.values()].sort((a, b) => a.start - b.start);
}

function ticksOf(first, last, bin, width) {
  const ticks = [];
  for (let t = bin.start(first); t <= last; t = bin.next(t)) ticks.push(t);
  const room = Math.max(1, Math.floor(width / 95));
  const every = Math.ceil(ticks.length / room);
  return ticks.filter((_, i) => i % every === 0);
}

function draw(rows, width, options) {
  const height = 230;
  const types = [...new Set(rows.map((r) => r.type))];
  const known = Object.keys(TYPE_COLORS);
  const rank = (type) => { const i = known.indexOf(type); return i < 0 ? known.length : i; };
  types.sort((a, b) => rank(a) - rank(b));
  const weeks = rows.map((r) => utc(r.week));
  const bin = binFor(Math.min(...weeks), Math.max(...weeks));
  const cells = binned(rows, bin);
  const [first, last] = [cells[0].start, cells[cells.length - 1].end];
  const plotWidth = width - PAD.left - PAD.right;
  const plotHeight = height - PAD.top - PAD.bottom;
  const x = (t) => PAD.left + ((t - first) / (last - first)) * plotWidth;
  const max = Math.max(1, ...cells.map((c) => c.total));
  const root = svg('svg', { class: 'chart time-chart', viewBox: `0 0 ${width} ${height}`, role: 'img', 'aria-label': options.label, 'data-bin': bin.noun });
  const grid = svg('g', { class: 'axis' });
  for (const value of max <= 5 ? Array.from({ length: max + 1 }, (_, i) => i) : [0, Math.round(max / 2), max]) {
    const y = PAD.top + plotHeight - (value / max) * plotHeight;
    grid.append(svg('line', { x1: PAD.left, x2: width - PAD.right, y1: y, y2: y, class: 'grid' }),
      svg('text', { x: PAD.left - 5, y: y + 4, 'text-anchor': 'end' }, String(value)));
  }
  root.append(grid);
  for (const cell of cells) {
    const [left, right] = [x(cell.start), x(cell.end)];
    const barWidth = Math.max(1.5, (right - left) * 0.85);
    let base = 0;
    for (const type of types) {
      const events = cell.byType.get(type);
      if (!events) continue;
      const h = (events / max) * plotHeight;
      root.append(svg('rect', {
        class: 'bar', x: left.toFixed(1), width: barWidth.toFixed(1), y: (PAD.top + plotHeight - base - h).toFixed(1), height: h.toFixed(1), fill: typeColor(type),
        'data-start': iso(cell.start),
      }, svg('title', null, `${bin.name(cell.start)}: ${number(events)} ${type}`)));
      base += h;
    }
  }
  for (const tick of ticksOf(first, last, bin, plotWidth)) {
    const at = x(tick);
    // A label that would run off the right edge is left out rather than cut.
    if (at > width - PAD.right - bin.name(tick).length * 6.5) continue;
    root.append(svg('line', { class: 'tick-mark', x1: at, x2: at, y1: PAD.top + plotHeight, y2: PAD.top + plotHeight + 5 }),
      svg('text', { class: 'tick', x: at.toFixed(1), y: PAD.top + plotHeight + 19, 'text-anchor': 'start' }, bin.name(tick)));
  }
  root.append(svg('text', { class: 'tick', x: PAD.left, y: height - 4 }, `${bin.noun}s from ${iso(first)} to ${iso(last - DAY)}`));
  if (options.brush) brushable(root, { x, first, last, top: PAD.top, height: plotHeight, left: PAD.left, right: width - PAD.right, bin }, options.brush);
  return root;
}

// Dragging across the plot draws the range and, on release, hands its first and last day to brush(from, to).
function brushable(root, frame, brush) {
  const band = svg('rect', { class: 'brush', y: frame.top, height: frame.height, width: 0, x: frame.left });
  root.append(band);
  const timeAt = (event) => {
    const box = root.getBoundingClientRect();
    const viewX = ((event.clientX - box.left) / box.width) * Number(root.viewBox.baseVal.width);
    const clamped = Math.max(frame.left, Math.min(frame.right, viewX));
    return { viewX: clamped, time: frame.first + ((clamped - frame.left) / (frame.right - frame.left)) * (frame.last - frame.first) };
  };
  let start = null;
  root.addEventListener('pointerdown', (event) => {
    if (event.button !== 0) return;
    start = timeAt(event);
    root.setPointerCapture?.(event.pointerId);
  });
  root.addEventListener('pointermove', (event) => {
    if (!start) return;
    const now = timeAt(event);
    band.setAttribute('x', Math.min(start.viewX, now.viewX).toFixed(1));
    band.setAttribute('width', Math.abs(now.viewX - start.viewX).toFixed(1));
  });
  root.addEventListener('pointerup', (event) => {
    if (!start) return;
    const end = timeAt(event);
    const [a, b] = [Math.min(start.time, end.time), Math.max(start.time, end.time)];
    const wide = Math.abs(end.viewX - start.viewX) > 4;
    start = null;
    if (!wide) { band.setAttribute('width', 0); return; }
    // Whole bins: a drag across part of a month selects the month.
    brush(iso(frame.bin.start(a)), iso(frame.bin.next(frame.bin.start(b)) - DAY));
  });
}

function legend(types) {
  return el('ul', { class: 'chart-legend' }, types.map((type) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = typeColor(type);
    return el('li', null, swatch, type);
  }));
}

/** A chart that is drawn at its container's width, so its text keeps its size on a phone and on a wide screen. */
export function responsive(drawAt, className = 'chart-box') {
  const box = el('div', { class: className });
  let drawn = 0;
  const render = (width) => {
    drawn = width;
    box.replaceChildren(drawAt(width));
  };
  render(720);
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver((entries) => {
      const width = Math.round(entries[0].contentRect.width);
      if (width > 0 && Math.abs(width - drawn) > 16) render(Math.max(280, Math.min(width, 1400)));
    }).observe(box);
  }
  return box;
}

/**
 * Events over time stacked by type. rows: [{week, type, events}] (events dated to the day);
 * undated: how many events of the selection have no day-precise date. options: label, brush(from, to).
 */
export function timeStackedBars(rows, undated, options) {
  const note = undated > 0
    ? el('p', { class: 'muted chart-note', id: 'undated-events' }, `${number(undated)} event${undated === 1 ? '' : 's'} without a day-precise date (a month, a year or none) ${undated === 1 ? 'is' : 'are'} not on this axis.`)
    : null;
  if (!rows.length) return el('div', null, el('p', { class: 'muted' }, 'No events dated to the day in this selection.'), note);
  const types = [...new Set(rows.map((r) => r.type))];
  return el('figure', { class: 'chart-figure' },
    responsive((width) => draw(rows, width, options)),
    legend(types.sort()),
    note,
    options.brush ? el('p', { class: 'muted small' }, 'Drag across the bars to select a period (the From and To filters).') : null);
}
