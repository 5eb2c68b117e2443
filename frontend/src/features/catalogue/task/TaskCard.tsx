import { useTranslation } from 'react-i18next';
import { ItemCard } from '@/features/catalogue/components/ItemCard';
import { Fact, useOrganisationLine } from '@/features/catalogue/components/ItemFacts';
import type { LinkedItem, Task } from '@/lib/catalogue';
import { useItem } from '@/features/catalogue/api/getItem';

function TaskFacts({ task }: { task: Task }) {
  const { t } = useTranslation();
  const organisations = useOrganisationLine(task);
  return (
    <>
      {organisations.first && <Fact label={t('catalogue.facts.organisation.task')}>{organisations.first}</Fact>}
      {task.horizon && <Fact label={t('catalogue.facts.horizon')}>{t(`catalogue.horizons.${task.horizon}`)}</Fact>}
    </>
  );
}

/** A linked task as a card: what it is and who leads it. */
export function TaskCard({ link }: { link: LinkedItem }) {
  const task = useItem('task', link.id);
  const item = task.data?.item;
  return (
    <ItemCard link={link} summary={item?.summary} loading={task.isPending} error={task.error}>
      {item && <TaskFacts task={item} />}
    </ItemCard>
  );
}
