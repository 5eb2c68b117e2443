import { type CatalogueSearch, EMPTY_SEARCH, isKind, toCatalogueSearchParams } from '@/lib/catalogue';
import type { SavedSearch } from './api/getSavedSearches';

/** The page "Mijn zoekopdrachten"; digests link to it too (savedsearch/DigestLetter). */
export const MY_SAVED_SEARCHES_PATH = '/zoekopdrachten';

/** The finder with a saved search, as the finder writes its own address (kind first). */
export function finderPathOf(saved: SavedSearch): string {
  const search: CatalogueSearch = {
    ...EMPTY_SEARCH,
    q: saved.q ?? '',
    domain: (saved.domain ?? '') as CatalogueSearch['domain'],
    audience: (saved.audience ?? '') as CatalogueSearch['audience'],
    organisation: saved.organisation ?? '',
    openOn: saved.openOn ?? '',
    sort: (saved.sort ?? '') as CatalogueSearch['sort'],
  };
  const kind = isKind(saved.kind) ? saved.kind : 'task';
  return `/zoeken?${toCatalogueSearchParams(search, { kind }).toString()}`;
}
