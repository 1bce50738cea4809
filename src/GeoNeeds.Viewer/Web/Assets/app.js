// The viewer page: reads /api/index, shows one level's areas coloured by one indicator, and keeps the
// legend, tooltip, side panel, search box and address (#level=...&indicator=...&area=...) in step.

import { html } from './dom.js';
import { MapView } from './map.js';
import { layerOf, rowOf } from './classes.js';
import { describe, perText } from './format.js';
import { AreaLabels } from './labels.js';
import { renderLegend } from './legend.js';
import { renderAreaTables } from './needs.js';
import { renderPanel } from './panel.js';
import { attachSearch } from './search.js';

const LEVEL_LABELS = { lsoa: 'LSOA', msoa: 'MSOA', ward: 'Ward', lad: 'Authority' };
const $ = id => document.getElementById(id);
/** A level of more areas than this reads its area table after its map is drawn (and is first shown as a picture, picture.js). */
const LARGE = 5000;
const NOTES = {
  rate: indicator => `Crude rate ${perText(indicator.per)} residents, with 95% confidence limits (exact Poisson below 10 events, Byar's approximation from 10).`,
  hotspot: () => "Clusters of high or low rates among neighbouring areas (local Moran's I, from the run's hot-spot table): HH areas are hot spots.",
  imd_decile: () => 'Index of Multiple Deprivation 2019: decile 1 is the most deprived 10% of areas in England.',
};

const state = { index: null, levels: [], level: null, indicator: null, period: '', features: [], context: [], classes: null, byCode: new Map(), selected: null };
const areasByLevel = new Map();
const classesByLevel = new Map();
const periodsByLevel = new Map();
const tablesByArea = new Map();
let map;
let labels;

main().catch(error => setStatus(`The viewer could not load: ${error.message}`));

async function main() {
  const wanted = new URLSearchParams(location.hash.slice(1));
  const [index, first] = await Promise.all([getJson('/api/index'), viewOf(wanted.get('level'), wanted.get('indicator'), wanted.get('period')).catch(() => null)]);
  state.index = index;
  $('title').textContent = index.title;
  document.title = `${index.title} · GeoNeeds viewer`;
  $('attribution').textContent = index.attribution.join(' ');
  $('folder').textContent = index.folder;
  showProblems(index.problems);
  const named = index.levels.map(level => {
    const label = LEVEL_LABELS[level.name] ?? level.name[0].toUpperCase() + level.name.slice(1);
    return { ...level, label, plural: label === 'LSOA' || label === 'MSOA' ? `${label}s` : `${label.toLowerCase()}s` };
  });
  state.levels = named.filter(level => !level.problem && level.indicators.length > 0);
  $('levels').replaceChildren(...named.map(level => {
    const shown = state.levels.includes(level);
    const button = html('button', {
      type: 'button', role: 'radio', 'data-level': level.name, disabled: !shown,
      title: shown ? `${level.areas} areas` : level.problem ?? 'no indicator to map',
    }, [level.label]);
    button.addEventListener('click', byUser(() => showLevel(level.name)));
    return button;
  }));
  if (state.levels.length === 0) {
    setStatus('This folder has no level with boundaries and an indicator to map.');
    return;
  }

  map = new MapView($('map'), {
    basemap: index.basemap,
    onHover: showTooltip,
    onLeave: hideTooltip,
    onSelect: byUser(id => selectArea(state.features[id - 1]?.properties.area_code, false)),
    onIdle: () => labels.update(),
  });
  labels = new AreaLabels(map.map, () => state.features, () => state.context);
  window.geoneedsMap = map;  // for the browser tests and the console
  map.map.on('movestart', event => event.originalEvent && dropPicture());
  $('indicator').addEventListener('change', byUser(event => showIndicator(event.target.value)));
  $('period').addEventListener('change', byUser(event => showPeriod(event.target.value)));
  $('outline').addEventListener('change', byUser(() => showOutline()));
  $('export-png').addEventListener('click', exportPng);
  attachSearch($('search'), $('search-results'), searchableAreas, byUser((level, code) => showLevel(level, shownField(), code)), postcodeResults);
  if (!index.postcodesOff) {
    $('search').placeholder = 'Find an area or a postcode';
  } else {
    $('search').title = `Postcodes are not searched: ${index.postcodesOff}`;
  }

  state.period = first.period;
  await showLevel(first.level, first.field, wanted.get('area'));
}

async function showLevel(name, field = shownField(), area = null) {
  const level = state.levels.find(l => l.name === name) ?? state.levels[0];
  hideTooltip();
  state.level = level;
  for (const button of $('levels').children) {
    button.setAttribute('aria-checked', String(button.dataset.level === level.name));
  }
  setStatus(`Loading ${level.plural}…`);
  // The map starts on the small files; a town's area table (search, panel, labels) follows while the tiles load. A
  // national level's (megabytes of JSON) waits until the map is drawn: read meanwhile, it would hold the thread the
  // map needs to draw its tiles.
  const areas = level.areas > LARGE ? null : loadAreas(level.name);
  state.features = [];
  state.byCode = new Map();
  state.selected = null;
  const [bounds, classes, view] = await Promise.all([
    getJson(`/api/bounds/${encodeURIComponent(level.name)}`), loadClasses(level.name), viewOf(level.name, field, state.period),
  ]);
  if (!bounds) {
    setStatus(`${level.label}: its layer has no boundaries to draw.`);
    return;
  }
  state.classes = classes;
  await map.show(level.name, level.areas, bounds);
  map.drawn().then(dropPicture);
  const wantedField = view.field;
  map.colour(layerOf(classes, mapped(level, wantedField).field));
  await showOutline();
  state.features = await (areas ?? map.drawn().then(() => loadAreas(level.name)));
  state.byCode = new Map(state.features.map(f => [String(f.properties.area_code), f]));
  if (level.indicators.some(i => i.of)) {
    await loadPeriods(level.name);
  }
  $('indicator').replaceChildren(...level.indicators.filter(i => !i.of).map(i => html('option', { value: i.field }, [i.label])));
  showIndicator(wantedField);
  setStatus(`${state.features.length} ${level.plural}`);
  if (area && state.byCode.has(area)) {
    selectArea(area, true);
  }
}

/** The view an address asks for, by the server's one rule (/api/first-view): its level, indicator and period where given. */
function viewOf(level, indicator, period) {
  const query = new URLSearchParams(Object.entries({ level, indicator, period }).filter(([, value]) => value));
  return getJson(`/api/first-view?${query}`);
}

/** A change the user asks for: the first view's picture (picture.js), if still shown, would no longer be the map. */
function byUser(change) {
  return (...args) => {
    dropPicture();
    return change(...args);
  };
}

/** Removes the first view's picture, once the map has drawn its tiles or the user has changed the view. */
function dropPicture() {
  document.querySelector('.map-picture')?.remove();
}

/** The whole study's field of the indicator shown (of its period layer, when a period is chosen). */
function shownField() {
  return state.indicator?.of ?? state.indicator?.field;
}

/** The layer drawn for an indicator: its chosen period's layer when it has one, else the whole study's. */
function mapped(level, field) {
  return level.indicators.find(i => i.of === field && i.period === state.period) ?? level.indicators.find(i => i.field === field);
}

/** Shows an indicator (the whole study's field) in the chosen period, offering the periods it has. */
function showIndicator(field) {
  const indicator = mapped(state.level, field);
  state.indicator = indicator;
  hideTooltip();
  $('indicator').value = field;
  $('indicator').title = indicator.label;
  const periods = state.level.indicators.filter(i => i.of === field);
  $('period-section').hidden = periods.length === 0;
  $('period').replaceChildren(
    html('option', { value: '' }, ['Whole study']),
    ...periods.map(i => html('option', { value: i.period }, [i.period === 'baseline' ? 'Baseline' : i.period])));
  $('period').value = indicator.period ?? '';
  $('period-note').textContent = indicator.period ? firstSentence(state.index.trendMethod) : 'All months of the study; choose a period to map its rates.';
  const layer = layerOf(state.classes, indicator.field);
  map.colour(layer);
  renderLegend($('legend'), layer);
  $('indicator-note').textContent = NOTES[indicator.kind]?.(indicator) ?? NOTES.imd_decile();
  refreshPanel();
  writeAddress();
}

function showPeriod(period) {
  state.period = period;
  showIndicator(shownField());
}

function firstSentence(text) {
  return text ? text.split(/(?<=\.)\s(?=[A-Z])/)[0] : '';
}

function selectArea(code, zoom) {
  const feature = state.byCode.get(code);
  state.selected = feature ? code : null;
  map.select(feature?.id ?? null, zoom && feature?.place ? feature.place.slice(0, 4) : null);
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
  showAreaTables();
}

/** The chosen area's rows of the needs tables, into the panel that asked for them unless another area was chosen meanwhile. */
async function showAreaTables() {
  const container = $('area-tables');
  if (!container) {
    return;
  }
  const key = `${encodeURIComponent(state.level.name)}/${encodeURIComponent(state.selected)}`;
  if (!tablesByArea.has(key)) {
    tablesByArea.set(key, getJson(`/api/area/${key}`));
  }
  const answer = await tablesByArea.get(key);
  if (container.isConnected) {
    renderAreaTables(container, answer, { indicatorLabels: state.index.indicatorLabels, suppressBelow: state.index.suppressBelow });
  }
}

/** The boundaries of the coarsest level (the authority, or wards when the run drew no authority) on top, and its names for the labels. */
async function showOutline() {
  const coarsest = state.levels[state.levels.length - 1];
  $('outline-label').textContent = coarsest.name === 'lad' ? 'Authority outline' : `${coarsest.label} outlines`;
  $('outline').closest('section').hidden = state.levels.length < 2;
  $('outline').disabled = coarsest === state.level;
  const wanted = $('outline').checked && coarsest !== state.level;
  await map.showContext(wanted ? coarsest.name : null);
  state.context = wanted ? await loadAreas(coarsest.name) : [];
  labels.update();
}

/** The hovered area's figures, from its row of the area table (zoomed-out tiles carry no values), once that has arrived. */
function showTooltip(feature, event) {
  const p = state.features[feature.id - 1]?.properties;
  if (!p) {
    return;
  }
  const code = String(p.area_code);
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
  tooltip.style.left = `${Math.max(4, Math.min(left, pane.width - tooltip.offsetWidth - 8))}px`;
  tooltip.style.top = `${Math.max(4, Math.min(top, pane.height - tooltip.offsetHeight - 8))}px`;
}

function hideTooltip() {
  $('tooltip').hidden = true;
}

function exportPng() {
  const link = html('a', { href: map.toPng(), download: `${state.level.name}-${state.indicator.field}.png` });
  link.click();
}

function writeAddress() {
  const address = new URLSearchParams({ level: state.level.name, indicator: shownField() });
  if (state.indicator.period) {
    address.set('period', state.indicator.period);
  }
  if (state.selected) {
    address.set('area', state.selected);
  }
  history.replaceState(null, '', `#${address}`);
}

/** Every level's areas for the search box, the shown level's first, loaded on first use. */
async function searchableAreas() {
  const order = [state.level, ...state.levels.filter(level => level !== state.level)];
  const levels = await Promise.all(order.map(async level => ({ level, features: await loadAreas(level.name) })));
  return levels.flatMap(({ level, features }) => features.map(f => ({
    level: level.name, levelLabel: level.label,
    code: String(f.properties.area_code), name: String(f.properties.area_name ?? f.properties.area_code),
  })));
}

/**
 * A whole postcode as search results: the area of the shown level it falls in (else of the finest level that has
 * one), or a note of why there is none (not in the study's lookup, no postcode search).
 */
async function postcodeResults(text) {
  const response = await fetch(`/api/postcode/${encodeURIComponent(text)}`);
  if (!response.ok) {
    return [{ note: true, name: text.toUpperCase(), detail: await response.text(), level: '', code: '' }];
  }
  const { postcode, areas } = await response.json();
  const area = areas.find(a => a.level === state.level.name) ?? areas.find(a => state.levels.some(l => l.name === a.level));
  if (!area) {
    return [{ note: true, name: postcode, detail: 'not in any area shown', level: '', code: '' }];
  }
  const level = state.levels.find(l => l.name === area.level);
  return [{ level: area.level, levelLabel: level.label, code: area.code, name: postcode, detail: `postcode in ${area.name ?? area.code} (${level.label})` }];
}

function showProblems(problems) {
  $('problems').hidden = problems.length === 0;
  $('problems').replaceChildren(html('h2', {}, ['Not shown']), ...problems.map(p => html('p', {}, [p])));
}

function setStatus(text) {
  $('status').textContent = text;
}

/** A level's areas (/api/areas/LEVEL): { id, properties, place } in file order; the tiles number them from 1. */
function loadAreas(level) {
  if (!areasByLevel.has(level)) {
    areasByLevel.set(level, getJson(`/api/areas/${encodeURIComponent(level)}`)
      .then(({ areas, places }) => areas.map((properties, i) => ({ id: i + 1, properties, place: places[i] }))));
  }
  return areasByLevel.get(level);
}

/**
 * Each period layer's published figures (/api/periods/LEVEL), written into the level's area properties under the
 * layer's own names (FIELD@PERIOD), so the tooltip, panel and chart read a period as they read the whole study.
 */
async function loadPeriods(level) {
  if (!periodsByLevel.has(level)) {
    periodsByLevel.set(level, getJson(`/api/periods/${encodeURIComponent(level)}`).then(async periods => {
      const features = await loadAreas(level);
      const indicators = state.levels.find(l => l.name === level).indicators;
      for (const [field, values] of Object.entries(periods)) {
        const entry = indicators.find(i => i.field === field);
        for (const feature of features) {
          const value = values[String(feature.properties.area_code)];
          Object.assign(feature.properties, {
            [entry.field]: value?.rate ?? null,
            [entry.lower95]: value?.lower95 ?? null,
            [entry.upper95]: value?.upper95 ?? null,
            [entry.count]: value?.count ?? null,
          });
        }
      }
    }));
  }
  return periodsByLevel.get(level);
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
