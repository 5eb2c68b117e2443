import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { itemPath, type LinkedItem } from '@/lib/catalogue';

/** The tasks and measures the support team linked to a signal, each to its page. */
export function SignalLinks({ links }: { links: readonly LinkedItem[] }) {
  const { t } = useTranslation();
  const lang = useNl();
  if (links.length === 0) return <Paragraph>{t('signals.links.none')}</Paragraph>;
  return (
    <ul className="hr-link-list">
      {links.map((link) => (
        <li key={link.id} className="hr-link-list__item">
          <span className="hr-link-list__kind">{t(`catalogue.kinds.${link.kind}`)}</span>{' '}
          <RouterLink to={itemPath(link.kind, link.id)} lang={lang}>
            {link.title}
          </RouterLink>
        </li>
      ))}
    </ul>
  );
}
