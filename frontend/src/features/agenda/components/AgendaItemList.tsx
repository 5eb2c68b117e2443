import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { type AgendaItem, agendaItemPath } from '@/features/agenda/api/agenda';
import { AgendaItemFacts } from './AgendaItemFacts';
import { sortAgendaItems } from './milestones';

/** The actions as cards (running first, stopped last): title (to its page), status, owner, domain, money and signals, and how many milestones. */
export function AgendaItemList({ items, support }: { items: readonly AgendaItem[]; support: boolean }) {
  const { t } = useTranslation();
  const lang = useNl();
  if (items.length === 0) return <Paragraph>{t('agenda.none')}</Paragraph>;
  return (
    <ul className="hr-linked__list hr-agenda-items">
      {sortAgendaItems(items).map((item) => (
        <li key={item.id} className="hr-card hr-agenda-item" data-id={item.id}>
          <Heading level={3} lang={lang}>
            <RouterLink to={agendaItemPath(item.id)}>{item.title}</RouterLink>
          </Heading>
          <AgendaItemFacts item={item} support={support} compact />
          <Paragraph className="hr-note">
            {item.milestones.length === 0
              ? t('agenda.milestonesNone')
              : t('agenda.milestoneCount', {
                  count: item.milestones.length,
                  done: item.milestones.filter((milestone) => milestone.done).length,
                })}
          </Paragraph>
        </li>
      ))}
    </ul>
  );
}
