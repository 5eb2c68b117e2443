import { useEffect } from 'react';

/**
 * Puts structured data (schema.org JSON-LD, already escaped by its maker) in the document head while the page
 * shows, and takes it away after. Set through the DOM as text: a data block is never run, so the
 * Content-Security-Policy (script-src 'self') has nothing to refuse.
 */
export function useStructuredData(jsonLd: string | undefined): void {
  useEffect(() => {
    if (!jsonLd) return;
    const script = document.createElement('script');
    script.type = 'application/ld+json';
    script.textContent = jsonLd;
    document.head.appendChild(script);
    return () => script.remove();
  }, [jsonLd]);
}
