/** A tiny element builder: h('p', {class: 'x'}, 'text', child). Text is always set as text, never as HTML. */
export function h(tag, attributes = {}, ...children) {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes || {})) {
    if (value === undefined || value === null || value === false) continue;
    if (name.startsWith('on') && typeof value === 'function') {
      element.addEventListener(name.substring(2).toLowerCase(), value);
    } else if (value === true) {
      element.setAttribute(name, '');
    } else {
      element.setAttribute(name, String(value));
    }
  }
  append(element, children);
  return element;
}

function append(element, children) {
  for (const child of children) {
    if (child === undefined || child === null || child === false) continue;
    if (Array.isArray(child)) append(element, child);
    else element.append(child instanceof Node ? child : document.createTextNode(String(child)));
  }
}

/**
 * Replaces an element's children. Unlike the DOM's own append, which would print null as "null"
 * and an array as "[object …],[object …]", absent children are skipped and arrays flattened.
 */
export function fill(element, ...children) {
  clear(element);
  append(element, children);
  return element;
}

export function clear(element) {
  while (element.firstChild) element.removeChild(element.firstChild);
  return element;
}

/** How a form's input is known when its values are kept aside: its id, or for a tick box its name and value. */
export function inputKey(input) {
  return input.id || (input.name ? `${input.name}=${input.value}` : null);
}
