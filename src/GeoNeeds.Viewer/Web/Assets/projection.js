// Web Mercator (EPSG:3857) on the WGS 84 sphere radius: conformal, so area shapes are true at town scale,
// and the projection people know from web maps. Map units are metres, y growing southwards as in SVG,
// measured from an origin near the data so that path coordinates stay small (SVG draws in single precision).

const RADIUS = 6378137;
const DEGREES = Math.PI / 180;

export function mercator(lon, lat) {
  return [RADIUS * lon * DEGREES, -RADIUS * Math.log(Math.tan(Math.PI / 4 + (lat * DEGREES) / 2))];
}

/** Latitude (degrees) of a projected y. */
export function latitudeOf(y) {
  return (2 * Math.atan(Math.exp(-y / RADIUS)) - Math.PI / 2) / DEGREES;
}

/** Polygon rings of a GeoJSON Polygon or MultiPolygon; anything else has none. */
export function rings(geometry) {
  if (!geometry) {
    return [];
  }
  if (geometry.type === 'Polygon') {
    return geometry.coordinates;
  }
  return geometry.type === 'MultiPolygon' ? geometry.coordinates.flat() : [];
}

/** Projected bounds [minX, minY, maxX, maxY] of features' polygons. */
export function bounds(features) {
  const box = [Infinity, Infinity, -Infinity, -Infinity];
  for (const feature of features) {
    for (const ring of rings(feature.geometry)) {
      for (const [lon, lat] of ring) {
        const [x, y] = mercator(lon, lat);
        box[0] = Math.min(box[0], x);
        box[1] = Math.min(box[1], y);
        box[2] = Math.max(box[2], x);
        box[3] = Math.max(box[3], y);
      }
    }
  }
  return box;
}

/** SVG path data of a geometry, relative to origin [x, y]; holes are drawn with fill-rule evenodd. */
export function pathData(geometry, origin) {
  return rings(geometry).map(ring => ring.map(([lon, lat], i) => {
    const [x, y] = mercator(lon, lat);
    return `${i === 0 ? 'M' : 'L'}${(x - origin[0]).toFixed(1)} ${(y - origin[1]).toFixed(1)}`;
  }).join('') + 'Z').join('');
}
