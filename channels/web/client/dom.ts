/// <reference lib="dom" />
/**
 * The one way the widget makes elements. Text only ever goes in as `textContent` (a text node),
 * so nothing the server or the person sends can become markup; there is no innerHTML anywhere.
 */

export type Child = Node | string | false | null | undefined;

/** Attributes are set with setAttribute; `false`/`undefined` leave the attribute off. */
export type Attributes = Record<string, string | true | false | undefined>;

export function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Attributes = {},
  children: readonly Child[] = [],
): HTMLElementTagNameMap[K] {
  const element = document.createElement(tag);
  for (const [name, value] of Object.entries(attributes)) {
    if (value === undefined || value === false) continue;
    element.setAttribute(name, value === true ? '' : value);
  }
  append(element, children);
  return element;
}

export function append(parent: Node, children: readonly Child[]): void {
  for (const child of children) {
    if (child === false || child === null || child === undefined) continue;
    parent.appendChild(typeof child === 'string' ? document.createTextNode(child) : child);
  }
}

/** Text a screen reader hears but the eye does not see (e.g. "Sarathi said:"). */
export function srOnly(text: string): HTMLSpanElement {
  return el('span', { class: 'sr' }, [text]);
}

export function clear(element: Element): void {
  while (element.firstChild !== null) element.removeChild(element.firstChild);
}
