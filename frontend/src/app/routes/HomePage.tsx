import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '../../components/useDocumentTitle';
import { DomainList } from '../../features/domain/components/DomainList';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  return (
    <>
      <Heading level={1}>{t('home.title')}</Heading>
      <Paragraph appearance="lead">{t('home.intro1')}</Paragraph>
      <Paragraph>{t('home.intro2')}</Paragraph>
      <section aria-labelledby="domains-heading">
        <Heading level={2} id="domains-heading">
          {t('home.domainsTitle')}
        </Heading>
        <Paragraph>{t('home.domainsIntro')}</Paragraph>
        <DomainList />
      </section>
    </>
  );
}
