// The map is one Tab stop: its markers (then its states) are links that only the arrow keys reach, with one
// of them in the tab order at a time (a roving tabindex), so getting past the map takes one Tab, not hundreds.
// Markers are walked west to east; + and − zoom, Home shows the whole frame again.

function stops(root) {
  const markers = [...root.querySelectorAll('a.marker')];
  const position = (a) => { const box = a.getBBox?.(); return box ? box.x + box.width / 2 : 0; };
  markers.sort((a, b) => position(a) - position(b));
  return [...markers, ...root.querySelectorAll('a.state-link')];
}

/** Makes the links inside an SVG map one Tab stop with arrow keys inside; refresh() after a redraw. */
export function keyboardMap(root, actions) {
  let current = 0;
  let list = [];

  function refresh() {
    list = stops(root);
    current = Math.min(current, Math.max(0, list.length - 1));
    list.forEach((link, i) => link.setAttribute('tabindex', i === current ? '0' : '-1'));
  }

  function focus(index) {
    if (!list.length) return;
    current = (index + list.length) % list.length;
    list.forEach((link, i) => link.setAttribute('tabindex', i === current ? '0' : '-1'));
    list[current].focus();
  }

  root.addEventListener('keydown', (event) => {
    const inside = list.indexOf(document.activeElement);
    if (['ArrowRight', 'ArrowDown'].includes(event.key)) focus(inside + 1);
    else if (['ArrowLeft', 'ArrowUp'].includes(event.key)) focus(inside < 0 ? 0 : inside - 1);
    else if (event.key === '+' || event.key === '=') { actions.zoomIn(); focus(0); }
    else if (event.key === '-' || event.key === '−') { actions.zoomOut(); focus(0); }
    else if (event.key === 'Home') { actions.reset(); focus(0); }
    else if (event.key === 'End') focus(list.length - 1);
    else return;
    event.preventDefault();
  });
  root.addEventListener('focusin', (event) => {
    const index = list.indexOf(event.target.closest?.('a'));
    if (index >= 0 && index !== current) focus(index);
  });
  // Markers are measured once drawn: the first refresh waits for the map to be in the page.
  requestAnimationFrame(refresh);
  refresh();
  return { refresh };
}
