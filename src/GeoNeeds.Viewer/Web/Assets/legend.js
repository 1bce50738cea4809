// The legend: one row per class with its range and the number of areas in it, then the areas without a
// value (suppressed small counts, hatched; missing values, grey). The counts add up to the areas drawn.

import { svg, html } from './dom.js';
import { NO_VALUE_COLOUR } from './classes.js';
import { suppressionText } from './format.js';

export function renderLegend(container, classification, { suppressed, missing, suppressBelow }) {
  const rows = classification.classes.map((c, i) => row(c.colour, c.label, c.count, `class-${i}`));
  if (suppressed > 0) {
    rows.push(row('url(#hatch)', `Suppressed (${suppressionText(suppressBelow).split(',')[0]})`, suppressed, 'suppressed'));
  }
  if (missing > 0) {
    rows.push(row(NO_VALUE_COLOUR, 'No value', missing, 'missing'));
  }
  container.replaceChildren(...rows, html('p', { class: 'legend-caption' }, [classification.caption]));
}

function row(fill, label, count, key) {
  return html('div', { class: 'legend-row', 'data-legend': key }, [
    svg('svg', { viewBox: '0 0 22 14', 'aria-hidden': 'true' }, [
      svg('rect', { x: 0.5, y: 0.5, width: 21, height: 13, fill, stroke: '#9aa5b1' }),
    ]),
    html('span', {}, [label]),
    html('span', { class: 'legend-count' }, [count]),
  ]);
}
