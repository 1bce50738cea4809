// The map classes of a level as the run computed them in C# (<level>_classes.json, served at /api/classes/LEVEL):
// for each layer its legend rows (label, colour, count, kind) in the printed maps' order and each area's row.
// The page classifies nothing itself, so its legend and colours are those of the PNG maps.

/** The classes of one layer (an indicator's field) of a level's classes. */
export function layerOf(classes, field) {
  return classes.layers.find(layer => layer.field === field);
}

/** The legend row of an area in a layer, or null when the layer does not list the area. */
export function rowOf(layer, code) {
  const index = layer?.areas[code];
  return index === undefined ? null : layer.legend[index];
}
