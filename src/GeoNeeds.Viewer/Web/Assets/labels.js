// Area names on the map when few enough areas are in view to read them: HTML labels at a point inside each
// area (the server's label point), redrawn whenever the map comes to rest. When the shown level has too many in
// view (LSOAs of a region), the context level's names (its authorities) label the map instead.

import { Marker } from './vendor/maplibre-gl/maplibre-gl.mjs';
import { html } from './dom.js';

// More names than this would cover the map they describe.
const MOST = 60;

export class AreaLabels {
  /** `features()` gives the shown level's areas, `context()` those of the outlined context level (or none). */
  constructor(map, features, context) {
    this.map = map;
    this.features = features;
    this.context = context;
    this.markers = [];
    this.shown = '';
  }

  update() {
    const view = this.map.getBounds();
    const inView = features => features.filter(f => f.place && f.place[4] >= view.getWest() && f.place[4] <= view.getEast()
      && f.place[5] >= view.getSouth() && f.place[5] <= view.getNorth());
    const shown = inView(this.features());
    const context = shown.length <= MOST ? [] : inView(this.context());
    const wanted = shown.length <= MOST ? shown : context.length <= MOST ? context : [];
    const kind = wanted === context ? 'area-label context-label' : 'area-label';
    const key = `${kind}:${wanted.map(f => f.properties.area_code).join('|')}`;
    if (key === this.shown) {
      return;
    }
    this.shown = key;
    this.markers.forEach(marker => marker.remove());
    this.markers = wanted.map(f => new Marker({ element: html('div', { class: kind }, [String(f.properties.area_name ?? f.properties.area_code)]) })
      .setLngLat([f.place[4], f.place[5]])
      .addTo(this.map));
  }
}
