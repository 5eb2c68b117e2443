import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../components/RouterLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSession } from '../../features/auth/session/useSession';
import type { Role } from '../../lib/session';

/** 403: signed in, but this page is for another role (administrators unless said otherwise). */
export function ForbiddenPage({ role = 'admin' }: { role?: Role }) {
  const { t } = useTranslation();
  const { caller } = useSession();
  useDocumentTitle(t('auth.forbidden.title'));
  return (
    <>
      <Heading level={1}>{t('auth.forbidden.title')}</Heading>
      <Paragraph>
        {t(role === 'editor' ? 'auth.forbidden.textEditor' : 'auth.forbidden.text', {
          name: caller?.name ?? '',
          role: caller?.role ? t(`auth.roles.${caller.role}`) : '',
        })}
      </Paragraph>
      <Paragraph>{t('auth.forbidden.help')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('auth.forbidden.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
