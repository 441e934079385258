// What the map draws for a set of events, honest about how precisely each is placed: events placed to a
// town or a spot are points (clustered with their count where they crowd), events placed to a municipality
// are hollow (approximate), events placed only to a state are one ring per state at its centre, said to
// stand for the whole state, and events placed only to the country, or outside Mexico, are not drawn as
// points at all: they are counted and listed beside the map.
import Supercluster from './vendor/supercluster.js';

const COUNTRY = 'MX';

/** The events split by what the map can honestly draw for them. */
export function partition(points) {
  const located = [];
  const byState = new Map();
  const country = [];
  const outside = [];
  for (const point of points) {
    if (point.lat === null || point.lat === undefined || point.lon === null || point.lon === undefined) continue;
    if (point.country && point.country !== COUNTRY) outside.push(point);
    else if (point.precision === 'country' || (!point.state && point.precision === 'state')) country.push(point);
    else if (point.precision === 'state') {
      if (!byState.has(point.state)) byState.set(point.state, []);
      byState.get(point.state).push(point);
    } else located.push(point);
  }
  return { located, byState, country, outside };
}

/** True for a place the map draws as an approximate (hollow) marker. */
export function isApproximate(point) {
  return point.precision === 'municipality';
}

/**
 * Clusters of the located events for a frame of the map: [{ lon, lat, count, fatalities, points | null }].
 * pixelsPerDegree: the frame's horizontal pixels per degree of longitude; radius: how close (in those pixels)
 * two markers may come before they are drawn as one cluster.
 */
export function clusters(located, box, pixelsPerDegree, radius = 26) {
  if (!located.length) return [];
  const index = new Supercluster({
    radius,
    extent: 512,
    maxZoom: 17,
    map: (properties) => ({ fatalities: properties.point.fatalities ?? 0 }),
    reduce: (total, properties) => { total.fatalities += properties.fatalities; },
  });
  index.load(located.map((point) => ({ type: 'Feature', properties: { point }, geometry: { type: 'Point', coordinates: [point.lon, point.lat] } })));
  // At zoom z a 512-unit tile spans 360 / 2^z degrees: the zoom at which the radius in tile units is the radius in pixels.
  const zoom = Math.max(0, Math.min(18, Math.log2((pixelsPerDegree * 360) / 512)));
  return index.getClusters([box.west, box.south, box.east, box.north], zoom).map((feature) => {
    const [lon, lat] = feature.geometry.coordinates;
    if (!feature.properties.cluster) {
      const point = feature.properties.point;
      return { lon: point.lon, lat: point.lat, count: 1, fatalities: point.fatalities ?? 0, points: [point] };
    }
    const leaves = index.getLeaves(feature.properties.cluster_id, Infinity).map((leaf) => leaf.properties.point);
    return { lon, lat, count: feature.properties.point_count, fatalities: feature.properties.fatalities, points: leaves };
  });
}
