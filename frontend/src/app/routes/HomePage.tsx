import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { useDocumentTitle } from '@/components/useDocumentTitle';
import { RouterLink } from '@/components/RouterLink';
import { DomainList } from '@/features/domain/components/DomainList';
import { DomainTasks, usePublishedTasks } from '@/features/catalogue/task/DomainTasks';

export function HomePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('app.name'));
  const tasks = usePublishedTasks(); // asked for now, beside the domains, not once they have arrived
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
        <DomainList>{(domain) => <DomainTasks domain={domain} tasks={tasks} />}</DomainList>
      </section>
      <section aria-labelledby="find-heading">
        <Heading level={2} id="find-heading">
          {t('home.findTitle')}
        </Heading>
        <Paragraph>{t('home.findIntro')}</Paragraph>
        <ul className="hr-link-row">
          <li>
            <RouterLink to="/zoeken">{t('home.finderLink')}</RouterLink>
          </li>
          <li>
            <RouterLink to="/financiering">{t('home.fundingLink')}</RouterLink>
          </li>
        </ul>
      </section>
    </>
  );
}
