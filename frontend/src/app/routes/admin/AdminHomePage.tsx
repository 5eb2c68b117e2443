import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';

const SECTIONS = [
  { to: '/beheer/gebruikers', title: 'admin.users', text: 'admin.usersText' },
  { to: '/beheer/api-clients', title: 'admin.apiClients', text: 'admin.apiClientsText' },
  { to: '/beheer/auditlog', title: 'admin.audit', text: 'admin.auditText' },
] as const;

/** /beheer: what an administrator can do, one card per part. */
export function AdminHomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('admin.title'));
  return (
    <>
      <Heading level={1}>{t('admin.title')}</Heading>
      <Paragraph>{t('admin.intro')}</Paragraph>
      <ul className="hr-cards">
        {SECTIONS.map((section) => (
          <li key={section.to} className="hr-card">
            <Heading level={2}>
              <RouterLink to={section.to}>{t(section.title)}</RouterLink>
            </Heading>
            <Paragraph>{t(section.text)}</Paragraph>
          </li>
        ))}
      </ul>
    </>
  );
}
