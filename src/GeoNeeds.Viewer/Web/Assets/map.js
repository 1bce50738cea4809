// The map: MapLibre GL JS drawing a level's vector tiles (/tiles/LEVEL/{z}/{x}/{y}.pbf, one layer "areas" whose
// features carry each map layer's legend row as class:FIELD), a dense level zoomed out from raster tiles of the
// same classes, a coarser level's boundaries as context, an optional online basemap, and the chosen and hovered
// areas, reported to the page, outlined on a canvas of its own: a change to the map itself redraws it all, which
// takes a national level some 45 ms in software, and on the map neighbours' borders would be drawn over the chosen
// area's. A dense level loads vector tiles only where a view holds a few dozen areas; above that the server finds the
// area under the pointer.

import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from './vendor/maplibre-gl/maplibre-gl.mjs';

const AREAS = 'areas';
const CONTEXT = 'context';
const HATCH = 'hatch';
const RASTER = 'raster';
const CLEAR = 'rgba(0, 0, 0, 0)';
// Above this many areas white borders would hide small urban areas when zoomed out.
const DENSE = 2000;
// To this zoom a dense level is drawn from the server's raster tiles (LevelTiles.RasterMaxZoom): a few images are
// drawn far quicker than thousands of polygons (in software WebGL a national frame takes about 45 ms rather than 105,
// a city's at zoom 10 about 45 rather than 180).
const RASTER_MAX_ZOOM = 12;
// MapLibre's tiles are 512 screen pixels wide, and so are the raster tiles (TileGeometry.TilePixels).
const TILE_PIXELS = 512;
// The padding round a level's bounds when the map frames it; the first view's picture (viewer.css, .map-picture) has the same.
const FIT_PADDING = 24;

export class MapView {
  constructor(container, { basemap, onHover, onLeave, onSelect, onIdle }) {
    this.handlers = { onHover, onLeave, onSelect };
    this.map = new MapLibreMap({
      container,
      style: baseStyle(basemap),
      attributionControl: false,
      dragRotate: false,
      pitchWithRotate: false,
      maxZoom: 18,
      // Keeps the last frame readable, for "export view as PNG".
      canvasContextAttributes: { preserveDrawingBuffer: true },
    });
    this.map.touchZoomRotate.disableRotation();
    this.map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    this.map.addControl(new ScaleControl({ unit: 'metric' }), 'bottom-left');
    if (basemap) {
      this.map.addControl(new AttributionControl({ compact: false }), 'bottom-right');
    }
    this.ready = new Promise(resolve => this.map.once('load', () => {
      this.map.addImage(HATCH, hatchImage('#969696'));
      resolve();
    }));
    this.hovered = null;
    this.selected = null;
    // The pointer's latest move over a rastered map, and whether the server is being asked what is under it.
    this.pointer = null;
    this.asking = false;
    this.outlines = new AreaOutlines(this.map);
    this.map.on('idle', () => onIdle?.());
    this.listen();
  }

  /** Draws a level's tiles in place of the last one and frames bounds [west, south, east, north]. */
  async show(level, areaCount, bounds) {
    await this.ready;
    this.hovered = this.selected = null;
    this.outlines.show(level, null);
    this.outlines.choose(null);
    for (const id of ['areas-outline', 'areas-hatch', 'areas-fill', 'areas-raster']) {
      if (this.map.getLayer(id)) {
        this.map.removeLayer(id);
      }
    }
    for (const id of [AREAS, RASTER]) {
      if (this.map.getSource(id)) {
        this.map.removeSource(id);
      }
    }
    this.map.addSource(AREAS, { type: 'vector', tiles: [tileUrl(level)], maxzoom: 14, bounds });
    const before = this.map.getLayer('context-line') ? 'context-line' : undefined;
    const dense = areaCount > DENSE;
    Object.assign(this, { level, dense, bounds });
    // A fill's antialiasing is a second pass over every edge; a dense level's edges are close together, so it is
    // drawn without (as its raster tiles and first picture are). Its layers start deeper than RASTER_MAX_ZOOM, so
    // MapLibre asks for no vector tiles above.
    const minzoom = dense ? RASTER_MAX_ZOOM + 1 : 0;
    const fill = { 'fill-antialias': !dense };
    this.map.addLayer({ id: 'areas-fill', type: 'fill', source: AREAS, 'source-layer': AREAS, minzoom, paint: { 'fill-color': CLEAR, ...fill } }, before);
    this.map.addLayer({
      id: 'areas-hatch', type: 'fill', source: AREAS, 'source-layer': AREAS, minzoom, filter: ['==', ['id'], -1], paint: { 'fill-pattern': HATCH, ...fill },
    }, before);
    this.map.addLayer({
      id: 'areas-outline', type: 'line', source: AREAS, 'source-layer': AREAS, minzoom, paint: { 'line-color': '#ffffff', 'line-width': 1 },
    }, before);
    this.map.fitBounds(bounds, { padding: FIT_PADDING, animate: false });
  }

  /** Resolves once the map has drawn everything it is loading. */
  drawn() {
    return new Promise(resolve => this.map.once('idle', resolve));
  }

  /** Colours the areas by their legend row in one map layer (its classes from /api/classes); a suppressed row is hatched. */
  colour(layer) {
    const key = ['get', `class:${layer.field}`];
    const colours = layer.legend.flatMap((row, i) => [i, row.kind === 'suppressed' ? '#ffffff' : row.colour]);
    this.map.setPaintProperty('areas-fill', 'fill-color', colours.length === 0 ? CLEAR : ['match', key, ...colours, CLEAR]);
    const suppressed = layer.legend.findIndex(row => row.kind === 'suppressed');
    this.map.setFilter('areas-hatch', ['==', key, suppressed]);
    if (suppressed >= 0) {
      const image = hatchImage(layer.legend[suppressed].colour);
      this.map.updateImage(HATCH, image);
    }
    if (this.dense) {
      this.showRaster(layer.field);
    }
  }

  /** Draws a dense level to RASTER_MAX_ZOOM from the server's raster tiles of map layer <field> (/raster/LEVEL/FIELD/Z/X/Y.png). */
  showRaster(field) {
    // A high-density screen gets tiles of twice the pixels, as sharp as the vector map would be.
    const scale = window.devicePixelRatio >= 1.5 ? '?scale=2' : '';
    const tiles = [`${location.origin}/raster/${encodeURIComponent(this.level)}/${encodeURIComponent(field)}/{z}/{x}/{y}.png${scale}`];
    const source = this.map.getSource(RASTER);
    if (source) {
      // Setting the same tiles again would load them all again.
      if (source.tiles[0] !== tiles[0]) {
        source.setTiles(tiles);
      }
      return;
    }
    this.map.addSource(RASTER, { type: 'raster', tiles, tileSize: TILE_PIXELS, maxzoom: RASTER_MAX_ZOOM, bounds: this.bounds });
    // Nearest-pixel resampling keeps each pixel one of the legend's colours, as the vector fills are.
    this.map.addLayer({
      id: 'areas-raster', type: 'raster', source: RASTER, maxzoom: RASTER_MAX_ZOOM + 1, paint: { 'raster-fade-duration': 0, 'raster-resampling': 'nearest' },
    }, 'areas-fill');
  }

  /** Draws the boundaries of a coarser level (the authority) over the areas, or removes them when level is null. */
  async showContext(level) {
    await this.ready;
    if (this.map.getLayer('context-line')) {
      this.map.removeLayer('context-line');
      this.map.removeSource(CONTEXT);
    }
    if (level) {
      this.map.addSource(CONTEXT, { type: 'vector', tiles: [tileUrl(level)], maxzoom: 14 });
      this.map.addLayer({ id: 'context-line', type: 'line', source: CONTEXT, 'source-layer': AREAS, paint: { 'line-color': '#14213d', 'line-width': 2.2 } });
    }
  }

  /** Marks the area with feature id <id> as chosen (null for none) and, when bounds are given, centres it with its neighbours around it. */
  select(id, bounds) {
    this.selected = id;
    this.outlines.choose(id);
    if (bounds) {
      const { clientWidth, clientHeight } = this.map.getContainer();
      this.map.fitBounds(bounds, { padding: Math.min(120, clientWidth / 5, clientHeight / 5), maxZoom: 15, animate: false });
    }
  }

  /** The areas drawn in the view now: feature id, properties and fill colour (#rrggbb) of each, once. */
  renderedAreas() {
    const seen = new Map();
    if (!this.map.getLayer('areas-fill')) {
      return [];
    }
    for (const feature of this.map.queryRenderedFeatures({ layers: ['areas-fill'] })) {
      if (!seen.has(feature.id)) {
        seen.set(feature.id, { id: feature.id, properties: feature.properties, fill: hex(feature.layer.paint['fill-color']) });
      }
    }
    return [...seen.values()];
  }

  /** The feature id of the area drawn on top at a point of the map's container, or null. */
  areaAt(x, y) {
    return this.map.queryRenderedFeatures([x, y], { layers: ['areas-fill'] })[0]?.id ?? null;
  }

  /** Whether the level's tiles are all drawn and the map is at rest. */
  settled() {
    return Boolean(this.map.getLayer('areas-fill')) && this.map.loaded() && this.map.areTilesLoaded() && !this.map.isMoving();
  }

  /** The feature id of the area whose hover outline is drawn now, or null. */
  outlined() {
    return this.outlines.drawn;
  }

  /** The view as a PNG data URL, with the outlines drawn over the map. */
  toPng() {
    const map = this.map.getCanvas();
    const view = Object.assign(document.createElement('canvas'), { width: map.width, height: map.height });
    const context = view.getContext('2d');
    context.drawImage(map, 0, 0);
    context.drawImage(this.outlines.canvas, 0, 0, map.width, map.height);
    return view.toDataURL('image/png');
  }

  listen() {
    this.map.on('mousemove', 'areas-fill', event => this.enter(event.features[0].id, event.originalEvent, event.features[0].geometry));
    this.map.on('mouseleave', 'areas-fill', () => this.leave());
    this.map.on('click', 'areas-fill', event => this.handlers.onSelect(event.features[0].id));
    this.map.on('mousemove', event => this.rastered() && this.askWhere(event));
    this.map.on('mouseout', () => this.rastered() && this.leave());
    this.map.on('click', event => this.rastered() && this.areaAtPlace(event.lngLat).then(id => id !== null && this.handlers.onSelect(id)));
  }

  /** Whether the level is drawn from raster tiles now, with no vector tiles to find areas in. */
  rastered() {
    return this.dense && this.map.getZoom() < RASTER_MAX_ZOOM + 1;
  }

  /** Hovers area <id> (<piece>, its polygons in the tile under the pointer, where known) as the pointer moves over it. */
  enter(id, pointer, piece = null) {
    if (id !== this.hovered) {
      this.hovered = id;
      this.outlines.show(this.outlines.level, id, piece);
    }
    this.map.getCanvas().style.cursor = 'pointer';
    this.handlers.onHover({ id }, pointer);
  }

  /** Hovers the area under a pointer on a rastered map: one question to the server at a time, then the pointer's latest place. */
  askWhere(event) {
    this.pointer = event;
    if (this.asking) {
      return;
    }
    this.asking = true;
    const level = this.level;
    this.areaAtPlace(event.lngLat).then(id => {
      this.asking = false;
      if (level !== this.level || !this.rastered() || this.pointer === null) {
        return;
      }
      if (id === null) {
        if (this.hovered !== null) {
          this.leave();
        }
      } else {
        this.enter(id, this.pointer.originalEvent);
      }
      if (this.pointer !== event) {
        this.askWhere(this.pointer);
      }
    });
  }

  /** The feature id of the level's area at a place (/api/area-at/LEVEL), or null. */
  areaAtPlace({ lng, lat }) {
    return fetch(`/api/area-at/${encodeURIComponent(this.level)}?lon=${lng.toFixed(6)}&lat=${lat.toFixed(6)}`)
      .then(response => (response.ok ? response.json() : { id: null }))
      .then(({ id }) => id, () => null);
  }

  /** Ends a hover: the outline, the cursor and the page's tooltip. */
  leave() {
    this.hovered = null;
    this.pointer = null;
    this.outlines.show(this.outlines.level, null);
    this.map.getCanvas().style.cursor = '';
    this.handlers.onLeave();
  }
}

/**
 * The chosen and hovered areas' outlines on a canvas over the map, drawn again as the map moves: the whole area from
 * /api/outline/LEVEL/ID, and for the hovered one until that arrives the piece of it the tile under the pointer holds
 * (all of a small area). `drawn` is the id of the area hovered and outlined now.
 */
class AreaOutlines {
  constructor(map) {
    this.map = map;
    this.canvas = document.createElement('canvas');
    this.canvas.className = 'hover-outline';
    this.canvas.setAttribute('aria-hidden', 'true');
    map.getCanvasContainer().after(this.canvas);
    this.level = null;
    this.id = null;
    this.chosen = null;
    this.drawn = null;
    this.piece = null;
    this.shapes = new Map();
    map.on('move', () => this.draw());
    map.on('resize', () => this.draw());
  }

  /** Outlines area <id> of <level> (null for none) as hovered: <piece>, its geometry in the tile under the pointer, until the whole has arrived. */
  show(level, id, piece = null) {
    if (level !== this.level) {
      this.shapes.clear();
      this.level = level;
    }
    this.id = id;
    this.piece = piece;
    this.fetch(id);
    this.draw();
  }

  /** Outlines area <id> of the level shown (null for none) as chosen. */
  choose(id) {
    this.chosen = id;
    this.fetch(id);
    this.draw();
  }

  fetch(id) {
    if (id === null || this.shapes.has(id)) {
      return;
    }
    const wanted = this.level;
    this.shapes.set(id, null);
    fetch(`/api/outline/${encodeURIComponent(wanted)}/${id}`)
      .then(response => (response.ok ? response.json() : null))
      .then(shape => {
        if (this.level === wanted) {
          this.shapes.set(id, shape);
          this.draw();
        }
      }, () => this.shapes.delete(id));
  }

  draw() {
    const { clientWidth: width, clientHeight: height } = this.map.getContainer();
    const ratio = window.devicePixelRatio || 1;
    if (this.canvas.width !== Math.round(width * ratio) || this.canvas.height !== Math.round(height * ratio)) {
      this.canvas.width = Math.round(width * ratio);
      this.canvas.height = Math.round(height * ratio);
    }
    const context = this.canvas.getContext('2d');
    context.setTransform(1, 0, 0, 1, 0, 0);
    context.clearRect(0, 0, this.canvas.width, this.canvas.height);
    context.setTransform(ratio, 0, 0, ratio, 0, 0);
    const chosen = this.chosen === null ? null : this.shapes.get(this.chosen);
    if (chosen) {
      this.stroke(context, chosen, 3);
    }
    const shape = this.id === null ? null : this.shapes.get(this.id) ?? this.piece;
    this.drawn = shape ? this.id : null;
    if (shape) {
      this.stroke(context, shape, 2);
    }
  }

  stroke(context, shape, width) {
    context.beginPath();
    const polygons = shape.type === 'MultiPolygon' ? shape.coordinates : [shape.coordinates];
    for (const ring of polygons.flat()) {
      ring.forEach((coordinate, i) => {
        const { x, y } = this.map.project(coordinate);
        if (i === 0) {
          context.moveTo(x, y);
        } else {
          context.lineTo(x, y);
        }
      });
      context.closePath();
    }
    context.lineWidth = width;
    context.lineJoin = 'round';
    context.strokeStyle = '#111111';
    context.stroke();
  }
}

function baseStyle(basemap) {
  const sources = basemap ? { basemap: { type: 'raster', tiles: [basemap.url], tileSize: 256, attribution: basemap.attribution } } : {};
  const layers = [{ id: 'background', type: 'background', paint: { 'background-color': '#eef2f6' } }];
  if (basemap) {
    layers.push({ id: 'basemap', type: 'raster', source: 'basemap', paint: { 'raster-opacity': 0.9 } });
  }
  return { version: 8, sources, layers };
}

function tileUrl(level) {
  return `${location.origin}/tiles/${encodeURIComponent(level)}/{z}/{x}/{y}.pbf`;
}

/** The hatching of suppressed areas as the printed maps draw it: diagonal lines of the row's colour on white. */
function hatchImage(colour) {
  const size = 8;
  const canvas = new OffscreenCanvas(size, size);
  const context = canvas.getContext('2d');
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, size, size);
  context.strokeStyle = colour;
  context.lineWidth = 1.5;
  context.beginPath();
  for (const offset of [-size, 0, size]) {
    context.moveTo(offset, size);
    context.lineTo(offset + size, 0);
  }
  context.stroke();
  return context.getImageData(0, 0, size, size);
}

function hex(colour) {
  if (typeof colour === 'string') {
    return colour;
  }
  if (!colour || colour.a === 0) {
    return 'none';
  }
  return `#${[colour.r, colour.g, colour.b].map(v => Math.round((v / colour.a) * 255).toString(16).padStart(2, '0')).join('')}`;
}
