/** An element with its properties and children set: the lazily loaded chunks build their UI in script. */
export function element<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  properties: Partial<HTMLElementTagNameMap[K]> = {},
  children: (Node | string)[] = [],
): HTMLElementTagNameMap[K] {
  const node = Object.assign(document.createElement(tag), properties);
  node.append(...children);
  return node;
}

/** Adds a chunk's own styles to the page when the chunk first needs them (none load before). */
export function addStyles(css: string) {
  document.head.append(element('style', { textContent: css }));
}
