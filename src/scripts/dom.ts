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

/**
 * Links a lazily loaded chunk's stylesheet when the chunk first runs, resolving once it
 * has loaded (or failed): pages that never use the chunk never fetch its styles.
 */
export function addStylesheet(href: string): Promise<void> {
  const link = element('link', { rel: 'stylesheet', href });
  const loaded = new Promise<void>((resolve) => {
    link.addEventListener('load', () => resolve());
    link.addEventListener('error', () => resolve());
  });
  document.head.append(link);
  return loaded;
}
