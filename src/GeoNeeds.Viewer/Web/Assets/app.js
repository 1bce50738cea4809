// The viewer page: reads /api/index, shows one level's areas coloured by one indicator, and keeps the
// legend, tooltip, side panel, search box and address (#level=...&indicator=...&area=...) in step.

import { html } from './dom.js';
import { MapView } from './map.js';
import { fillOf, keyOf, layerOf, rowOf } from './classes.js';
import { describe, perText } from './format.js';
import { renderLegend } from './legend.js';
import { renderPanel } from './panel.js';
import { attachSearch } from './search.js';
import { updateScaleBar } from './scalebar.js';

const LEVEL_LABELS = { lsoa: 'LSOA', msoa: 'MSOA', ward: 'Ward', lad: 'Authority' };
const $ = id => document.getElementById(id);
const NOTES = {
  rate: indicator => `Crude rate ${perText(indicator.per)} residents, with 95% confidence limits (exact Poisson below 10 events, Byar's approximation from 10).`,
  hotspot: () => "Clusters of high or low rates among neighbouring areas (local Moran's I, from the run's hot-spot table): HH areas are hot spots.",
  imd_decile: () => 'Index of Multiple Deprivation 2019: decile 1 is the most deprived 10% of areas in England.',
};

const state = { index: null, levels: [], level: null, indicator: null, features: [], classes: null, byCode: new Map(), selected: null };
const layers = new Map();
const classesByLevel = new Map();
const map = new MapView($('map'), { onHover: showTooltip, onLeave: hideTooltip, onSelect: code => selectArea(code, false) });

main().catch(error => setStatus(`The viewer could not load: ${error.message}`));

async function main() {
  const index = await getJson('/api/index');
  state.index = index;
  $('title').textContent = index.title;
  document.title = `${index.title} · GeoNeeds viewer`;
  $('attribution').textContent = index.attribution.join(' ');
  $('folder').textContent = index.folder;
  showProblems(index.problems);
  state.levels = index.levels
    .filter(level => !level.problem && level.indicators.length > 0)
    .map(level => {
      const label = LEVEL_LABELS[level.name] ?? level.name[0].toUpperCase() + level.name.slice(1);
      return { ...level, label, plural: label === 'LSOA' || label === 'MSOA' ? `${label}s` : `${label.toLowerCase()}s` };
    });
  if (state.levels.length === 0) {
    setStatus('This folder has no level with an indicator to map.');
    return;
  }

  $('levels').replaceChildren(...state.levels.map(level => {
    const button = html('button', { type: 'button', role: 'radio', 'data-level': level.name, title: `${level.areas} areas` }, [level.label]);
    button.addEventListener('click', () => showLevel(level.name));
    return button;
  }));
  $('indicator').addEventListener('change', event => showIndicator(event.target.value));
  $('outline').addEventListener('change', () => showOutline());
  $('zoom-in').addEventListener('click', () => map.zoomBy(1.5));
  $('zoom-out').addEventListener('click', () => map.zoomBy(1 / 1.5));
  $('zoom-reset').addEventListener('click', () => map.reset());
  $('map').addEventListener('viewchange', () => updateScaleBar($('scale'), map.scale()));
  window.addEventListener('resize', () => updateScaleBar($('scale'), map.scale()));
  attachSearch($('search'), $('search-results'), () => state.features.map(f => ({
    code: String(f.properties.area_code), name: String(f.properties.area_name ?? f.properties.area_code),
  })), code => selectArea(code, true));

  const wanted = new URLSearchParams(location.hash.slice(1));
  const fallback = state.levels.find(level => level.name === 'ward') ?? state.levels[0];
  await showLevel(wanted.get('level') ?? fallback.name, wanted.get('indicator'), wanted.get('area'));
}

async function showLevel(name, field = state.indicator?.field, area = null) {
  const level = state.levels.find(l => l.name === name) ?? state.levels[0];
  state.level = level;
  for (const button of $('levels').children) {
    button.setAttribute('aria-checked', String(button.dataset.level === level.name));
  }
  setStatus(`Loading ${level.geoJson}…`);
  [state.features, state.classes] = await Promise.all([loadLayer(level.geoJson), loadClasses(level.name)]);
  state.byCode = new Map(state.features.map(f => [String(f.properties.area_code), f]));
  state.selected = null;
  map.show(state.features);
  await showOutline();
  $('indicator').replaceChildren(...level.indicators.map(i => html('option', { value: i.field }, [i.label])));
  showIndicator(level.indicators.some(i => i.field === field) ? field : level.indicators[0].field);
  $('search').placeholder = `Find ${level.label === 'LSOA' ? 'an LSOA' : `a ${level.label.toLowerCase()}`} by name or code`;
  setStatus(`${state.features.length} ${level.plural}`);
  if (area && state.byCode.has(area)) {
    selectArea(area, true);
  }
}

function showIndicator(field) {
  const indicator = state.level.indicators.find(i => i.field === field);
  state.indicator = indicator;
  $('indicator').value = field;
  $('indicator').title = indicator.label;
  const layer = layerOf(state.classes, indicator.field);
  const rowOfFeature = f => rowOf(layer, String(f.properties.area_code));
  const suppressed = layer.legend.find(row => row.kind === 'suppressed');
  map.colour(f => fillOf(rowOfFeature(f)), f => keyOf(layer, rowOfFeature(f)), suppressed?.colour);
  renderLegend($('legend'), layer);
  $('indicator-note').textContent = NOTES[indicator.kind]?.(indicator) ?? NOTES.imd_decile();
  refreshPanel();
  writeAddress();
}

function selectArea(code, zoom) {
  state.selected = code;
  map.select(code);
  if (zoom) {
    map.zoomTo(code);
  }
  refreshPanel();
  writeAddress();
}

function refreshPanel() {
  renderPanel($('panel'), {
    feature: state.byCode.get(state.selected),
    features: state.features,
    level: state.level,
    indicator: state.indicator,
    classes: state.classes,
    suppressBelow: state.index.suppressBelow,
  });
}

/** The boundaries of the coarsest level (the authority, or wards when the run drew no authority) on top. */
async function showOutline() {
  const coarsest = state.levels[state.levels.length - 1];
  $('outline-label').textContent = coarsest.name === 'lad' ? 'Authority outline' : `${coarsest.label} outlines`;
  $('outline').closest('section').hidden = state.levels.length < 2;
  $('outline').disabled = coarsest === state.level;
  const wanted = $('outline').checked && coarsest !== state.level;
  map.showOutline(wanted ? await loadLayer(coarsest.geoJson) : []);
}

function showTooltip(code, event) {
  const feature = state.byCode.get(code);
  if (!feature) {
    return;
  }
  const p = feature.properties;
  const text = describe(p, state.indicator, state.index.suppressBelow, rowOf(layerOf(state.classes, state.indicator.field), code));
  const tooltip = $('tooltip');
  tooltip.replaceChildren(
    html('strong', {}, [p.area_name ?? code]),
    html('span', { class: 'code' }, [code]),
    html('div', { class: 'value' }, [text.value, text.unit ? html('span', { class: 'code' }, [` ${text.unit}`]) : null]),
    ...[text.limits, text.count, text.detail].filter(Boolean).map(line => html('div', {}, [line])),
  );
  tooltip.hidden = false;
  const pane = tooltip.parentElement.getBoundingClientRect();
  const left = event.clientX - pane.left + 16;
  const top = event.clientY - pane.top + 16;
  tooltip.style.left = `${Math.min(left, pane.width - tooltip.offsetWidth - 8)}px`;
  tooltip.style.top = `${Math.min(top, pane.height - tooltip.offsetHeight - 8)}px`;
}

function hideTooltip() {
  $('tooltip').hidden = true;
}

function writeAddress() {
  const address = new URLSearchParams({ level: state.level.name, indicator: state.indicator.field });
  if (state.selected) {
    address.set('area', state.selected);
  }
  history.replaceState(null, '', `#${address}`);
}

function showProblems(problems) {
  $('problems').hidden = problems.length === 0;
  $('problems').replaceChildren(html('h2', {}, ['Not shown']), ...problems.map(p => html('p', {}, [p])));
}

function setStatus(text) {
  $('status').textContent = text;
}

function loadLayer(file) {
  if (!layers.has(file)) {
    layers.set(file, getJson(`/data/${encodeURIComponent(file)}`).then(collection => collection.features ?? []));
  }
  return layers.get(file);
}

function loadClasses(level) {
  if (!classesByLevel.has(level)) {
    classesByLevel.set(level, getJson(`/api/classes/${encodeURIComponent(level)}`));
  }
  return classesByLevel.get(level);
}

async function getJson(url) {
  const response = await fetch(url);
  if (!response.ok) {
    throw new Error(`${url}: ${response.status} ${await response.text()}`);
  }
  return response.json();
}
