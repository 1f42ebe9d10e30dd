// The theme button: switches between light and dark and remembers the choice.
import { store, THEME_KEY } from './storage.ts';

const root = document.documentElement;
const button = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ?? (prefersDark.matches ? 'dark' : 'light')) === 'dark';

if (button) {
  const show = () => button.setAttribute('aria-pressed', String(isDark()));
  show();
  prefersDark.addEventListener('change', show);
  button.addEventListener('click', () => {
    root.dataset.theme = isDark() ? 'light' : 'dark';
    store(THEME_KEY, root.dataset.theme);
    show();
  });
}
