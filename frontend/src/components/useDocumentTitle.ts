import { useEffect } from 'react';

/** Sets the tab title to "<page> – Handreiking" so each route is announced and bookmarked by name. */
export function useDocumentTitle(title: string): void {
  useEffect(() => {
    document.title = title === 'Handreiking' ? title : `${title} – Handreiking`;
  }, [title]);
}
