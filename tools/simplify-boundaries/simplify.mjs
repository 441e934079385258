#!/usr/bin/env node
// Simplifies Natural Earth's Mexican state boundaries into the small GeoJSON the workbench map draws.
// Usage: node tools/simplify-boundaries/simplify.mjs IN.geojson OUT.json [tolerance-degrees] [decimals]
// Douglas-Peucker per ring, then coordinates rounded; islands smaller than a few pixels at the
// map's scale are dropped, since they only add bytes. State names follow the gazetteer's admin1
// names (data/geo/gazetteer.tsv.gz) because the database stores those, not Natural Earth's.
import { readFileSync, writeFileSync } from 'node:fs';

const [input, output, toleranceArg = '0.03', decimalsArg = '2'] = process.argv.slice(2);
if (!input || !output) {
  console.error('usage: simplify.mjs IN.geojson OUT.json [tolerance-degrees] [decimals]');
  process.exit(2);
}
const tolerance = Number(toleranceArg);
const decimals = Number(decimalsArg);
const minRingArea = tolerance * tolerance * 4;

// Natural Earth name -> gazetteer admin1 name (only where they differ).
const gazetteerNames = { 'Distrito Federal': 'Mexico City' };

function perpendicularDistance(p, a, b) {
  const dx = b[0] - a[0];
  const dy = b[1] - a[1];
  if (dx === 0 && dy === 0) return Math.hypot(p[0] - a[0], p[1] - a[1]);
  return Math.abs(dy * p[0] - dx * p[1] + b[0] * a[1] - b[1] * a[0]) / Math.hypot(dx, dy);
}

// Iterative so a long coastline cannot overflow the stack.
function douglasPeucker(points) {
  if (points.length < 3) return points;
  const keep = new Uint8Array(points.length);
  keep[0] = keep[points.length - 1] = 1;
  const stack = [[0, points.length - 1]];
  while (stack.length) {
    const [first, last] = stack.pop();
    let maxDistance = 0;
    let index = -1;
    for (let i = first + 1; i < last; i++) {
      const d = perpendicularDistance(points[i], points[first], points[last]);
      if (d > maxDistance) { maxDistance = d; index = i; }
    }
    if (index >= 0 && maxDistance > tolerance) {
      keep[index] = 1;
      stack.push([first, index], [index, last]);
    }
  }
  return points.filter((_, i) => keep[i]);
}

function ringArea(ring) {
  let sum = 0;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) sum += (ring[j][0] - ring[i][0]) * (ring[j][1] + ring[i][1]);
  return Math.abs(sum / 2);
}

const round = (v) => Number(v.toFixed(decimals));

function simplifyRing(ring) {
  // A closed ring: simplify it as two halves so the closing point stays fixed.
  const half = Math.floor(ring.length / 2);
  const simplified = [...douglasPeucker(ring.slice(0, half + 1)).slice(0, -1), ...douglasPeucker(ring.slice(half))];
  const rounded = [];
  for (const [x, y] of simplified) {
    const point = [round(x), round(y)];
    const previous = rounded[rounded.length - 1];
    if (!previous || previous[0] !== point[0] || previous[1] !== point[1]) rounded.push(point);
  }
  return rounded.length >= 4 ? rounded : null;
}

function simplifyPolygon(polygon) {
  if (ringArea(polygon[0]) < minRingArea) return null;
  const outer = simplifyRing(polygon[0]);
  if (!outer) return null;
  const holes = polygon.slice(1).filter((h) => ringArea(h) >= minRingArea).map(simplifyRing).filter(Boolean);
  return [outer, ...holes];
}

const source = JSON.parse(readFileSync(input, 'utf8'));
const features = [];
for (const feature of source.features) {
  const name = feature.properties?.name;
  if (!name) continue; // Natural Earth's unassigned offshore islands belong to no state.
  const polygons = feature.geometry.type === 'Polygon' ? [feature.geometry.coordinates] : feature.geometry.coordinates;
  let simplified = polygons.map(simplifyPolygon).filter(Boolean);
  if (simplified.length === 0) {
    // Keep at least the largest polygon, whatever its size, so every state is drawn.
    const largest = polygons.reduce((a, b) => (ringArea(b[0]) > ringArea(a[0]) ? b : a));
    simplified = [[simplifyRing(largest[0]) ?? largest[0].map(([x, y]) => [round(x), round(y)])]];
  }
  features.push({
    type: 'Feature',
    properties: { name: gazetteerNames[name] ?? name, iso: feature.properties.iso_3166_2 ?? null },
    geometry: { type: 'MultiPolygon', coordinates: simplified },
  });
}
features.sort((a, b) => a.properties.name.localeCompare(b.properties.name));
const result = {
  type: 'FeatureCollection',
  source: 'Natural Earth admin-1 states of Mexico (public domain), simplified by tools/simplify-boundaries',
  features,
};
const text = JSON.stringify(result);
writeFileSync(output, text + '\n');
const points = features.reduce((n, f) => n + f.geometry.coordinates.flat(2).length, 0);
console.log(`${features.length} states, ${points} points, ${text.length} bytes -> ${output}`);
