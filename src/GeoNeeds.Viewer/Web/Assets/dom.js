// Small element builders for the page: html('td', { class: 'x' }, ['text']) and svg('path', { d }).

const SVG_NS = 'http://www.w3.org/2000/svg';

export function html(tag, attributes = {}, children = []) {
  return fill(document.createElement(tag), attributes, children);
}

export function svg(tag, attributes = {}, children = []) {
  return fill(document.createElementNS(SVG_NS, tag), attributes, children);
}

function fill(element, attributes, children) {
  for (const [name, value] of Object.entries(attributes)) {
    if (value !== null && value !== undefined && value !== false) {
      element.setAttribute(name, value === true ? '' : String(value));
    }
  }
  for (const child of [].concat(children)) {
    if (child !== null && child !== undefined) {
      element.append(child instanceof Node ? child : document.createTextNode(String(child)));
    }
  }
  return element;
}
