// On the course index: how many missed questions wait in the reader's review deck.
import { plural } from '../i18n/templates.ts';
import { readDeck } from './exam-storage.ts';

const count = document.querySelector<HTMLElement>('[data-review-deck]');
if (count) {
  const waiting = Object.keys(readDeck(document.documentElement.lang)).length;
  count.hidden = waiting === 0;
  count.textContent = plural({ one: count.dataset.one!, other: count.dataset.other! }, waiting);
}
