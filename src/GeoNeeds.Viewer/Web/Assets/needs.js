// The chosen area's rows of the run's needs tables (refuge, MARAC, prevalence, trends, benchmarks, profiles...),
// from /api/area/LEVEL/CODE, as the CSVs publish them: a withheld count stays withheld here too.

import { html } from './dom.js';
import { formatCount, suppressionText } from './format.js';

const LOCALE = 'en-GB';
const WITHHELD = '*';
/** Columns whose repeated values head groups of rows (one group per indicator, profiled field or service) rather than fill a column. */
const GROUPED = ['indicator', 'field', 'service'];
/** Columns of words or names, never read as numbers (a period called 2024 is not 2,024). */
const TEXT = ['period', 'value', 'parent_name', 'comparison', 'quadrant', 'cluster', 'against_expected'];

/**
 * Fills `container` with a table for each published table: a table of one row reads down, as figure and value;
 * a table of many rows is grouped by its first column when that names the indicator, field or service, and shows
 * each pair of 95% limits as one range.
 */
export function renderAreaTables(container, { tables, problems }, { indicatorLabels, suppressBelow }) {
  const text = (column, value) => {
    if (value === WITHHELD) {
      return html('abbr', { title: suppressionText(suppressBelow) }, ['withheld']);
    }
    if (column === 'indicator') {
      return shortLabel(indicatorLabels[value] ?? value);
    }
    if (column === 'field') {
      return value.replaceAll('_', ' ').replace(/^./, c => c.toUpperCase());
    }
    return value === '' ? '–' : TEXT.includes(column) ? value : formatText(value);
  };
  const sections = tables.map(table => html('section', { class: 'needs-table', 'data-file': table.file }, [
    html('h2', { title: table.file }, [table.title]),
    table.rows.length === 1 ? readingDown(table, text) : grouped(table, text),
  ]));
  const unread = problems.length === 0 ? [] : [html('section', { class: 'problems' }, [html('h2', {}, ['Tables not shown']), ...problems.map(p => html('p', {}, [p]))])];
  container.replaceChildren(...sections, ...unread);
}

function readingDown(table, text) {
  const columns = shownColumns(table.columns);
  return html('table', { class: 'figures needs' }, [html('tbody', {}, columns.map(column => html('tr', {}, [
    html('th', { scope: 'row' }, [column.heading]), html('td', {}, [cellOf(column, table.rows[0], text)]),
  ])))]);
}

function grouped(table, text) {
  const groupBy = GROUPED.includes(table.columns[0].name) ? 0 : -1;
  const columns = shownColumns(table.columns).filter(column => column.places[0] !== groupBy);
  const rows = [];
  let group;
  for (const row of table.rows) {
    if (groupBy >= 0 && row[groupBy] !== group) {
      group = row[groupBy];
      rows.push(html('tr', { class: 'group' }, [html('th', { colspan: columns.length, scope: 'colgroup' }, [text(table.columns[groupBy].name, group)])]));
    }
    rows.push(html('tr', {}, columns.map(column => html('td', {}, [cellOf(column, row, text)]))));
  }
  return html('div', { class: 'needs-scroll' }, [html('table', { class: 'figures needs' }, [
    html('thead', {}, [html('tr', {}, columns.map(column => html('th', { scope: 'col' }, [column.heading])))]),
    html('tbody', {}, rows),
  ])]);
}

/** The columns as shown, each with its place in the row: a lower 95% limit and its upper limit become one range. */
function shownColumns(columns) {
  const at = new Map(columns.map((column, i) => [column.name, i]));
  return columns.flatMap((column, i) => {
    if (column.name.endsWith('upper_95') && at.has(column.name.replace(/upper_95$/, 'lower_95'))) {
      return [];
    }
    const upper = column.name.endsWith('lower_95') ? at.get(column.name.replace(/lower_95$/, 'upper_95')) : undefined;
    return upper === undefined
      ? [{ name: column.name, heading: column.heading, places: [i] }]
      : [{ name: column.name, heading: column.heading.replace(/ lower$/, ''), places: [i, upper] }];
  });
}

function cellOf(column, row, text) {
  const [lower, upper] = column.places.map(i => row[i]);
  if (upper === undefined) {
    return text(column.name, lower);
  }
  return lower === '' || upper === '' ? '–' : html('span', {}, [text(column.name, lower), ' – ', text(column.name, upper)]);
}

/** A published number as the page shows numbers: whole numbers with separators, others to three significant figures at most. */
function formatText(value) {
  const number = Number(value);
  if (value.trim() === '' || !Number.isFinite(number)) {
    return value;
  }
  if (Number.isInteger(number)) {
    return formatCount(number);
  }
  const size = Math.abs(number);
  const decimals = size >= 100 ? 0 : size >= 10 ? 1 : size >= 1 ? 2 : 3;
  return number.toLocaleString(LOCALE, { maximumFractionDigits: decimals });
}

/** An indicator's label without its unit ('... per 1,000 residents'), which the rate column's figures do not need. */
function shortLabel(label) {
  return label.replace(/ per [\d,]+.*$/, '');
}
