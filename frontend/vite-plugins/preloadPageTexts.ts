import type { Plugin } from 'vite';

const PAGE_TEXTS = '/src/lib/locales/nl.pages.ts';

/**
 * The pages' texts (`nl.pages.ts`) are a chunk of their own that every page awaits before it renders, in every
 * language (Dutch is English's fallback). Without a hint the browser asks for it only after the first bundle has
 * been downloaded and run; a `modulepreload` link in index.html fetches it beside that bundle, a round trip
 * earlier.
 */
export function preloadPageTexts(): Plugin {
  return {
    name: 'preload-page-texts',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler(_html, { bundle }) {
        const chunk = Object.values(bundle ?? {}).find(
          (output) => output.type === 'chunk' && output.facadeModuleId?.endsWith(PAGE_TEXTS),
        );
        if (!chunk) throw new Error(`preload-page-texts: no chunk for ${PAGE_TEXTS} in the build`);
        return [
          {
            tag: 'link',
            attrs: { rel: 'modulepreload', crossorigin: true, href: `/${chunk.fileName}` },
            injectTo: 'head',
          },
        ];
      },
    },
  };
}
