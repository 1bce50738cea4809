// A small ranked chart for the side panel: every area of the level by its value, with 95% confidence
// limits where the indicator has them, the chosen area in red and the median of the areas dashed.

import { svg } from './dom.js';
import { formatValue } from './format.js';

const WIDTH = 300;
const HEIGHT = 170;
const PAD = { left: 40, right: 8, top: 10, bottom: 22 };
const MAX_MARKERS = 400;

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

  (points.length > MAX_MARKERS ? drawProfile : drawMarkers)(chart, points, x, y, chosenCode);
  chart.append(svg('text', { x: (PAD.left + WIDTH - PAD.right) / 2, y: HEIGHT - 6, 'text-anchor': 'middle' },
    [`${points.length} areas, lowest to highest${indicator.lower95 ? ', with 95% limits' : ''}`]));
  return chart;
}

/** One dot per area with its 95% limits as a whisker; the chosen area larger and red. */
function drawMarkers(chart, points, x, y, chosenCode) {
  const radius = Math.max(1.5, Math.min(3.5, 120 / points.length));
  points.forEach((point, i) => {
    const chosen = point.code === chosenCode;
    if (Number.isFinite(point.lower) && Number.isFinite(point.upper)) {
      chart.append(svg('line', { class: chosen ? 'chosen' : 'whisker', x1: x(i), x2: x(i), y1: y(point.lower), y2: y(point.upper) }));
    }
    chart.append(svg('circle', { class: chosen ? 'chosen' : 'dot', cx: x(i), cy: y(point.value), r: chosen ? radius + 1.5 : radius,
      'data-code': point.code }));
  });
}

/** Too many areas for a dot each (national LSOAs): the ranked values as a line over a band of their limits. */
function drawProfile(chart, points, x, y, chosenCode) {
  const step = Math.ceil(points.length / 600);
  const sampled = points.map((point, i) => ({ ...point, i })).filter((_, k) => k % step === 0 || k === points.length - 1);
  const line = sampled.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)} ${y(p.value).toFixed(1)}`).join('');
  const limited = sampled.filter(p => Number.isFinite(p.lower) && Number.isFinite(p.upper));
  if (limited.length > 1) {
    const upper = limited.map((p, k) => `${k === 0 ? 'M' : 'L'}${x(p.i).toFixed(1)} ${y(p.upper).toFixed(1)}`).join('');
    const lower = [...limited].reverse().map(p => `L${x(p.i).toFixed(1)} ${y(p.lower).toFixed(1)}`).join('');
    chart.append(svg('path', { class: 'band', d: `${upper}${lower}Z` }));
  }
  chart.append(svg('path', { class: 'profile', d: line }));
  const chosen = points.findIndex(point => point.code === chosenCode);
  if (chosen >= 0) {
    chart.append(svg('circle', { class: 'chosen', cx: x(chosen), cy: y(points[chosen].value), r: 3.5, 'data-code': chosenCode }));
  }
}

function niceCeiling(value) {
  if (!(value > 0)) {
    return 1;
  }
  const step = 10 ** Math.floor(Math.log10(value));
  return [1, 2, 2.5, 5, 10].map(m => m * step).find(v => v >= value);
}
