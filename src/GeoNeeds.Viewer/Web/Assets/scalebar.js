// The scale bar: a round ground distance (1, 2 or 5 × 10^n metres) about 120 pixels long. Web Mercator
// stretches ground distances by 1 / cos(latitude), so a map metre is cos(latitude) metres on the ground.

const TARGET_PIXELS = 120;

export function updateScaleBar(element, { pixelsPerUnit, latitude }) {
  if (!(pixelsPerUnit > 0)) {
    return;
  }
  const groundMetresPerPixel = Math.cos((latitude * Math.PI) / 180) / pixelsPerUnit;
  const wanted = TARGET_PIXELS * groundMetresPerPixel;
  const step = 10 ** Math.floor(Math.log10(wanted));
  const metres = [5, 2, 1].map(m => m * step).find(v => v <= wanted) ?? step;
  element.querySelector('.scale-bar').style.width = `${metres / groundMetresPerPixel}px`;
  element.querySelector('.scale-label').textContent = metres >= 1000 ? `${metres / 1000} km` : `${metres} m`;
}
