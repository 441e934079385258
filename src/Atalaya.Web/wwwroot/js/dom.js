// Every node of the workbench is built here, with createElement and textContent: text from articles,
// names and titles is hostile, so it never goes through an HTML parser (no markup strings at all).

const SVG_NS = 'http://www.w3.org/2000/svg';

function applyAttributes(node, attributes) {
  for (const [name, value] of Object.entries(attributes ?? {})) {
    if (value === null || value === undefined || value === false) continue;
    // Event handlers are attached with addEventListener; an on* attribute would also break the CSP.
    if (/^on/i.test(name)) throw new Error(`refusing attribute ${name}`);
    if (name === 'text') node.textContent = String(value);
    else if (name === 'class' && Array.isArray(value)) node.setAttribute('class', value.filter(Boolean).join(' '));
    else node.setAttribute(name, value === true ? '' : String(value));
  }
}

function append(node, children) {
  for (const child of children.flat(Infinity)) {
    if (child === null || child === undefined || child === false) continue;
    node.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
  return node;
}

/** An HTML element: el('a', { href: '/x' }, 'text', otherNode). Strings become text nodes. */
export function el(tag, attributes, ...children) {
  const node = document.createElement(tag);
  applyAttributes(node, attributes);
  return append(node, children);
}

/** An SVG element, same shape as el(). */
export function svg(tag, attributes, ...children) {
  const node = document.createElementNS(SVG_NS, tag);
  applyAttributes(node, attributes);
  return append(node, children);
}

/** Replaces the children of a node. */
export function replace(node, ...children) {
  node.replaceChildren();
  return append(node, children);
}

/**
 * The text with the given [start, end) ranges (UTF-16 offsets, as JavaScript strings count) wrapped in
 * <mark>; overlapping or out-of-range ranges are clipped, never thrown away silently into wrong text.
 */
export function highlighted(text, ranges, markAttributes) {
  const fragment = document.createDocumentFragment();
  const sorted = ranges
    .map(([start, end]) => [Math.max(0, Math.min(start, text.length)), Math.max(0, Math.min(end, text.length))])
    .filter(([start, end]) => end > start)
    .sort((a, b) => a[0] - b[0]);
  let position = 0;
  for (const [start, end] of sorted) {
    const from = Math.max(start, position);
    if (end <= from) continue;
    if (from > position) fragment.append(document.createTextNode(text.slice(position, from)));
    fragment.append(el('mark', markAttributes, text.slice(from, end)));
    position = end;
  }
  if (position < text.length) fragment.append(document.createTextNode(text.slice(position)));
  return fragment;
}
