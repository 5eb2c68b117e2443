import { Heading, Paragraph, Table, TableBody, TableCaption, TableCell, TableHeader, TableHeaderCell, TableRow } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { useNl } from '@/components/useNl';
import { formatDateTime } from '@/lib/format';
import type { AgendaItemChange } from '@/features/agenda/api/agenda';
import { TableScaffold } from '@/components/TableScaffold';

const FIELDS = ['title', 'description', 'domain', 'owner', 'status', 'milestones', 'financialEur', 'financialNote', 'source'] as const;

function fieldName(t: TFunction, field: string | undefined): string {
  return field && (FIELDS as readonly string[]).includes(field) ? t(`agenda.fields.${field as (typeof FIELDS)[number]}`) : (field ?? '');
}

/** Every version of an action, newest first: what happened, who and when, and each field from → to. */
export function AgendaHistory({ changes }: { changes: readonly AgendaItemChange[] }) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  if (changes.length === 0) return <Paragraph>{t('editor.history.none')}</Paragraph>;
  const entries = [...changes].sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
  const value = (text: string | null | undefined) =>
    text === null || text === undefined || text === '' ? (
      <span className="hr-muted-text">{t('editor.history.empty')}</span>
    ) : (
      <span className="hr-history__value" lang={lang}>
        {text}
      </span>
    );
  return (
    <ol className="hr-history">
      {entries.map((entry) => (
        <li key={entry.version} className="hr-history__entry">
          <Heading level={3}>
            {t('editor.history.version', { version: entry.version })}: {entry.action ? t(`editor.history.actions.${entry.action}`) : ''}
          </Heading>
          <Paragraph>
            {t('editor.history.byAt', { name: entry.actorName ?? '', when: entry.changedAt ? formatDateTime(entry.changedAt, i18n.language) : '' })}
          </Paragraph>
          {(entry.changes ?? []).length > 0 && (
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
                  {(entry.changes ?? []).map((change, index) => (
                    <TableRow key={`${change.field}-${index}`}>
                      <TableHeaderCell scope="row">{fieldName(t, change.field)}</TableHeaderCell>
                      <TableCell>{value(change.from)}</TableCell>
                      <TableCell>{value(change.to)}</TableCell>
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
