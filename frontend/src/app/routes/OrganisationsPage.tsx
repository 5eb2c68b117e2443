import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { DownloadLink } from '@/components/DownloadLink';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { ORGANISATIONS_EXPORT_URL } from '@/features/organisation/api/exportOrganisations';
import { OrganisationTable } from '@/features/organisation/components/OrganisationTable';

export function OrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  return (
    <>
      <Heading level={1}>{t('organisations.title')}</Heading>
      <Paragraph>{t('organisations.intro')}</Paragraph>
      <OrganisationTable />
      <p>
        <DownloadLink href={ORGANISATIONS_EXPORT_URL} fileName="organisaties.csv">
          {t('organisations.export')}
        </DownloadLink>
      </p>
    </>
  );
}
