// The legend: the rows the run computed for the layer, in the printed map's order (classes, then suppressed
// small counts, hatched, and missing values), each with the number of areas in it, and the method beneath.

import { svg, html } from './dom.js';

export function renderLegend(container, layer) {
  const rows = layer.legend.map((entry, i) => row(entry, entry.kind === 'class' ? `class-${i}` : entry.kind));
  container.replaceChildren(...rows, html('p', { class: 'legend-caption' }, [layer.method]));
}

function row(entry, key) {
  const hatched = entry.kind === 'suppressed';
  return html('div', { class: 'legend-row', 'data-legend': key, 'data-colour': entry.colour }, [
    svg('svg', { viewBox: '0 0 22 14', 'aria-hidden': 'true' }, [
      hatched ? svg('defs', {}, [hatch(entry.colour)]) : null,
      svg('rect', { x: 0.5, y: 0.5, width: 21, height: 13, fill: hatched ? 'url(#legend-hatch)' : entry.colour, stroke: '#9aa5b1' }),
    ]),
    html('span', { class: 'legend-label' }, [entry.label]),
    html('span', { class: 'legend-count' }, [entry.count.toLocaleString('en-GB')]),
  ]);
}

function hatch(colour) {
  return svg('pattern', { id: 'legend-hatch', patternUnits: 'userSpaceOnUse', width: 4, height: 4, patternTransform: 'rotate(45)' }, [
    svg('rect', { width: 4, height: 4, fill: '#ffffff' }),
    svg('line', { x1: 0, y1: 0, x2: 0, y2: 4, stroke: colour, 'stroke-width': 1.5 }),
  ]);
}
