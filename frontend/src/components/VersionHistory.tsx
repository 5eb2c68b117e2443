import {
  Heading,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { TableScaffold } from '@/components/TableScaffold';
import { useNl } from '@/components/useNl';
import { formatDateTime } from '@/lib/format';

/** One version of something kept with its history: what happened, who and when, and each field from → to. */
export interface Version {
  version?: number;
  action?: string;
  actorName?: string | null;
  changedAt?: string;
  changes?: readonly { field?: string; from?: string | null; to?: string | null }[];
}

interface VersionHistoryProps {
  versions: readonly Version[];
  /** The heading level of each version, under the page's own headings. */
  level: 2 | 3;
  /** The field in words. */
  fieldName: (field: string | undefined) => string;
  /** A value in words where the feature knows them (codes); null to show it as it was written (content, in Dutch). */
  valueText?: (field: string | undefined, value: string) => string | null;
}

const ACTIONS = ['created', 'updated', 'published', 'archived', 'draft', 'linked', 'unlinked'] as const;

/** What happened in words; an action the app has no words for yet as the API names it. */
function actionText(
  action: string | undefined,
  say: (key: `editor.history.actions.${(typeof ACTIONS)[number]}`) => string,
): string {
  if (!action) return '';
  return (ACTIONS as readonly string[]).includes(action)
    ? say(`editor.history.actions.${action as (typeof ACTIONS)[number]}`)
    : action;
}

/** Every version, newest first: its number, what happened, who and when, and each field from → to. */
export function VersionHistory({ versions, level, fieldName, valueText = () => null }: VersionHistoryProps) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  if (versions.length === 0) return <Paragraph>{t('editor.history.none')}</Paragraph>;
  const newestFirst = [...versions].sort((a, b) => (b.version ?? 0) - (a.version ?? 0));
  const value = (field: string | undefined, text: string | null | undefined): ReactNode => {
    if (text === null || text === undefined || text === '')
      return <span className="hr-muted-text">{t('editor.history.empty')}</span>;
    const words = valueText(field, text);
    return (
      <span className="hr-history__value" lang={words === null ? lang : undefined}>
        {words ?? text}
      </span>
    );
  };
  return (
    <ol className="hr-history">
      {newestFirst.map((entry) => (
        <li key={entry.version} className="hr-history__entry">
          <Heading level={level}>
            {t('editor.history.version', { version: entry.version })}: {actionText(entry.action, (key) => t(key))}
          </Heading>
          <Paragraph>
            {t('editor.history.byAt', {
              name: entry.actorName ?? '',
              when: entry.changedAt ? formatDateTime(entry.changedAt, i18n.language) : '',
            })}
          </Paragraph>
          {(entry.changes ?? []).length > 0 && (
            <TableScaffold>
              <Table className="hr-history__table">
                <TableCaption className="hr-visually-hidden">
                  {t('editor.history.caption', { version: entry.version })}
                </TableCaption>
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
                      <TableHeaderCell scope="row">{fieldName(change.field)}</TableHeaderCell>
                      <TableCell>{value(change.field, change.from)}</TableCell>
                      <TableCell>{value(change.field, change.to)}</TableCell>
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
