import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { OrganisationTable } from '../../features/organisation/components/OrganisationTable';

export function OrganisationsPage() {
  const { t } = useTranslation();
  useDocumentTitle(t('organisations.title'));
  return (
    <>
      <Heading level={1}>{t('organisations.title')}</Heading>
      <Paragraph>{t('organisations.intro')}</Paragraph>
      <OrganisationTable />
    </>
  );
}
