// The search box: areas of every level whose name or code contains the typed text, the shown level's first; arrow
// keys move, Enter or a click chooses (showing the area's level).

import { html } from './dom.js';

const MAX_RESULTS = 8;

export function attachSearch(input, list, areas, onChoose) {
  let matches = [];
  let active = 0;
  let typed = 0;

  const close = () => {
    list.hidden = true;
    matches = [];
  };
  const choose = area => {
    input.value = area.name;
    close();
    onChoose(area.level, area.code);
  };
  const render = () => {
    list.replaceChildren(...matches.map((area, i) => {
      const item = html('li', { role: 'option', 'aria-selected': String(i === active), 'data-code': area.code, 'data-level': area.level }, [
        html('span', {}, [area.name]), html('span', { class: 'code' }, [`${area.levelLabel} ${area.code}`]),
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
    const all = text.length === 0 ? [] : await areas();
    if (mine !== typed) {
      return;  // a later keystroke has its own results
    }
    const starts = a => Number(!a.name.toLowerCase().startsWith(text) && !a.code.toLowerCase().startsWith(text));
    matches = all
      .filter(a => a.name.toLowerCase().includes(text) || a.code.toLowerCase().includes(text))
      .sort((a, b) => starts(a) - starts(b))
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
