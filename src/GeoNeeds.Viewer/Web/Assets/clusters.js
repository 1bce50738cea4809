// Local Moran's I cluster labels of the <level>_hotspots.csv tables, in the LISA cluster map colours of GeoDa
// (Anselin, Syabri and Kho 2006), the same as the static maps (MapShading.ByCluster): hot spots red, cold spots
// blue, outliers pale, not significant light grey.

export const CLUSTERS = [
  { code: 'HH', label: 'High-high (hot spot)', colour: '#ff0000' },
  { code: 'HL', label: 'High-low (outlier)', colour: '#f4ada8' },
  { code: 'LH', label: 'Low-high (outlier)', colour: '#a7adf9' },
  { code: 'LL', label: 'Low-low (cold spot)', colour: '#0000ff' },
  { code: 'ns', label: 'Not significant', colour: '#eeeeee' },
];

/** The cluster's index in CLUSTERS, or -1 for anything else (no label). */
export function clusterIndex(value) {
  return CLUSTERS.findIndex(c => c.code === value);
}

/** Copies each area's cluster of every hot-spot indicator into its properties, so the page reads it like any field. */
export function attachClusters(features, indicators) {
  for (const indicator of indicators.filter(i => i.kind === 'hotspot')) {
    for (const feature of features) {
      feature.properties[indicator.field] = indicator.clusters[String(feature.properties.area_code)] ?? null;
    }
  }
}
