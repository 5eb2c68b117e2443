import { DataList, DataListItem, DataListKey, DataListValue, Link } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { domainName } from '@/components/labels';
import { useNl } from '@/components/useNl';
import { formatDateTime, hostOf } from '@/lib/format';
import type { AgendaItem } from '@/features/agenda/api/agenda';
import { AgendaSignals } from './AgendaSignals';
import { AgendaStatusBadge, useFinancialText } from './labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** An action's facts: status, owner, domain, financial consequence with its note, signals, source, last change. */
export function AgendaItemFacts({
  item,
  support,
  compact = false,
}: {
  item: AgendaItem;
  support: boolean;
  compact?: boolean;
}) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const financial = useFinancialText();
  return (
    <DataList className={compact ? 'hr-facts hr-facts--compact' : 'hr-facts'}>
      <Fact label={t('agenda.columns.status')}>
        <AgendaStatusBadge status={item.status} />
      </Fact>
      <Fact label={t('agenda.owner')}>
        <span lang={lang}>{item.owner.name}</span> ({item.owner.code})
      </Fact>
      <Fact label={t('agenda.columns.domain')}>{domainName(t, item.domain)}</Fact>
      <Fact label={t('agenda.columns.financial')}>
        {item.financialEur == null ? (
          <span className="hr-financial hr-unknown" data-amount="">
            {t('agenda.financialUnknown')}
          </span>
        ) : (
          <span className="hr-financial" data-amount={item.financialEur}>
            {financial(item)}
          </span>
        )}
        {item.financialNote && (
          <>
            {' '}
            <span className="hr-note" lang={lang}>
              {item.financialNote}
            </span>
          </>
        )}
      </Fact>
      <Fact label={t('agenda.columns.signals')}>
        <AgendaSignals item={item} support={support} />
      </Fact>
      {!compact && item.source && (
        <Fact label={t('agenda.columns.source')}>
          {/^https?:\/\//.test(item.source) ? (
            // Named by its site, as every source in the app, not as a raw address.
            <Link href={item.source} external>
              {hostOf(item.source)}
            </Link>
          ) : (
            <span lang={lang}>{item.source}</span>
          )}
        </Fact>
      )}
      {!compact && (
        <Fact label={t('agenda.columns.updatedAt')}>
          <time dateTime={item.updatedAt}>{formatDateTime(item.updatedAt, i18n.language)}</time> (
          {t('agenda.version', { version: item.version })})
        </Fact>
      )}
    </DataList>
  );
}
