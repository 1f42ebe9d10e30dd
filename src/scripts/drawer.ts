// The course tree as a drawer on narrow screens: the menu button opens it, a click
// outside it or Escape closes it.
const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('[data-drawer-toggle]');
const drawer = button && document.getElementById(button.getAttribute('aria-controls')!);

if (button && drawer) {
  const setDrawer = (open: boolean) => {
    button.setAttribute('aria-expanded', String(open));
    root.classList.toggle('drawer-open', open);
    if (open) drawer.querySelector<HTMLElement>('[aria-current], a')?.focus();
  };

  button.addEventListener('click', () => setDrawer(button.getAttribute('aria-expanded') !== 'true'));
  document.addEventListener('click', (event) => {
    const target = event.target as Node;
    if (root.classList.contains('drawer-open') && !drawer.contains(target) && !button.contains(target)) setDrawer(false);
  });
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && root.classList.contains('drawer-open')) {
      setDrawer(false);
      button.focus();
    }
  });
}
