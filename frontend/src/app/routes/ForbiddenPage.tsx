import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { useSession } from '@/features/session/useSession';
import type { Role } from '@/lib/session';

const LOCALES: Record<string, string> = { nl: 'nl-NL', en: 'en-GB' };

/** 403: signed in, but this page is for other roles (administrators unless said otherwise). */
export function ForbiddenPage({ roles = ['admin'] }: { roles?: readonly Role[] }) {
  const { t, i18n } = useTranslation();
  const { caller } = useSession();
  useDocumentTitle(t('auth.forbidden.title'));
  const who = { name: caller?.name ?? '', role: caller?.role ? t(`auth.roles.${caller.role}`) : '' };
  const only = roles.length === 1 ? roles[0] : undefined;
  const text =
    only === 'admin'
      ? t('auth.forbidden.text', who)
      : only === 'editor'
        ? t('auth.forbidden.textEditor', who)
        : t('auth.forbidden.textRoles', {
            ...who,
            roles: new Intl.ListFormat(LOCALES[i18n.language] ?? 'nl-NL', { type: 'conjunction' }).format(
              roles.map((role) => t(`auth.roles.${role}`)),
            ),
          });
  return (
    <>
      <Heading level={1}>{t('auth.forbidden.title')}</Heading>
      <Paragraph>{text}</Paragraph>
      <Paragraph>{t('auth.forbidden.help')}</Paragraph>
      <Paragraph>
        <RouterLink to="/">{t('auth.forbidden.home')}</RouterLink>
      </Paragraph>
    </>
  );
}
