// The search box: a postcode typed in full (through the study's postcode lookup, when the viewer has it) and areas
// of every level whose name or code contains the typed text, the shown level's first; arrow keys move, Enter or a
// click chooses (showing the area's level).

import { html } from './dom.js';

const MAX_RESULTS = 8;

/** A whole UK postcode, spaced or not (outward code, then digit and two letters). */
const POSTCODE = /^[A-Z]{1,2}[0-9][A-Z0-9]?\s*[0-9][A-Z]{2}$/i;

/**
 * `areas()` gives every searchable area ({ level, levelLabel, code, name }); `postcode(text)` a whole postcode's
 * result to list first (its name the postcode, `detail` the area it falls in), or a `note` result saying why there is none.
 */
export function attachSearch(input, list, areas, onChoose, postcode) {
  let matches = [];
  let active = 0;
  let typed = 0;

  const close = () => {
    list.hidden = true;
    matches = [];
  };
  const choose = area => {
    if (area.note) {
      return;
    }
    input.value = area.name;
    close();
    onChoose(area.level, area.code);
  };
  const render = () => {
    list.replaceChildren(...matches.map((area, i) => {
      const item = html('li', { role: 'option', 'aria-selected': String(i === active), 'aria-disabled': area.note ? 'true' : null, 'data-code': area.code, 'data-level': area.level }, [
        html('span', {}, [area.name]), html('span', { class: 'code' }, [area.detail ?? `${area.levelLabel} ${area.code}`]),
      ]);
      item.addEventListener('pointerdown', event => {
        event.preventDefault();
        choose(area);
      });
      return item;
    }));
    list.hidden = matches.length === 0;
  };

  input.addEventListener('input', async () => {
    const text = input.value.trim().toLowerCase();
    const mine = ++typed;
    const [all, postcodes] = text.length === 0 ? [[], []] : await Promise.all([areas(), POSTCODE.test(text) ? postcode(text) : []]);
    if (mine !== typed) {
      return;  // a later keystroke has its own results
    }
    const starts = a => Number(!a.name.toLowerCase().startsWith(text) && !a.code.toLowerCase().startsWith(text));
    matches = postcodes.concat(all
      .filter(a => a.name.toLowerCase().includes(text) || a.code.toLowerCase().includes(text))
      .sort((a, b) => starts(a) - starts(b)))
      .slice(0, MAX_RESULTS);
    active = 0;
    render();
  });
  input.addEventListener('keydown', event => {
    if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      active = (active + (event.key === 'ArrowDown' ? 1 : matches.length - 1)) % Math.max(matches.length, 1);
      render();
    } else if (event.key === 'Enter' && matches[active]) {
      choose(matches[active]);
    } else if (event.key === 'Escape') {
      close();
    }
  });
  input.addEventListener('blur', close);
}
