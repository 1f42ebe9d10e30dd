// The left and right arrow keys go to the previous and next page.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  // Arrows belong to what has focus when it uses them: fields, scrollable tables and code.
  const ownsArrows = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('.table-scroll, pre');
  if (ownsArrows || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || document.querySelector('dialog[open]')) return;
  const rel = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : undefined;
  const link = rel && document.querySelector<HTMLAnchorElement>(`.pager a[rel="${rel}"]`);
  if (link) location.href = link.href;
});
