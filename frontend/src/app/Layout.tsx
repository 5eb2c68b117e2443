import { Alert, Link as ExternalLink, NavBar, NavList, Paragraph } from '@utrecht/component-library-react';
import { type MouseEvent, type RefObject, useEffect, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '../components/LanguageSwitch';
import { useSession } from '../features/auth/session/useSession';
import { API_BASE_PATH } from '../lib/api';
import { AccountBar } from './AccountBar';
import { navItemsFor } from './navigation';

/** Moves focus to the new page's heading after client-side navigation, as a full page load would. */
function useFocusOnNavigation(main: RefObject<HTMLElement | null>) {
  const { pathname } = useLocation();
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const heading = main.current?.querySelector<HTMLElement>('h1');
    if (heading) {
      heading.tabIndex = -1;
      heading.focus();
    }
  }, [pathname, main]);
}

/**
 * Header with skip link, product name, language switch, who is signed in and the navigation for their
 * role; the page; the footer.
 */
export function Layout() {
  const { t } = useTranslation();
  const { caller } = useSession();
  const location = useLocation();
  const main = useRef<HTMLElement>(null);
  useFocusOnNavigation(main);
  const signedOut = (location.state as { notice?: string } | null)?.notice === 'signedOut' && !caller;

  const skipToMain = (event: MouseEvent<HTMLAnchorElement>) => {
    event.preventDefault();
    main.current?.focus();
  };

  return (
    <div className="hr-page">
      <a href="#main" className="utrecht-skip-link utrecht-skip-link--visible-on-focus" onClick={skipToMain}>
        {t('app.skipLink')}
      </a>
      <header className="hr-header">
        <div className="hr-container hr-header__bar">
          <Link to="/" className="hr-brand">
            <span className="hr-brand__name">{t('app.name')}</span>
            <span className="hr-brand__tagline">{t('app.tagline')}</span>
          </Link>
          <div className="hr-header__tools">
            <LanguageSwitch />
            <AccountBar />
          </div>
        </div>
        <NavBar className="hr-nav" aria-label={t('app.mainNav')}>
          <NavList className="hr-container">
            {navItemsFor(caller?.role).map((item) => (
              <li key={item.to} className="utrecht-nav-list__item">
                <NavLink to={item.to} end={item.end ?? false} className="utrecht-link utrecht-nav-list__link">
                  {t(item.key)}
                </NavLink>
              </li>
            ))}
          </NavList>
        </NavBar>
      </header>
      <main id="main" ref={main} tabIndex={-1} className="hr-container hr-main">
        {signedOut && (
          <Alert type="ok" role="status" className="hr-notice">
            <Paragraph>{t('auth.signedOut')}</Paragraph>
          </Alert>
        )}
        <Outlet />
      </main>
      <footer className="hr-footer">
        <div className="hr-container">
          <p className="utrecht-paragraph">{t('footer.text')}</p>
          <p className="utrecht-paragraph hr-footer__links">
            <span>{t('footer.links')}:</span> <ExternalLink href="/q/swagger-ui">{t('footer.apiDocs')}</ExternalLink>
            <span aria-hidden="true"> · </span>
            <ExternalLink href={`${API_BASE_PATH}/openapi.json`}>{t('footer.openapi')}</ExternalLink>
          </p>
        </div>
      </footer>
    </div>
  );
}
