// The SVG map: one path per area (id area-CODE, data-code), an optional authority outline on top, pan by
// dragging, zoom with the wheel or the buttons, and hover / click reported to the page.

import { svg } from './dom.js';
import { bounds, latitudeOf, pathData } from './projection.js';

const MARGIN = 0.04;
// Above this many areas the white borders would hide small urban areas at full extent.
const DENSE = 2000;

export class MapView {
  constructor(element, { onHover, onLeave, onSelect }) {
    this.element = element;
    this.handlers = { onHover, onLeave, onSelect };
    this.origin = null;
    this.home = null;
    this.view = null;
    this.paths = new Map();
    this.hatch = svg('pattern', { id: 'hatch', patternUnits: 'userSpaceOnUse', width: 1, height: 1, patternTransform: 'rotate(45)' }, [
      svg('rect', { width: 1, height: 1, fill: '#ffffff' }),
      svg('line', { x1: 0, y1: 0, x2: 0, y2: 1, stroke: '#969696', 'stroke-width': 0.35 }),
    ]);
    this.areas = svg('g', { id: 'areas', 'fill-rule': 'evenodd' });
    this.outline = svg('g', { id: 'outline' });
    element.append(svg('defs', {}, [this.hatch]), this.areas, this.outline);
    this.listen();
  }

  /** Draws a level's areas (features with area_code) and frames them. */
  show(features) {
    const box = bounds(features);
    this.origin ??= [box[0], box[1]];
    this.paths.clear();
    this.areas.replaceChildren(...features.map(feature => {
      const code = String(feature.properties.area_code);
      const path = svg('path', { class: 'area', id: `area-${code}`, 'data-code': code, d: pathData(feature.geometry, this.origin) });
      this.paths.set(code, { path, feature, box: bounds([feature]) });
      return path;
    }));
    this.areas.classList.toggle('dense', features.length > DENSE);
    const hatchSize = Math.max(box[2] - box[0], box[3] - box[1]) / 160;
    this.hatch.setAttribute('width', hatchSize);
    this.hatch.setAttribute('height', hatchSize);
    this.hatch.querySelector('rect').setAttribute('width', hatchSize);
    this.hatch.querySelector('rect').setAttribute('height', hatchSize);
    this.hatch.querySelector('line').setAttribute('y2', hatchSize);
    this.hatch.querySelector('line').setAttribute('stroke-width', hatchSize * 0.35);
    this.home = this.framed(box);
    this.setView(this.home);
  }

  /** Draws the boundary of the given features (an authority) over the areas; none when empty. */
  showOutline(features) {
    this.outline.replaceChildren(...(features ?? []).map(f => svg('path', { class: 'outline', d: pathData(f.geometry, this.origin) })));
  }

  /** Fills every area with fillOf(feature), hatching in hatchColour, and records its class as data-class for tests and styling. */
  colour(fillOf, classOf, hatchColour) {
    if (hatchColour) {
      this.hatch.querySelector('line').setAttribute('stroke', hatchColour);
    }
    for (const { path, feature } of this.paths.values()) {
      path.setAttribute('fill', fillOf(feature));
      path.dataset.class = classOf(feature);
    }
  }

  select(code) {
    for (const { path } of this.paths.values()) {
      path.classList.remove('selected');
    }
    const entry = this.paths.get(code);
    if (entry) {
      entry.path.classList.add('selected');
      this.areas.append(entry.path);
    }
  }

  /** Centres the area with its neighbours around it: three times its size, never past the whole map. */
  zoomTo(code) {
    const entry = this.paths.get(code);
    if (entry) {
      const [x, y, w, h] = this.framed(entry.box);
      const factor = Math.min(3, this.home[2] / w, this.home[3] / h);
      this.setView(centred([x, y, w, h], w * factor, h * factor));
    }
  }

  reset() {
    this.setView(this.home);
  }

  zoomBy(factor, [cx, cy] = [this.view[0] + this.view[2] / 2, this.view[1] + this.view[3] / 2]) {
    const [x, y, w, h] = this.view;
    this.setView([cx - (cx - x) / factor, cy - (cy - y) / factor, w / factor, h / factor]);
  }

  framed(box) {
    const w = box[2] - box[0];
    const h = box[3] - box[1];
    const pad = Math.max(w, h) * MARGIN;
    return [box[0] - this.origin[0] - pad, box[1] - this.origin[1] - pad, w + 2 * pad, h + 2 * pad];
  }

  setView(view) {
    this.view = view;
    this.element.setAttribute('viewBox', view.map(v => v.toFixed(1)).join(' '));
    this.element.dispatchEvent(new CustomEvent('viewchange'));
  }

  /** Screen pixels per map metre, and the latitude at the centre of the view (for the scale bar). */
  scale() {
    const matrix = this.element.getScreenCTM();
    const centreY = this.view[1] + this.view[3] / 2 + this.origin[1];
    return { pixelsPerUnit: matrix ? matrix.a : 0, latitude: latitudeOf(centreY) };
  }

  toMap(event) {
    const point = new DOMPoint(event.clientX, event.clientY).matrixTransform(this.element.getScreenCTM().inverse());
    return [point.x, point.y];
  }

  listen() {
    const element = this.element;
    let drag = null;
    element.addEventListener('wheel', event => {
      event.preventDefault();
      this.zoomBy(event.deltaY < 0 ? 1.25 : 0.8, this.toMap(event));
    }, { passive: false });
    element.addEventListener('pointerdown', event => {
      drag = { x: event.clientX, y: event.clientY, view: this.view, moved: false, ratio: this.scale().pixelsPerUnit };
    });
    element.addEventListener('pointermove', event => {
      if (drag && (drag.moved || Math.hypot(event.clientX - drag.x, event.clientY - drag.y) > 4)) {
        if (!drag.moved) {
          element.setPointerCapture(event.pointerId);
          element.classList.add('dragging');
        }
        drag.moved = true;
        const [x, y, w, h] = drag.view;
        this.setView([x - (event.clientX - drag.x) / drag.ratio, y - (event.clientY - drag.y) / drag.ratio, w, h]);
        return;
      }
      const code = event.target.dataset?.code;
      code ? this.handlers.onHover(code, event) : this.handlers.onLeave();
    });
    element.addEventListener('pointerleave', () => this.handlers.onLeave());
    element.addEventListener('pointerup', event => {
      const wasDrag = drag?.moved;
      drag = null;
      element.classList.remove('dragging');
      const code = event.target.dataset?.code;
      if (!wasDrag && code) {
        this.handlers.onSelect(code);
      }
    });
  }
}

function centred(view, w, h) {
  return [view[0] + view[2] / 2 - w / 2, view[1] + view[3] / 2 - h / 2, w, h];
}
