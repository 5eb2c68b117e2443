import type { Plugin } from 'vite';
import { nl } from '../src/lib/locales/nl';

const escape = (text: string) =>
  text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');

/**
 * The header's name and tagline written into index.html's `#root`, so the browser paints the page's frame as soon
 * as the HTML and the stylesheet are there, instead of a blank page until the first bundle has been downloaded and
 * run (Lighthouse's first contentful paint, issue 13). The markup is what Layout renders at the same place, with
 * the same classes, so nothing moves when React replaces it; the texts are the Dutch ones of `locales/nl.ts`. A
 * reader who chose English sees the Dutch tagline until the bundle has run.
 */
export function staticShell(): Plugin {
  const shell =
    '<div class="hr-page"><header class="hr-header"><div class="hr-container hr-header__bar">' +
    `<a href="/" class="hr-brand"><span class="hr-brand__name">${escape(nl.app.name)}</span>` +
    `<span class="hr-brand__tagline">${escape(nl.app.tagline)}</span></a>` +
    '</div></header></div>';
  return {
    name: 'static-shell',
    transformIndexHtml(html) {
      const root = '<div id="root"></div>';
      if (!html.includes(root)) throw new Error(`static-shell: index.html has no ${root}`);
      return html.replace(root, `<div id="root">${shell}</div>`);
    },
  };
}
