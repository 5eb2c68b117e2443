import type { Role } from '../lib/session';
import type { nl } from '../lib/locales/nl';

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

/** A region's own signals, and submitting a new one. */
const REGION_SIGNALS_NAV: NavItem[] = [
  { to: '/signalen', key: 'nav.mySignals', end: true },
  { to: '/signalen/nieuw', key: 'nav.submitSignal' },
];

/**
 * What each role sees after the public pages; only pages that exist are listed. The support team's
 * "Dashboard signalen" is the public figures page, so it takes that page's place in the menu.
 */
const ROLE_NAV: Record<Role, NavItem[]> = {
  admin: [{ to: '/beheer', key: 'nav.admin' }],
  support: [
    { to: '/signalen', key: 'nav.signals', end: true },
    { to: '/signalen/dashboard', key: 'nav.signalDashboard' },
  ],
  editor: [{ to: '/redactie', key: 'nav.editor' }],
  municipality: REGION_SIGNALS_NAV,
  province: REGION_SIGNALS_NAV,
};

/** The main navigation for a caller's role (none when signed out); a page is listed once. */
export function navItemsFor(role: Role | null | undefined): NavItem[] {
  const own = role ? ROLE_NAV[role] : [];
  const first = role === 'municipality' || role === 'province' ? [MY_OVERVIEW] : [];
  return [...first, ...PUBLIC_NAV.filter((item) => !own.some((mine) => mine.to === item.to)), ...own];
}
