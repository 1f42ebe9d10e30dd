// The script every page loads (a few KB): theme toggle, course drawer, arrow keys,
// reader progress, remembered language, copy buttons. The landing highlight loads on
// demand from its own chunk; search has its own component.
import { HIGHLIGHT_PARAM } from './highlight-param.ts';

const root = document.documentElement;

function store(key: string, value?: string): string | null {
  try {
    if (value !== undefined) localStorage.setItem(key, value);
    return localStorage.getItem(key);
  } catch {
    return null;
  }
}

// Theme: the inline head script applied the stored choice before paint.
const themeButton = document.querySelector<HTMLButtonElement>('[data-theme-toggle]');
const prefersDark = matchMedia('(prefers-color-scheme: dark)');
const isDark = () => (root.dataset.theme ?? (prefersDark.matches ? 'dark' : 'light')) === 'dark';
const showTheme = () => themeButton?.setAttribute('aria-pressed', String(isDark()));
showTheme();
prefersDark.addEventListener('change', showTheme);
themeButton?.addEventListener('click', () => {
  root.dataset.theme = isDark() ? 'light' : 'dark';
  store('theme', root.dataset.theme);
  showTheme();
});

// Course drawer on narrow screens.
const drawerButton = document.querySelector<HTMLButtonElement>('[data-drawer-toggle]');
const drawer = document.getElementById('course-tree');
function setDrawer(open: boolean) {
  if (!drawerButton || !drawer) return;
  drawerButton.setAttribute('aria-expanded', String(open));
  root.classList.toggle('drawer-open', open);
  if (open) drawer.querySelector<HTMLElement>('[aria-current], a')?.focus();
}
drawerButton?.addEventListener('click', () => setDrawer(drawerButton.getAttribute('aria-expanded') !== 'true'));
document.addEventListener('click', (event) => {
  if (root.classList.contains('drawer-open') && !drawer?.contains(event.target as Node) && !drawerButton?.contains(event.target as Node)) {
    setDrawer(false);
  }
});

// Keys: arrows walk the course, Escape closes the drawer.
document.addEventListener('keydown', (event) => {
  const target = event.target as HTMLElement;
  if (event.key === 'Escape' && root.classList.contains('drawer-open')) {
    setDrawer(false);
    drawerButton?.focus();
    return;
  }
  // Arrows belong to what has focus when it uses them: fields, scrollable tables and code.
  const ownsArrows = target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName) || !!target.closest('.table-scroll, pre');
  if (ownsArrows || event.altKey || event.ctrlKey || event.metaKey || event.shiftKey || document.querySelector('dialog[open]')) return;
  const rel = event.key === 'ArrowLeft' ? 'prev' : event.key === 'ArrowRight' ? 'next' : undefined;
  const link = rel && document.querySelector<HTMLLinkElement>(`link[rel="${rel}"]`);
  // The head links are absolute on the deployed site; stay on this origin (preview, mirrors).
  if (link) location.href = new URL(link.href).pathname;
});

// Remembered language, for the chooser at `/`.
if (root.dataset.readerLang) store('lang', root.dataset.readerLang);
document.querySelectorAll<HTMLElement>('[data-language]').forEach((link) =>
  link.addEventListener('click', () => store('lang', link.dataset.language)),
);

// Reader progress: pages opened, per language, and the last page read.
type Progress = Record<string, number[]>;
const progress: Progress = JSON.parse(store('progress') ?? '{}');
if (root.dataset.progress) {
  const cut = root.dataset.progress.lastIndexOf(':');
  const key = root.dataset.progress.slice(0, cut);
  const lang = key.slice(0, key.indexOf(':'));
  progress[key] = [...new Set([...(progress[key] ?? []), Number(root.dataset.progress.slice(cut + 1))])].sort((a, b) => a - b);
  store('progress', JSON.stringify(progress));
  store(`last:${lang}`, location.pathname);
}
document.querySelectorAll<HTMLElement>('[data-progress-key]').forEach((item) => {
  const read = progress[item.dataset.progressKey!]?.length ?? 0;
  const total = Number(item.dataset.pages);
  const mark = item.querySelector<HTMLElement>('[data-progress-mark]');
  const list = item.closest<HTMLElement>('[data-progress-read]');
  if (!read || !mark || !list) return;
  item.classList.add(read >= total ? 'is-read' : 'is-partial');
  mark.textContent =
    read >= total ? list.dataset.progressRead! : list.dataset.progressPartial!.replace('{read}', String(read)).replace('{total}', String(total));
});
// A quiz taken: its score, from the answers the quiz script kept.
document.querySelectorAll<HTMLElement>('[data-progress-key][data-quiz-questions]').forEach((item) => {
  const answers: Record<string, { right: boolean }> = JSON.parse(store(`quiz:${item.dataset.progressKey}`) ?? '{}');
  const questions = item.dataset.quizQuestions!.split(' ');
  const answered = questions.filter((id) => answers[id]);
  const mark = item.querySelector('[data-quiz-mark]');
  if (answered.length === 0 || !mark) return;
  const right = answered.filter((id) => answers[id].right).length;
  mark.textContent = item.closest<HTMLElement>('[data-quiz-taken]')!.dataset.quizTaken!.replace('{right}', String(right)).replace('{total}', String(questions.length));
});
const continueLink = document.querySelector<HTMLElement>('[data-continue]');
const last = root.dataset.readerLang && store(`last:${root.dataset.readerLang}`);
if (continueLink && last) {
  continueLink.querySelector('a')!.href = last;
  continueLink.hidden = false;
}

// Copy buttons on code blocks.
document.querySelectorAll<HTMLElement>('[data-copy]').forEach((body) =>
  body.querySelectorAll('pre').forEach((pre) => {
    const button = document.createElement('button');
    button.type = 'button';
    button.className = 'copy-code';
    button.textContent = body.dataset.copy!;
    button.addEventListener('click', async () => {
      await navigator.clipboard.writeText(pre.querySelector('code')?.innerText ?? pre.innerText);
      button.textContent = body.dataset.copied!;
      setTimeout(() => (button.textContent = body.dataset.copy!), 2000);
    });
    pre.before(button);
  }),
);

// Landing from a search result: highlight the searched words.
if (new URLSearchParams(location.search).has(HIGHLIGHT_PARAM)) import('./highlight.ts');
