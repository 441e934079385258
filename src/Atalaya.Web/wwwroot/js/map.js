// The map of Mexico: state outlines from the committed, simplified Natural Earth file
// (/data/mx-states.json, built by tools/simplify-boundaries), drawn as SVG. No tiles, nothing remote.
// Markers say how precisely each event is placed (map-markers.js); zoom and pan redraw the frame.
import { svg, el } from './dom.js';
import { number, TYPE_COLORS, typeColor } from './format.js';
import { clusters, isApproximate, partition } from './map-markers.js';
import { keyboardMap } from './map-keys.js';

let boundaries;

/** The state boundaries, fetched once per page. */
export function loadBoundaries() {
  boundaries ??= fetch('/data/mx-states.json').then((response) => {
    if (!response.ok) throw new Error(`map boundaries: ${response.status} ${response.statusText}`);
    return response.json();
  });
  return boundaries;
}

function bounds(features) {
  let [west, south, east, north] = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    for (const polygon of feature.geometry.coordinates) {
      for (const [lon, lat] of polygon[0]) {
        west = Math.min(west, lon); east = Math.max(east, lon);
        south = Math.min(south, lat); north = Math.max(north, lat);
      }
    }
  }
  return { west, south, east, north };
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum / 2);
}

// A state without its far islands (Colima's Revillagigedo lie 700 km offshore): what a zoom on the state should frame.
function mainland(feature) {
  const polygons = feature.geometry.coordinates;
  const largest = Math.max(...polygons.map((p) => ringArea(p[0])));
  return { geometry: { coordinates: polygons.filter((p) => ringArea(p[0]) >= largest * 0.1) } };
}

// Equirectangular with the longitude shrunk by the cosine of the middle latitude: at Mexico's size
// the shapes look right and the arithmetic stays trivial.
function projection(box, width, height = null) {
  const cosine = Math.cos(((box.north + box.south) / 2) * Math.PI / 180);
  const scale = width / ((box.east - box.west) * cosine);
  return {
    width,
    height: height ?? (box.north - box.south) * scale,
    pixelsPerDegree: scale * cosine,
    point: (lon, lat) => [(lon - box.west) * cosine * scale, (box.north - lat) * scale],
  };
}

function pathOf(feature, project) {
  const parts = [];
  for (const polygon of feature.geometry.coordinates) {
    for (const ring of polygon) {
      parts.push(ring.map(([lon, lat], i) => {
        const [x, y] = project.point(lon, lat);
        return `${i === 0 ? 'M' : 'L'}${x.toFixed(1)} ${y.toFixed(1)}`;
      }).join('') + 'Z');
    }
  }
  return parts.join('');
}

const SHADES = ['#eef3f8', '#c9dcec', '#9ec2df', '#6a9fca', '#3d79b0', '#1f5189'];

// Shades by rank among the states with events (quantiles): with a few busy states, a scale on the
// counts themselves would paint every other state alike.
function shader(counts) {
  const sorted = [...new Set(counts.filter((c) => c > 0))].sort((a, b) => a - b);
  const classes = SHADES.length - 1;
  return (count) => {
    if (!count) return SHADES[0];
    const rank = sorted.indexOf(count);
    return SHADES[Math.max(1, Math.ceil(((rank + 1) / sorted.length) * classes))];
  };
}

// Area grows with fatalities, capped so one massacre does not cover a state.
function pointRadius(fatalities, minimum = 3) {
  return Math.min(minimum + Math.sqrt(fatalities ?? 0) * 2.2, 22);
}

function plural(count, word) {
  return `${number(count)} ${word}${count === 1 ? '' : 's'}`;
}

function describe(point) {
  return [point.date, point.type, point.place ?? point.state, `${point.fatalities ?? 0} fatalities`].filter(Boolean).join(' · ');
}

function centreOf(feature) {
  const box = bounds([mainland(feature)]);
  return { lon: (box.west + box.east) / 2, lat: (box.south + box.north) / 2 };
}

function frameOf(features, options) {
  const focus = options.focusState ? features.find((f) => f.properties.name === options.focusState) : null;
  let box = bounds(focus ? [mainland(focus)] : features);
  if (focus || options.focusPoint) {
    // Around the state (or the point when the state is unknown), with a margin for context.
    if (!focus) box = { west: options.focusPoint.lon - 3, east: options.focusPoint.lon + 3, south: options.focusPoint.lat - 2, north: options.focusPoint.lat + 2 };
    if (options.focusPoint) {
      // The point stays in the frame even where its coordinates fall outside the state named for it.
      const { lat, lon } = options.focusPoint;
      box = { west: Math.min(box.west, lon), east: Math.max(box.east, lon), south: Math.min(box.south, lat), north: Math.max(box.north, lat) };
    }
    const margin = Math.max(box.east - box.west, box.north - box.south) * 0.25;
    box = { west: box.west - margin, east: box.east + margin, south: box.south - margin, north: box.north + margin };
  }
  return { box, focus };
}

// The frame zoomed by a factor around its centre (or moved by a fraction of its size): the shape stays the same.
function zoomed(box, factor, dx = 0, dy = 0) {
  const [w, h] = [box.east - box.west, box.north - box.south];
  const [cx, cy] = [(box.west + box.east) / 2 + dx * w, (box.south + box.north) / 2 + dy * h];
  return { west: cx - w / (2 * factor), east: cx + w / (2 * factor), south: cy - h / (2 * factor), north: cy + h / (2 * factor) };
}

function marker(cluster, project, options, small, zoomTo, unit) {
  const [x, y] = project.point(cluster.lon, cluster.lat);
  const single = cluster.count === 1 ? cluster.points[0] : null;
  if (single) {
    const approximate = isApproximate(single);
    const shape = svg('circle', {
      class: ['point', approximate ? 'point-approximate' : null], cx: x.toFixed(1), cy: y.toFixed(1),
      r: (pointRadius(single.fatalities, small ? 7 : 4) * unit).toFixed(1),
      fill: approximate ? '#ffffff' : typeColor(single.type), stroke: approximate ? typeColor(single.type) : null, 'data-event': single.id,
    }, svg('title', null, describe(single) + (approximate ? ' · placed to its municipality, not an exact point' : '')));
    const label = `Event ${single.id}: ${describe(single)}${approximate ? ', approximate place' : ''}`;
    return options.pointHref ? svg('a', { href: options.pointHref(single), 'aria-label': label, class: 'marker' }, shape) : shape;
  }
  const radius = Math.min(9 + Math.log2(cluster.count) * 3, 24) * unit;
  const title = `${plural(cluster.count, 'event')} close together here, ${number(cluster.fatalities)} fatalities`;
  const group = svg('g', { class: 'cluster', 'data-count': cluster.count },
    svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: radius.toFixed(1) }),
    svg('text', { x: x.toFixed(1), y: (y + 4 * unit).toFixed(1), 'text-anchor': 'middle', 'font-size': (12 * unit).toFixed(1) }, number(cluster.count)),
    svg('title', null, title));
  // A cluster is a button that zooms to its events, until they stand apart.
  const control = svg('a', { role: 'button', tabindex: '-1', 'aria-label': `${title}: zoom in`, class: 'marker cluster-link' }, group);
  const open = (event) => {
    event.preventDefault();
    zoomTo(cluster.points);
  };
  control.addEventListener('click', open);
  control.addEventListener('keydown', (event) => { if (event.key === 'Enter' || event.key === ' ') open(event); });
  return control;
}

function stateRing(state, events, feature, project, options, unit) {
  const { lon, lat } = centreOf(feature);
  const [x, y] = project.point(lon, lat);
  const title = `${plural(events.length, 'event')} placed only to ${state}: drawn at the state's centre, which is not where they happened`;
  const ring = svg('g', { class: 'state-ring', 'data-state': state, 'data-count': events.length },
    svg('circle', { cx: x.toFixed(1), cy: y.toFixed(1), r: ((10 + Math.log2(events.length) * 2) * unit).toFixed(1) }),
    svg('text', { x: x.toFixed(1), y: (y + 4 * unit).toFixed(1), 'text-anchor': 'middle', 'font-size': (12 * unit).toFixed(1) }, number(events.length)),
    svg('title', null, title));
  return options.stateHref ? svg('a', { href: options.stateHref(state), 'aria-label': title, class: 'marker' }, ring) : ring;
}

/**
 * An SVG map with zoom and pan. options: byState (name -> events), points ([{id, lat, lon, fatalities, type, precision, country, ...}]),
 * pointHref (point -> link), stateHref (name -> link), focusState (zoom to one state), focusPoint, width, label.
 * Returns { element, outside, country }: the map, and the events it cannot draw (outside Mexico, placed only to the country).
 */
export async function mexicoMap(options) {
  const data = await loadBoundaries();
  const features = data.features;
  const parts = partition(options.points ?? []);
  const frame = frameOf(features, options);
  const width = options.width ?? 800;
  const height = projection(frame.box, width).height;
  const shade = shader(Object.values(options.byState ?? {}));
  const small = Boolean(frame.focus || options.focusPoint);
  const root = svg('svg', {
    class: ['map', small ? 'map-small' : null],
    viewBox: `0 0 ${width.toFixed(0)} ${height.toFixed(0)}`,
    role: 'group',
    'aria-roledescription': 'map',
    'aria-label': options.label ?? 'Map of Mexico',
  });
  let box = frame.box;
  // Drawing units per screen pixel: markers, their text and the clustering distance keep their size on screen
  // whether the map is drawn 800 pixels wide or on a phone (measured once the map is in the page).
  let unit = 1;

  function draw() {
    const project = projection(box, width, height);
    const states = svg('g', { class: 'states' });
    for (const feature of features) {
      const name = feature.properties.name;
      const count = options.byState?.[name] ?? 0;
      const path = svg('path', {
        class: ['state', name === options.focusState ? 'state-focus' : null],
        d: pathOf(feature, project),
        fill: options.byState ? shade(count) : (name === options.focusState ? '#c9dcec' : '#eef3f8'),
        'data-state': name,
      }, svg('title', null, options.byState ? `${name}: ${plural(count, 'event')}` : name));
      states.append(options.stateHref ? svg('a', { href: options.stateHref(name), 'aria-label': `${name}, ${plural(count, 'event')}`, class: 'state-link' }, path) : path);
    }
    const rings = svg('g', { class: 'state-rings' });
    for (const [state, events] of parts.byState) {
      const feature = features.find((f) => f.properties.name === state);
      if (feature) rings.append(stateRing(state, events, feature, project, options, unit));
    }
    const points = svg('g', { class: 'points' });
    // West to east: the order the arrow keys walk. Largest first among neighbours, so small ones stay on top.
    const drawn = clusters(parts.located, box, project.pixelsPerDegree / unit)
      .sort((a, b) => b.fatalities - a.fatalities);
    for (const cluster of drawn) points.append(marker(cluster, project, options, small, zoomTo, unit));
    root.replaceChildren(states, rings, points);
  }

  // The frame around some events, at least four times closer than now so that a cluster always opens up.
  function zoomTo(events) {
    const lons = events.map((p) => p.lon);
    const lats = events.map((p) => p.lat);
    const centre = { lon: (Math.min(...lons) + Math.max(...lons)) / 2, lat: (Math.min(...lats) + Math.max(...lats)) / 2 };
    const [w, h] = [box.east - box.west, box.north - box.south];
    const factor = Math.max(4, Math.min(w / Math.max(0.01, (Math.max(...lons) - Math.min(...lons)) * 1.5), h / Math.max(0.01, (Math.max(...lats) - Math.min(...lats)) * 1.5)));
    const next = { west: centre.lon - w / (2 * factor), east: centre.lon + w / (2 * factor), south: centre.lat - h / (2 * factor), north: centre.lat + h / (2 * factor) };
    redraw(next);
  }

  draw();
  const element = el('div', { class: 'map-frame' }, root);
  const hint = el('p', { class: 'visually-hidden', id: `map-hint-${Math.random().toString(36).slice(2, 8)}` },
    'One stop for the whole map: arrow keys move between its markers, Enter opens one, + and − zoom, Home goes back to the whole frame.');
  root.setAttribute('aria-describedby', hint.id);
  function redraw(next) { box = next; draw(); keys.refresh(); }
  const controls = el('div', { class: 'map-controls' },
    button('+', 'Zoom in', () => redraw(zoomed(box, 2))),
    button('−', 'Zoom out', () => redraw(zoomed(box, 0.5))),
    button('⟲', 'Whole frame', () => redraw(frame.box)));
  const keys = keyboardMap(root, {
    zoomIn: () => redraw(zoomed(box, 2)),
    zoomOut: () => redraw(zoomed(box, 0.5)),
    reset: () => redraw(frame.box),
  });
  // Dragging pans: the frame moves by the drag's share of the drawn width.
  let drag = null;
  root.addEventListener('pointerdown', (event) => { if (event.button === 0) drag = { x: event.clientX, y: event.clientY, box, moved: false }; });
  root.addEventListener('pointermove', (event) => {
    if (!drag) return;
    if (!(event.buttons & 1)) { drag = null; return; }
    const size = root.getBoundingClientRect();
    const [dx, dy] = [(event.clientX - drag.x) / size.width, (event.clientY - drag.y) / size.height];
    if (!drag.moved && Math.hypot(event.clientX - drag.x, event.clientY - drag.y) < 6) return;
    drag.moved = true;
    box = zoomed(drag.box, 1, -dx, dy);
    draw();
  });
  root.addEventListener('pointerup', () => { if (drag?.moved) keys.refresh(); });
  root.addEventListener('click', (event) => { if (drag?.moved) event.preventDefault(); drag = null; }, true);
  element.append(controls, hint);
  if (typeof ResizeObserver === 'function') {
    new ResizeObserver(() => {
      const shown = root.getBoundingClientRect().width;
      if (!shown) return;
      const next = width / shown;
      if (Math.abs(next - unit) / unit > 0.1) { unit = next; draw(); keys.refresh(); }
    }).observe(root);
  }
  return { element, outside: parts.outside, country: parts.country, stateOnly: parts.byState };
}

function button(text, label, action) {
  const node = el('button', { type: 'button', class: 'secondary', 'aria-label': label, title: label }, text);
  node.addEventListener('click', action);
  return node;
}

/** The legend: shading, marker kinds and type colours, as text a screen reader reads too. */
export function mapLegend(byState) {
  const counts = Object.values(byState ?? {}).filter((c) => c > 0);
  const swatches = SHADES.map((colour) => {
    const swatch = el('span', { class: 'swatch' });
    swatch.style.backgroundColor = colour;
    return swatch;
  });
  const key = (className, text) => el('li', null, el('span', { class: `key ${className}`, 'aria-hidden': 'true' }), text);
  return el('div', { class: 'map-legend', id: 'map-legend' },
    el('div', { class: 'legend-row' },
      el('span', null, counts.length ? `States: ${number(Math.min(...counts))} event${Math.min(...counts) === 1 ? '' : 's'}` : 'States: no events'),
      el('span', { 'aria-hidden': 'true', class: 'legend-swatches' }, swatches),
      el('span', null, counts.length ? `${number(Math.max(...counts))} (shade by rank)` : '')),
    el('ul', { class: 'legend-keys' },
      key('key-point', 'event at its place (size: fatalities)'),
      key('key-approximate', 'placed to its municipality only'),
      key('key-cluster', 'events close together (number: how many)'),
      key('key-ring', 'placed to a state only, drawn at its centre')),
    el('ul', { class: 'legend-keys legend-types' }, Object.entries(TYPE_COLORS).map(([type, colour]) => {
      const swatch = el('span', { class: 'key key-type', 'aria-hidden': 'true' });
      swatch.style.backgroundColor = colour;
      return el('li', null, swatch, type);
    })));
}
