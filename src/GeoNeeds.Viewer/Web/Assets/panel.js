// The side panel for the chosen area: its figures for every indicator of the level (the current one
// highlighted), a ranked chart of the current indicator with the area marked, a place for its rows of the needs
// tables (needs.js fills it), and its full table row.

import { html } from './dom.js';
import { rankedChart } from './chart.js';
import { describe, formatCount, formatValue, limitsRange, perText } from './format.js';
import { layerOf, rowOf } from './classes.js';

export function renderPanel(container, { feature, features, level, indicator, classes, suppressBelow }) {
  if (!feature) {
    renderOverview(container, features, level, indicator, layerOf(classes, indicator.field));
    return;
  }
  const p = feature.properties;
  const population = Number.isFinite(p.population) ? `population ${formatCount(p.population)}` : 'population not known';
  container.replaceChildren(
    html('h3', { class: 'panel-title', id: 'panel-title' }, [p.area_name ?? p.area_code]),
    html('p', { class: 'panel-sub' }, [`${p.area_code} · ${level.label} · ${population}`]),
    html('h2', {}, ['Figures']),
    figures(p, level.indicators.filter(i => !i.of).map(i => i.field === indicator.of ? indicator : i), indicator, classes, suppressBelow),
    html('h2', {}, [indicator.label]),
    indicator.kind === 'hotspot' ? clusterCounts(layerOf(classes, indicator.field)) : rankedChart(features, indicator, String(p.area_code)),
    html('div', { id: 'area-tables', class: 'area-tables' }),
    tableRow(p, level.table),
  );
}

/** A hot-spot layer's areas by cluster, from its legend rows, in place of a ranked chart. */
function clusterCounts(layer) {
  const rows = layer.legend.map(row => [row.label, formatCount(row.count)]);
  return html('table', { class: 'figures overview' }, [html('tbody', {}, rows.map(([name, text]) => html('tr', {}, [html('td', {}, [name]), html('td', {}, [text])])))]);
}

/** Before an area is chosen: the level's spread of the indicator, lowest, median and highest. */
function renderOverview(container, features, level, indicator, layer) {
  if (indicator.kind === 'hotspot') {
    container.replaceChildren(
      html('h3', { class: 'panel-title', id: 'panel-title' }, [`All ${features.length} ${level.plural}`]),
      html('p', { class: 'panel-sub' }, ['Click an area, or find one by name, to see its figures.']),
      html('h2', {}, [indicator.label]),
      clusterCounts(layer),
    );
    return;
  }
  const ranked = features.filter(f => Number.isFinite(f.properties[indicator.field]))
    .sort((a, b) => a.properties[indicator.field] - b.properties[indicator.field]);
  const named = f => `${formatValue(f.properties[indicator.field], indicator.kind)} ${f.properties.area_name ?? f.properties.area_code}`;
  const spread = ranked.length === 0 ? [] : [
    ['Lowest', named(ranked[0])],
    ['Highest', named(ranked[ranked.length - 1])],
    ['Areas with a value', `${ranked.length} of ${features.length}`],
  ];
  container.replaceChildren(
    html('h3', { class: 'panel-title', id: 'panel-title' }, [`All ${features.length} ${level.plural}`]),
    html('p', { class: 'panel-sub' }, ['Click an area, or find one by name, to see its figures.']),
    html('h2', {}, [indicator.label]),
    rankedChart(features, indicator, null),
    html('table', { class: 'figures overview' }, [html('tbody', {}, spread.map(([name, text]) => html('tr', {}, [html('td', {}, [name]), html('td', {}, [text])])))]),
  );
}

function figures(p, indicators, current, classes, suppressBelow) {
  const code = String(p.area_code);
  const rates = indicators.filter(i => i.kind === 'rate');
  const others = indicators.filter(i => i.kind !== 'rate');
  const rows = rates.map(i => {
    const text = describe(p, i, suppressBelow, rowOf(layerOf(classes, i.field), code));
    return html('tr', { class: i.field === current.field ? 'current' : null }, [
      html('td', {}, [shortName(i)]),
      html('td', {}, [i.count && Number.isFinite(p[i.count]) ? formatCount(p[i.count]) : text.status === 'suppressed' ? '*' : '–']),
      html('td', {}, [text.value]),
      html('td', { class: 'ci' }, [limitsRange(p, i, i.lower95, i.upper95) || '–']),
    ]);
  });
  rows.push(...others.map(i => html('tr', { class: i.field === current.field ? 'current' : null }, [
    html('td', {}, [i.label.split(' (')[0]]),
    html('td', { colspan: 3 }, [i.kind === 'hotspot' ? describe(p, i, suppressBelow, rowOf(layerOf(classes, i.field), code)).value : formatValue(p[i.field], i.kind)]),
  ])));
  const header = rates.length === 0 ? [] : [
    html('thead', {}, [html('tr', {}, [html('th', {}, ['Indicator']), html('th', {}, ['Count']), html('th', {}, ['Rate']), html('th', {}, ['95% CI'])])]),
  ];
  return html('table', { class: 'figures' }, [...header, html('tbody', {}, rows)]);
}

function shortName(indicator) {
  const name = indicator.label.replace(/ per [\d,]+.*$/, '');
  return html('span', { title: indicator.label }, [`${name} `, html('span', { class: 'ci' }, [perText(indicator.per)])]);
}

function tableRow(p, table) {
  // The period figures the page wrote into the area (FIELD@PERIOD) come from the trend table, not this row.
  const cells = Object.entries(p).filter(([name]) => !name.includes('@')).map(([name, value]) => html('tr', {}, [html('td', {}, [name]), html('td', {}, [value ?? ''])]));
  return html('details', {}, [
    html('summary', {}, [`Full table row${table ? ` (${table})` : ''}`]),
    html('table', { class: 'raw' }, [html('tbody', {}, cells)]),
  ]);
}
