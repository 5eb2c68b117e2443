import { BreadcrumbNav, BreadcrumbNavLink } from '@utrecht/component-library-react';
import { type AnchorHTMLAttributes, forwardRef } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';

/** The NL Design System breadcrumb renders its own anchor from `href`; this one navigates inside the app. */
const AppAnchor = forwardRef<HTMLAnchorElement, AnchorHTMLAttributes<HTMLAnchorElement>>(function AppAnchor(
  { href = '/', className, ...props },
  ref,
) {
  return <Link ref={ref} to={href} className={`utrecht-link utrecht-link--html-a ${className ?? ''}`} {...props} />;
});

export interface Crumb {
  to: string;
  label: string;
}

/**
 * Where a detail page sits: links to Home and the list it belongs to, then the page itself as text
 * (aria-current). Replaces a lone "back" link, so a reader who arrives from a search engine or a shared link
 * sees the way up too.
 */
export function Breadcrumbs({ trail, current }: { trail: Crumb[]; current: string }) {
  const { t } = useTranslation();
  const crumbs = [{ to: '/', label: t('nav.home') }, ...trail];
  return (
    <BreadcrumbNav aria-label={t('app.breadcrumbs')} className="hr-breadcrumbs">
      {crumbs.map((crumb, index) => (
        <BreadcrumbNavLink key={crumb.to} href={crumb.to} index={index} Link={AppAnchor}>
          {crumb.label}
        </BreadcrumbNavLink>
      ))}
      <li className="utrecht-breadcrumb-nav__item">
        <span aria-current="page" className="hr-breadcrumbs__current">
          {current}
        </span>
      </li>
    </BreadcrumbNav>
  );
}
