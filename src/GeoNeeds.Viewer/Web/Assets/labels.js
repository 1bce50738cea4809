// Area names on the map when few enough areas are in view to read them: HTML labels at a point inside each
// area (the server's label point), redrawn whenever the map comes to rest.

import { Marker } from './vendor/maplibre-gl/maplibre-gl.mjs';
import { html } from './dom.js';

// More names than this would cover the map they describe.
const MOST = 60;

export class AreaLabels {
  constructor(map, features) {
    this.map = map;
    this.features = features;
    this.markers = [];
    this.shown = '';
  }

  update() {
    const view = this.map.getBounds();
    const inView = this.features().filter(f => f.place && f.place[4] >= view.getWest() && f.place[4] <= view.getEast()
      && f.place[5] >= view.getSouth() && f.place[5] <= view.getNorth());
    const wanted = inView.length <= MOST ? inView : [];
    const key = wanted.map(f => f.properties.area_code).join('|');
    if (key === this.shown) {
      return;
    }
    this.shown = key;
    this.markers.forEach(marker => marker.remove());
    this.markers = wanted.map(f => new Marker({ element: html('div', { class: 'area-label' }, [String(f.properties.area_name ?? f.properties.area_code)]) })
      .setLngLat([f.place[4], f.place[5]])
      .addTo(this.map));
  }
}
