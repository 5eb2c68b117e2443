import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { formatDate } from '@/lib/format';
import { agendaItemPath } from '@/features/agenda/api/agenda';
import { MilestoneState } from './labels';
import type { TimelineMilestone } from './milestones';

/**
 * Milestones in date order: the date, done or not in words, what is due, and which action and owner it
 * belongs to. A list, so a screen reader hears how many there are.
 */
export function MilestoneTimeline({
  milestones,
  headingLevel = 3,
}: {
  milestones: readonly TimelineMilestone[];
  headingLevel?: 3 | 4;
}) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  if (milestones.length === 0) return <Paragraph>{t('agenda.milestonesNone')}</Paragraph>;
  const Title = headingLevel === 3 ? 'h3' : 'h4';
  return (
    <ol className="hr-timeline hr-milestones">
      {milestones.map((milestone, index) => (
        <li
          key={`${milestone.item.id}-${milestone.dueOn}-${index}`}
          className="hr-timeline__entry hr-milestone"
          data-state={milestone.done ? 'done' : milestone.overdue ? 'overdue' : 'open'}
          data-due={milestone.dueOn}
        >
          <Title className={`utrecht-heading-${headingLevel} hr-timeline__title`}>
            <time dateTime={milestone.dueOn}>{formatDate(milestone.dueOn, i18n.language)}</time>
            {': '}
            <span lang={lang}>{milestone.title}</span>
          </Title>
          <p className="utrecht-paragraph hr-timeline__meta">
            <MilestoneState done={milestone.done} overdue={milestone.overdue} />
            {' · '}
            {t('agenda.milestone.of')}:{' '}
            <RouterLink to={agendaItemPath(milestone.item.id)} lang={lang}>
              {milestone.item.title}
            </RouterLink>
            {' · '}
            {t('agenda.owner')}: <span lang={lang}>{milestone.item.owner.name}</span>
          </p>
        </li>
      ))}
    </ol>
  );
}
