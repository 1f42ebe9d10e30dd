// Code a reader may never need (search, marking the searched words) loads on first use.
// Its module script sits in the page inside `<template data-on-demand="…">`, where it does
// not run; loading it is adding a copy of that script to the document. Unlike `import()`,
// this needs no loader code in the page's own script, and the page need not know the
// module's built address.
const requested = new Set<string>();

/** Runs the on-demand module of that name, once; later calls do nothing. */
export function loadOnDemand(name: string) {
  if (requested.has(name)) return;
  const source = document.querySelector<HTMLTemplateElement>(`template[data-on-demand="${name}"]`)?.content.querySelector('script');
  if (!source) return;
  requested.add(name);
  const script = document.createElement('script');
  script.type = 'module';
  script.src = source.src;
  document.head.append(script);
}
