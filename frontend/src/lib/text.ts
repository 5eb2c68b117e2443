/** Where the SPA shows only part of a text: cut at a word, and an ellipsis says that more follows. */

export const ELLIPSIS = '…';

/** How long a summary may be on a card or in a list before it is cut; the page of the item shows it whole. */
export const SNIPPET_LENGTH = 200;

/** Trailing punctuation and dashes that read badly right before an ellipsis ("woningen, …"). */
const DANGLING = /[\s,;:.\-–—(/]+$/u;

const squeezed = (text: string) => text.replace(/\s+/g, ' ').trim();

/**
 * The text when it fits in `max` characters; otherwise its longest start that ends at a whole word and
 * fits with an ellipsis ("De gemeente zorgt voor …" rather than "De gemeente zorgt vo"). A first word
 * longer than `max` is cut inside the word, as nothing shorter would say anything.
 */
export function cutAtWord(text: string, max = SNIPPET_LENGTH): string {
  const whole = squeezed(text);
  if (whole.length <= max) return whole;
  const room = whole.slice(0, Math.max(1, max - 1));
  // the character after the room tells whether its last word is whole
  const lastSpace = /\s/.test(whole.charAt(room.length)) ? room.length : room.lastIndexOf(' ');
  const start = (lastSpace > 0 ? room.slice(0, lastSpace) : room).replace(DANGLING, '');
  return `${start || room}${ELLIPSIS}`;
}

/**
 * A fragment of a longer text (a search snippet) with an ellipsis where it was cut: "… " before it unless it
 * is the start of `whole`, " …" after it unless it is its end. `plain` is the fragment as words only, when
 * the fragment carries marks (such as ⟦ ⟧ around matches); parts joined by " … " count as separate cuts.
 */
export function framedFragment(fragment: string, whole: string, plain = fragment): string {
  const text = squeezed(whole).replace(DANGLING, '');
  const parts = squeezed(plain)
    .split(` ${ELLIPSIS} `)
    .map((part) => part.replace(DANGLING, ''));
  const first = parts[0] ?? '';
  const last = parts[parts.length - 1] ?? '';
  const before = text.startsWith(first) ? '' : `${ELLIPSIS} `;
  const after = text.endsWith(last) ? '' : ` ${ELLIPSIS}`;
  return `${before}${fragment.trim()}${after}`;
}
