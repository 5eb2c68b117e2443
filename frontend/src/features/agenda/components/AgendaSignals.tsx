import { Paragraph } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import type { AgendaItem } from '@/features/agenda/api/agenda';

/**
 * The signals forwarded to an action. The support team gets each reference as a link to the signal;
 * everyone else only how many there are (the API gives them no more).
 */
export function AgendaSignals({
  item,
  support,
}: {
  item: Pick<AgendaItem, 'signalCount' | 'signals'>;
  support: boolean;
}) {
  const { t } = useTranslation();
  const lang = useNl();
  if (item.signalCount === 0) return <>{t('agenda.signalsNone')}</>;
  if (!support || item.signals.length === 0) return <>{t('agenda.signalCount', { count: item.signalCount })}</>;
  return (
    <>
      <Paragraph className="hr-compact-paragraph">{t('agenda.signalCount', { count: item.signalCount })}:</Paragraph>
      <ul className="hr-plain-list hr-agenda-signals">
        {item.signals.map((signal) => (
          <li key={signal.id}>
            <RouterLink to={`/signalen/${signal.id}`}>{signal.reference}</RouterLink>{' '}
            <span lang={lang}>{signal.title}</span>
          </li>
        ))}
      </ul>
    </>
  );
}
