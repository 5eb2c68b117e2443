import { Alert, Button, Link as ExternalLink, NavBar, NavList, Paragraph } from '@utrecht/component-library-react';
import { type KeyboardEvent, type MouseEvent, type RefObject, Suspense, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation } from 'react-router';
import { LanguageSwitch } from '@/components/LanguageSwitch';
import { Loading } from '@/components/Loading';
import { useSession } from '@/features/session/useSession';
import { API_BASE_PATH } from '@/lib/api';
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
    const focusHeading = () => {
      const heading = main.current?.querySelector<HTMLElement>('h1');
      if (!heading) return false;
      heading.tabIndex = -1;
      heading.focus();
      return true;
    };
    if (focusHeading() || !main.current) return;
    // The page's code is still loading (a lazily loaded chunk): focus its heading as soon as it is there.
    const observer = new MutationObserver(() => {
      if (focusHeading()) observer.disconnect();
    });
    observer.observe(main.current, { childList: true, subtree: true });
    return () => observer.disconnect();
  }, [pathname, main]);
}

/**
 * Whether the phone menu is open. It closes when the page changes, and on Escape, which puts focus back
 * on the button; on wide screens the button is hidden by CSS and the menu always shows.
 */
function useMenu(button: RefObject<HTMLButtonElement | null>) {
  const { pathname } = useLocation();
  const [open, setOpen] = useState(false);
  useEffect(() => setOpen(false), [pathname]);
  const onKeyDown = (event: KeyboardEvent) => {
    if (event.key !== 'Escape' || !open) return;
    setOpen(false);
    button.current?.focus();
  };
  return { open, toggle: () => setOpen((current) => !current), onKeyDown };
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
  const menuButton = useRef<HTMLButtonElement>(null);
  useFocusOnNavigation(main);
  const menu = useMenu(menuButton);
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
      {/* The header only hears Escape bubbling up from its own links and buttons; it is no control itself. */}
      {/* eslint-disable-next-line jsx-a11y/no-static-element-interactions */}
      <header className="hr-header" data-menu={menu.open ? 'open' : 'closed'} onKeyDown={menu.onKeyDown}>
        <div className="hr-container hr-header__bar">
          <Link to="/" className="hr-brand">
            <span className="hr-brand__name">{t('app.name')}</span>
            <span className="hr-brand__tagline">{t('app.tagline')}</span>
          </Link>
          <Button
            ref={menuButton}
            appearance="secondary-action-button"
            className="hr-menu-button"
            aria-expanded={menu.open}
            aria-controls="hr-header-tools hr-main-nav"
            onClick={menu.toggle}
          >
            <span className="hr-menu-button__icon" aria-hidden="true" />
            {t('app.menu')}
          </Button>
          <div id="hr-header-tools" className="hr-header__tools">
            <LanguageSwitch />
            <AccountBar />
          </div>
        </div>
        <NavBar id="hr-main-nav" className="hr-nav" aria-label={t('app.mainNav')}>
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
        {/* Pages load as their own chunks; the main area is a screen high, so the footer does not jump when one arrives. */}
        <Suspense fallback={<Loading />}>
          <Outlet />
        </Suspense>
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
