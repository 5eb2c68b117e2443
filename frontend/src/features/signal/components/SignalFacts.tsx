import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { formatDate, formatDateTime } from '@/lib/format';
import type { Signal } from '@/features/signal/api/signal';
import { useThemeName } from './labels';
import { OverdueBadge, SignalStatusBadge } from './SignalBadges';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** The facts of a signal: what, about which theme, from whom, who handles it, its status and its dates. */
export function SignalFacts({ signal }: { signal: Signal }) {
  const { t, i18n } = useTranslation();
  const themeName = useThemeName();
  return (
    <DataList className="hr-facts">
      <Fact label={t('signals.detail.reference')}>
        <strong>{signal.reference}</strong>
      </Fact>
      <Fact label={t('signals.detail.status')}>
        <SignalStatusBadge status={signal.status} />
      </Fact>
      <Fact label={t('signals.detail.type')}>{t(`signals.types.${signal.type}`)}</Fact>
      <Fact label={t('signals.detail.theme')}>{themeName(signal.theme)}</Fact>
      <Fact label={t('signals.detail.region')}>{signal.region.name}</Fact>
      <Fact label={t('signals.detail.submittedBy')}>{signal.submittedBy}</Fact>
      <Fact label={t('signals.detail.submittedAt')}>
        <time dateTime={signal.submittedAt}>{formatDateTime(signal.submittedAt, i18n.language)}</time>
      </Fact>
      <Fact label={t('signals.detail.owner')}>{signal.owner.name}</Fact>
      <Fact label={t('signals.detail.priority')}>{t(`signals.priorities.${signal.priority}`)}</Fact>
      <Fact label={t('signals.detail.dueOn')}>
        <time dateTime={signal.dueOn}>{formatDate(signal.dueOn, i18n.language)}</time>
        {signal.overdue && (
          <>
            {' '}
            <OverdueBadge />
          </>
        )}
      </Fact>
      {signal.answeredAt && (
        <Fact label={t('signals.detail.answeredAt')}>
          <time dateTime={signal.answeredAt}>{formatDateTime(signal.answeredAt, i18n.language)}</time>
        </Fact>
      )}
      {signal.agendaItem && (
        <Fact label={t('signals.detail.agendaItem')}>
          <RouterLink to={`/agenda/${signal.agendaItem.id}`} lang={i18n.language === 'nl' ? undefined : 'nl'}>
            {signal.agendaItem.title}
          </RouterLink>
        </Fact>
      )}
      {signal.status === 'answered' && signal.reopenUntil && (
        <Fact label={t('signals.detail.reopenUntil')}>
          <time dateTime={signal.reopenUntil}>{formatDateTime(signal.reopenUntil, i18n.language)}</time>
        </Fact>
      )}
    </DataList>
  );
}
