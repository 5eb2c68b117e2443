import { useTranslation } from 'react-i18next';
import { NavLink, Outlet } from 'react-router';

const ADMIN_NAV = [
  { to: '/beheer/gebruikers', key: 'admin.users' },
  { to: '/beheer/api-clients', key: 'admin.apiClients' },
  { to: '/beheer/auditlog', key: 'admin.audit' },
] as const;

/** The administration pages share a small navigation of their own above the page. */
export function AdminLayout() {
  const { t } = useTranslation();
  return (
    <>
      <nav aria-label={t('admin.nav')} className="hr-subnav">
        <ul className="hr-subnav__list">
          {ADMIN_NAV.map((item) => (
            <li key={item.to}>
              <NavLink to={item.to} className="utrecht-link utrecht-link--html-a hr-subnav__link">
                {t(item.key)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <Outlet />
    </>
  );
}
