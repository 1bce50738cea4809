// Class breaks and colours. Rates: quintiles of the areas with a value (fewer classes when values tie).
// IMD deciles: ten fixed classes, 1 = most deprived. Mean deciles: fixed unit bands 1–2 ... 9–10.
// Colours are ColorBrewer schemes (Cynthia Brewer, colorbrewer2.org), both marked colour-blind safe:
// YlOrRd (5 classes, sequential) for rates and RdYlBu (10 classes, diverging) for deprivation.

import { formatValue } from './format.js';
import { CLUSTERS, clusterIndex } from './clusters.js';

export const RATE_COLOURS = ['#ffffb2', '#fecc5c', '#fd8d3c', '#f03b20', '#bd0026'];
export const DECILE_COLOURS = ['#a50026', '#d73027', '#f46d43', '#fdae61', '#fee090',
  '#e0f3f8', '#abd9e9', '#74add1', '#4575b4', '#313695'];
export const NO_VALUE_COLOUR = '#d9dde3';

/**
 * Classes for the values of one indicator. Returns { classes: [{ colour, label, count }], classOf(value) },
 * where classOf gives a class index or -1 for a value that is missing.
 */
export function classify(values, kind) {
  if (kind === 'hotspot') {
    return clusters(values);
  }
  const present = values.filter(Number.isFinite);
  const scheme = kind === 'imd_decile' ? deciles() : kind === 'imd_mean' ? meanBands() : quantiles(present, RATE_COLOURS.length);
  const counts = scheme.classes.map(() => 0);
  present.forEach(v => counts[scheme.classOf(v)]++);
  const classes = scheme.classes.map((c, i) => ({ ...c, count: counts[i] }));
  return { classes, classOf: v => (Number.isFinite(v) ? scheme.classOf(v) : -1), caption: scheme.caption };
}

function quantiles(values, k) {
  const sorted = [...values].sort((a, b) => a - b);
  const thresholds = [];
  for (let i = 1; i < k; i++) {
    const t = sorted[Math.floor((i * sorted.length) / k)];
    if (t > sorted[0] && (thresholds.length === 0 || t > thresholds[thresholds.length - 1])) {
      thresholds.push(t);
    }
  }
  const classOf = v => thresholds.filter(t => t <= v).length;
  const members = thresholds.map(() => []).concat([[]]);
  sorted.forEach(v => members[classOf(v)].push(v));
  const m = members.length;
  const classes = sorted.length === 0 ? [] : members.map((values, i) => ({
    colour: RATE_COLOURS[m === 1 ? RATE_COLOURS.length - 1 : Math.round((i * (k - 1)) / (m - 1))],
    label: `${formatValue(values[0], 'rate')} – ${formatValue(values[values.length - 1], 'rate')}`,
  }));
  return { classes, classOf, caption: `Quintiles of the ${sorted.length} areas with a value; ranges are the lowest and highest area in each class.` };
}

function clusters(values) {
  const indices = values.map(clusterIndex);
  const classes = CLUSTERS.map((c, i) => ({ colour: c.colour, label: c.label, count: indices.filter(k => k === i).length }));
  return { classes, classOf: clusterIndex, caption: "Local Moran's I clusters of the rate (p < 0.05, permutation test)." };
}

function deciles() {
  const classes = DECILE_COLOURS.map((colour, i) => ({
    colour,
    label: i === 0 ? '1 most deprived' : i === 9 ? '10 least deprived' : String(i + 1),
  }));
  return { classes, classOf: v => Math.min(Math.max(Math.round(v), 1), 10) - 1, caption: 'IMD 2019 deciles of England (fixed classes).' };
}

function meanBands() {
  const classes = DECILE_COLOURS.slice(0, 9).map((colour, i) => ({
    colour,
    label: `${i + 1} – ${i + 2}${i === 0 ? ' most deprived' : i === 8 ? ' least deprived' : ''}`,
  }));
  return { classes, classOf: v => Math.min(Math.max(Math.floor(v), 1), 9) - 1, caption: 'Mean of LSOA deciles in unit bands (fixed classes).' };
}
