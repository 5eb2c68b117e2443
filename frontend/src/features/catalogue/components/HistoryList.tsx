import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type HistoryEntry, STATUSES } from '@/lib/catalogue';
import { formatDateTime } from '@/lib/format';
import { audienceName, domainName } from '@/components/labels';
import { useNl } from '@/components/useNl';
import { TableScaffold } from '@/components/TableScaffold';

const FIELDS = [
  'slug',
  'title',
  'summary',
  'body',
  'domains',
  'audiences',
  'organisationCodes',
  'sourceUrl',
  'status',
  'horizon',
  'periodStart',
  'periodEnd',
  'howToApply',
  'contact',
  'url',
  'validFrom',
  'validTo',
  'legalBasis',
  'totalBudgetEur',
  'amountPerApplicantEur',
  'amountNote',
  'opensOn',
  'closesOn',
  'openEnded',
  'windowEnded',
  'links',
] as const;

function fieldName(t: TFunction, field: string | undefined): string {
  return field && (FIELDS as readonly string[]).includes(field) ? t(`editor.fields.${field as (typeof FIELDS)[number]}`) : (field ?? '');
}

const HORIZONS = ['short', 'medium', 'long'] as const;

/** Codes in words where the interface knows them (status, horizon, domains, audiences); other values as stored. */
function valueText(t: TFunction, field: string | undefined, value: string): { text: string; content: boolean } {
  const list = (name: (t: TFunction, code: string) => string) => value.split(/\s*,\s*/).map((code) => name(t, code)).join(', ');
  if (field === 'status' && (STATUSES as readonly string[]).includes(value)) return { text: t(`catalogue.statuses.${value as 'draft'}`), content: false };
  if (field === 'horizon' && (HORIZONS as readonly string[]).includes(value)) return { text: t(`catalogue.horizons.${value as 'short'}`), content: false };
  if (field === 'domains') return { text: list(domainName), content: false };
  if (field === 'audiences') return { text: list(audienceName), content: false };
  return { text: value, content: true };
}

function Value({ field, value }: { field: string | undefined; value: string | null | undefined }) {
  const { t } = useTranslation();
  const lang = useNl();
  if (value === null || value === undefined || value === '') return <span className="hr-muted-text">{t('editor.history.empty')}</span>;
  const { text, content } = valueText(t, field, value);
  return (
    <span className="hr-history__value" lang={content ? lang : undefined}>
      {text}
    </span>
  );
}

/** Every version, newest first: its number, what happened, who and when, and each field from → to. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const { t, i18n } = useTranslation();
  if (entries.length === 0) return <Paragraph>{t('editor.history.none')}</Paragraph>;
  return (
    <ol className="hr-history">
      {entries.map((entry) => (
        <li key={entry.version} className="hr-history__entry">
          <Heading level={2}>
            {t('editor.history.version', { version: entry.version })}: {t(`editor.history.actions.${entry.action}`)}
          </Heading>
          <Paragraph>
            {t('editor.history.byAt', { name: entry.actorName, when: formatDateTime(entry.changedAt, i18n.language) })}
          </Paragraph>
          {entry.changes.length > 0 && (
            <TableScaffold>
              <Table className="hr-history__table">
                <TableCaption className="hr-visually-hidden">{t('editor.history.caption', { version: entry.version })}</TableCaption>
                <TableHeader>
                  <TableRow>
                    <TableHeaderCell scope="col">{t('editor.history.field')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('editor.history.from')}</TableHeaderCell>
                    <TableHeaderCell scope="col">{t('editor.history.to')}</TableHeaderCell>
                  </TableRow>
                </TableHeader>
                <TableBody>
                  {entry.changes.map((change, index) => (
                    <TableRow key={`${change.field}-${index}`}>
                      <TableHeaderCell scope="row">{fieldName(t, change.field)}</TableHeaderCell>
                      <TableCell>
                        <Value field={change.field} value={change.from} />
                      </TableCell>
                      <TableCell>
                        <Value field={change.field} value={change.to} />
                      </TableCell>
                    </TableRow>
                  ))}
                </TableBody>
              </Table>
            </TableScaffold>
          )}
        </li>
      ))}
    </ol>
  );
}
