// A small ranked chart for the side panel: every area of the level by its value, with 95% confidence
// limits where the indicator has them, the chosen area in red and the median of the areas dashed.

import { svg } from './dom.js';
import { formatValue } from './format.js';

const WIDTH = 300;
const HEIGHT = 170;
const PAD = { left: 40, right: 8, top: 10, bottom: 22 };

export function rankedChart(features, indicator, chosenCode) {
  const points = features
    .map(f => ({ code: String(f.properties.area_code), p: f.properties }))
    .map(({ code, p }) => ({
      code,
      value: p[indicator.field],
      lower: indicator.lower95 ? p[indicator.lower95] : undefined,
      upper: indicator.upper95 ? p[indicator.upper95] : undefined,
    }))
    .filter(point => Number.isFinite(point.value))
    .sort((a, b) => a.value - b.value);
  const chart = svg('svg', { class: 'chart', viewBox: `0 0 ${WIDTH} ${HEIGHT}`, role: 'img',
    'aria-label': `${indicator.label}: areas ranked` });
  if (points.length === 0) {
    chart.append(svg('text', { x: WIDTH / 2, y: HEIGHT / 2, 'text-anchor': 'middle' }, ['No values to chart']));
    return chart;
  }

  const highs = points.map(p => (Number.isFinite(p.upper) ? p.upper : p.value));
  const lows = points.map(p => (Number.isFinite(p.lower) ? p.lower : p.value));
  const top = niceCeiling(Math.max(...highs));
  const bottom = Math.min(0, Math.min(...lows));
  const x = i => PAD.left + ((i + 0.5) * (WIDTH - PAD.left - PAD.right)) / points.length;
  const y = v => PAD.top + ((top - v) * (HEIGHT - PAD.top - PAD.bottom)) / (top - bottom || 1);

  for (const tick of [bottom, (bottom + top) / 2, top]) {
    chart.append(svg('line', { class: 'axis', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(tick), y2: y(tick), 'stroke-opacity': 0.35 }));
    chart.append(svg('text', { x: PAD.left - 4, y: y(tick) + 3, 'text-anchor': 'end' }, [Number(tick.toPrecision(3)).toLocaleString('en-GB')]));
  }
  const median = points[Math.floor((points.length - 1) / 2)].value / 2 + points[Math.ceil((points.length - 1) / 2)].value / 2;
  chart.append(svg('line', { class: 'median', x1: PAD.left, x2: WIDTH - PAD.right, y1: y(median), y2: y(median) }));
  chart.append(svg('text', { x: PAD.left + 3, y: y(median) - 4 }, [`median ${formatValue(median, indicator.kind)}`]));

  const radius = Math.max(1.5, Math.min(3.5, 120 / points.length));
  points.forEach((point, i) => {
    const chosen = point.code === chosenCode;
    if (Number.isFinite(point.lower) && Number.isFinite(point.upper)) {
      chart.append(svg('line', { class: chosen ? 'chosen' : 'whisker', x1: x(i), x2: x(i), y1: y(point.lower), y2: y(point.upper) }));
    }
    chart.append(svg('circle', { class: chosen ? 'chosen' : 'dot', cx: x(i), cy: y(point.value), r: chosen ? radius + 1.5 : radius,
      'data-code': point.code }));
  });
  chart.append(svg('text', { x: (PAD.left + WIDTH - PAD.right) / 2, y: HEIGHT - 6, 'text-anchor': 'middle' },
    [`${points.length} areas, lowest to highest${indicator.lower95 ? ', with 95% limits' : ''}`]));
  return chart;
}

function niceCeiling(value) {
  if (!(value > 0)) {
    return 1;
  }
  const step = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map(m => m * step).find(v => v >= value);
}
