import type { Role } from '@/lib/session';
import type { nl } from '@/lib/locales/nl';

export interface NavItem {
  to: string;
  key: `nav.${keyof typeof nl.nav}`;
  end?: boolean;
}

/** Public pages: everyone sees them, signed in or not. */
const PUBLIC_NAV: NavItem[] = [
  { to: '/', key: 'nav.home', end: true },
  { to: '/zoeken', key: 'nav.finder' },
  { to: '/financiering', key: 'nav.funding' },
  { to: '/organisaties', key: 'nav.organisations' },
  { to: '/regios', key: 'nav.regions' },
  { to: '/signalen/dashboard', key: 'nav.signalFigures' },
  { to: '/taakstelling', key: 'nav.quota' },
  { to: '/agenda', key: 'nav.agenda' },
];

/** A municipality's or province's own start page: first in its menu. */
const MY_OVERVIEW: NavItem = { to: '/mijn-overzicht', key: 'nav.myOverview' };

/** The signals list: a region's own signals, the support team's queue; one page, so one label. */
const SIGNALS: NavItem = { to: '/signalen', key: 'nav.signals', end: true };

/** What each role sees after the public pages; only pages that exist are listed. */
const ROLE_NAV: Record<Role, NavItem[]> = {
  admin: [{ to: '/beheer', key: 'nav.admin' }],
  support: [SIGNALS],
  editor: [{ to: '/redactie', key: 'nav.editor' }],
  municipality: [SIGNALS, { to: '/signalen/nieuw', key: 'nav.submitSignal' }],
  province: [SIGNALS, { to: '/signalen/nieuw', key: 'nav.submitSignal' }],
};

/** Where each role's work is: the page it lands on after signing in when no page asked for it. */
const ROLE_START: Record<Role, string> = {
  admin: '/beheer/gebruikers',
  support: '/signalen',
  editor: '/redactie',
  municipality: '/mijn-overzicht',
  province: '/mijn-overzicht',
};

/** The start page for a role (home for a caller without one). */
export function startPathFor(role: Role | null | undefined): string {
  return role ? ROLE_START[role] : '/';
}

/** The main navigation for a caller's role (none when signed out); a page is listed once. */
export function navItemsFor(role: Role | null | undefined): NavItem[] {
  const own = role ? ROLE_NAV[role] : [];
  const first = role === 'municipality' || role === 'province' ? [MY_OVERVIEW] : [];
  return [...first, ...PUBLIC_NAV.filter((item) => !own.some((mine) => mine.to === item.to)), ...own];
}
