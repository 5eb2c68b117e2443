import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '../../components/RouterLink';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { useSession } from '../../features/auth/session/useSession';

/** 403: signed in, but this page is not for the caller's role. */
export function ForbiddenPage() {
  const { t } = useTranslation();
  const { caller } = useSession();
  useDocumentTitle(t('auth.forbidden.title'));
  return (
    <>
      <Heading level={1}>{t('auth.forbidden.title')}</Heading>
      <Paragraph>
        {t('auth.forbidden.text', { name: caller?.name ?? '', role: caller?.role ? t(`auth.roles.${caller.role}`) : '' })}
      </Paragraph>
      <Paragraph>{t('auth.forbidden.help')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('auth.forbidden.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
