// How values read on the page: rates to about three significant figures, counts with thousands separators,
// and the words for values that are suppressed or missing.

const LOCALE = 'en-GB';

export function formatCount(value) {
  return Number.isFinite(value) ? value.toLocaleString(LOCALE, { maximumFractionDigits: 0 }) : '–';
}

/** A rate or mean: 0 decimals from 100, 1 from 10, else 2 (84.2, 7.33, 183). */
export function formatValue(value, kind) {
  if (!Number.isFinite(value)) {
    return '–';
  }
  if (kind === 'imd_decile') {
    return String(Math.round(value));
  }
  const decimals = kind === 'imd_mean' ? 1 : Math.abs(value) >= 100 ? 0 : Math.abs(value) >= 10 ? 1 : 2;
  return value.toLocaleString(LOCALE, { minimumFractionDigits: decimals, maximumFractionDigits: decimals });
}

export function perText(per) {
  return `per ${formatCount(per)}`;
}

/**
 * The indicator's value for one area as words: value, unit, limits and count, or why there is none. Whether
 * it is suppressed or missing, and a hot-spot cluster's words, come from the area's legend row (classes.js).
 */
export function describe(properties, indicator, suppressBelow, row) {
  const status = !row || row.kind === 'missing' ? 'missing' : row.kind === 'suppressed' ? 'suppressed' : 'value';
  const count = indicator.count ? properties[indicator.count] : undefined;
  if (status === 'suppressed') {
    return { status, value: 'suppressed', detail: suppressionText(suppressBelow) };
  }
  if (status === 'missing') {
    const note = properties.notes ? String(properties.notes) : 'no value for this area';
    return { status, value: 'no value', detail: note };
  }
  if (indicator.kind === 'hotspot') {
    return { status, value: row.label };
  }
  const value = properties[indicator.field];
  const unit = indicator.kind === 'rate' ? perText(indicator.per) : '';
  return {
    status,
    value: formatValue(value, indicator.kind),
    unit,
    limits: limitsText(properties, indicator, indicator.lower95, indicator.upper95, '95%'),
    count: Number.isFinite(count) ? `count ${formatCount(count)}` : '',
  };
}

export function limitsText(properties, indicator, lowerField, upperField, label) {
  const range = limitsRange(properties, indicator, lowerField, upperField);
  return range ? `${label} CI ${range}` : '';
}

/** 'lower – upper' of an area's confidence limits, or '' when it has none. */
export function limitsRange(properties, indicator, lowerField, upperField) {
  const lower = lowerField ? properties[lowerField] : undefined;
  const upper = upperField ? properties[upperField] : undefined;
  return Number.isFinite(lower) && Number.isFinite(upper)
    ? `${formatValue(lower, indicator.kind)} – ${formatValue(upper, indicator.kind)}`
    : '';
}

export function suppressionText(suppressBelow) {
  return Number.isFinite(suppressBelow) && suppressBelow > 1
    ? `count 1–${suppressBelow - 1}, suppressed to protect privacy`
    : 'small count, suppressed to protect privacy';
}
