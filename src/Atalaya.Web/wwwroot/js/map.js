// The map of Mexico: state outlines from the committed, simplified Natural Earth file
// (/data/mx-states.json, built by tools/simplify-boundaries), drawn as SVG. No tiles, nothing remote.
import { svg, el } from './dom.js';
import { typeColor } from './format.js';

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
function projection(box, width) {
  const cosine = Math.cos(((box.north + box.south) / 2) * Math.PI / 180);
  const scale = width / ((box.east - box.west) * cosine);
  const height = (box.north - box.south) * scale;
  return {
    width,
    height,
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

/**
 * An SVG map. options: byState (name -> events), points ([{id, lat, lon, fatalities, type, ...}]),
 * pointHref (point -> link), stateHref (name -> link), focusState (zoom to one state), label (for screen readers).
 */
export async function mexicoMap(options) {
  const data = await loadBoundaries();
  const features = data.features;
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
  const project = projection(box, options.width ?? 800);
  const shade = shader(Object.values(options.byState ?? {}));
  const root = svg('svg', {
    class: ['map', focus ? 'map-small' : null],
    viewBox: `0 0 ${project.width.toFixed(0)} ${project.height.toFixed(0)}`,
    role: 'img',
    'aria-label': options.label ?? 'Map of Mexico',
  });
  const states = svg('g', { class: 'states' });
  for (const feature of features) {
    const name = feature.properties.name;
    const count = options.byState?.[name] ?? 0;
    const path = svg('path', {
      class: ['state', name === options.focusState ? 'state-focus' : null],
      d: pathOf(feature, project),
      fill: options.byState ? shade(count) : (name === options.focusState ? '#c9dcec' : '#eef3f8'),
      'data-state': name,
    }, svg('title', null, options.byState ? `${name}: ${count} event${count === 1 ? '' : 's'}` : name));
    states.append(options.stateHref ? svg('a', { href: options.stateHref(name), 'aria-label': `${name}, ${count} events` }, path) : path);
  }
  root.append(states);
  const points = svg('g', { class: 'points' });
  // Largest first, so small points stay clickable on top of big ones.
  const sorted = [...(options.points ?? [])].filter((p) => p.lat !== null && p.lon !== null)
    .sort((a, b) => (b.fatalities ?? 0) - (a.fatalities ?? 0));
  for (const point of sorted) {
    const [x, y] = project.point(point.lon, point.lat);
    const circle = svg('circle', {
      class: 'point', cx: x.toFixed(1), cy: y.toFixed(1), r: pointRadius(point.fatalities, focus || options.focusPoint ? 7 : 3).toFixed(1),
      fill: typeColor(point.type), 'data-event': point.id,
    }, svg('title', null, [point.date, point.type, point.place ?? point.state, `${point.fatalities ?? 0} fatalities`].filter(Boolean).join(' · ')));
    points.append(options.pointHref ? svg('a', { href: options.pointHref(point), 'aria-label': `Event ${point.id}` }, circle) : circle);
  }
  root.append(points);
  return root;
}

/** The legend of the shading and the point sizes. */
export function mapLegend() {
  return el('div', { class: 'map-legend', 'aria-hidden': 'true' },
    el('span', null, 'Fewer events'),
    SHADES.map((colour) => {
      const swatch = el('span', { class: 'swatch' });
      swatch.style.backgroundColor = colour;
      return swatch;
    }),
    el('span', null, 'More events'),
    el('span', { class: 'legend-gap' }, 'Circle size: fatalities'));
}
