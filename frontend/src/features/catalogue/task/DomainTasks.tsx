import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { problemMessage } from '@/components/ProblemAlert';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { EMPTY_SEARCH, itemPath } from '@/lib/catalogue';
import { useItemSearch } from '@/features/catalogue/api/searchItems';

/** Every published task, fetched once for all domains. */
const PUBLISHED_BY_TITLE = { ...EMPTY_SEARCH, status: 'published', sort: 'title' } as const;

/**
 * The published tasks that DomainTasks shows: the page calls it and hands the result to each domain's list, so the
 * tasks are asked for beside the domains rather than once they have arrived.
 */
export function usePublishedTasks() {
  return useItemSearch('task', PUBLISHED_BY_TITLE, { pageSize: 100 });
}

/** The published tasks of one domain, each linking to its page (journey 2 starts here). */
export function DomainTasks({ domain, tasks }: { domain: string; tasks: ReturnType<typeof usePublishedTasks> }) {
  const { t } = useTranslation();
  const id = useId();
  const lang = useNl();
  if (tasks.isPending) return <Paragraph className="hr-muted-text">{t('app.loading')}</Paragraph>;
  if (tasks.error) return <Paragraph className="hr-muted-text">{problemMessage(tasks.error, t)}</Paragraph>;
  const ofDomain = tasks.data.items.filter((task) => task.domains.includes(domain));
  return (
    <>
      <Heading level={4} id={id} className="hr-card__subheading">
        {t('home.tasks')}
      </Heading>
      {ofDomain.length === 0 ? (
        <Paragraph>{t('home.noTasks')}</Paragraph>
      ) : (
        <ul className="hr-card__list" aria-labelledby={id}>
          {ofDomain.map((task) => (
            <li key={task.id}>
              <RouterLink to={itemPath('task', task.id)} lang={lang}>
                {task.title}
              </RouterLink>
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
