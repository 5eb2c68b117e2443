import { Heading } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Fact, ItemFacts, formatPeriod } from '@/features/catalogue/components/ItemFacts';
import { Paragraphs } from '@/features/catalogue/components/Paragraphs';
import { useNl } from '@/components/useNl';
import type { Task } from '@/lib/catalogue';

/** A task: its summary, who leads it and for whom, its term and period, and the full explanation. */
export function TaskDetails({ item: task }: { item: Task }) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const period = formatPeriod(task.periodStart, task.periodEnd, t, i18n.language);
  return (
    <>
      <div lang={lang}>
        <Paragraphs text={task.summary} lead />
      </div>
      <ItemFacts kind="task" item={task}>
        {task.horizon && <Fact label={t('catalogue.facts.horizon')}>{t(`catalogue.horizons.${task.horizon}`)}</Fact>}
        {period && <Fact label={t('catalogue.facts.period')}>{period}</Fact>}
      </ItemFacts>
      {task.body && (
        <section aria-labelledby="task-body" lang={lang}>
          <Heading level={2} id="task-body">
            {t('catalogue.about')}
          </Heading>
          <Paragraphs text={task.body} />
        </section>
      )}
    </>
  );
}
