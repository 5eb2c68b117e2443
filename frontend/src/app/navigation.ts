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
];

/**
 * What each role sees after the public pages. Only pages that exist are listed; when they are built,
 * support gets "Signalen" (/signalen), municipality and province "Mijn overzicht" (/mijn-overzicht).
 */
const ROLE_NAV: Record<Role, NavItem[]> = {
  admin: [{ to: '/beheer', key: 'nav.admin' }],
  support: [],
  editor: [{ to: '/redactie', key: 'nav.editor' }],
  municipality: [],
  province: [],
};

/** The main navigation for a caller's role (none when signed out). */
export function navItemsFor(role: Role | null | undefined): NavItem[] {
  return [...PUBLIC_NAV, ...(role ? ROLE_NAV[role] : [])];
}
