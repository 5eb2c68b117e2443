import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { domainName } from '@/components/labels';
import { useNl } from '@/components/useNl';
import { type Audience, type CatalogueSearch, DOMAINS, EMPTY_SEARCH, itemPath } from '@/lib/catalogue';
import { useItemSearch } from '@/features/catalogue/api/searchItems';

/**
 * The published tasks addressed to an audience (a municipality's or a province's), per domain, each
 * linking to its page with the measures and funding that support it.
 */
export function AudienceTasks({ audience }: { audience: Audience }) {
  const { t } = useTranslation();
  const lang = useNl();
  const search: CatalogueSearch = { ...EMPTY_SEARCH, audience, status: 'published', sort: 'title' };
  const tasks = useItemSearch('task', search, { pageSize: 100 });
  if (tasks.isPending) return <Loading />;
  if (tasks.error) return <ProblemAlert error={tasks.error} headingLevel={3} onRetry={() => void tasks.refetch()} />;
  if (tasks.data.items.length === 0) return <Paragraph>{t('overview.noTasks')}</Paragraph>;
  return (
    <>
      {DOMAINS.map((domain) => {
        const ofDomain = tasks.data.items.filter((task) => task.domains.includes(domain));
        if (ofDomain.length === 0) return null;
        return (
          <section key={domain} aria-label={domainName(t, domain)}>
            <Heading level={3}>{domainName(t, domain)}</Heading>
            <ul className="hr-link-list">
              {ofDomain.map((task) => (
                <li key={task.id} className="hr-link-list__item">
                  <RouterLink to={itemPath('task', task.id)} lang={lang}>
                    {task.title}
                  </RouterLink>
                </li>
              ))}
            </ul>
          </section>
        );
      })}
      <Paragraph>
        <RouterLink to={`/zoeken?audience=${audience}`}>{t('overview.allTasks')}</RouterLink>
      </Paragraph>
    </>
  );
}
