import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '../../../lib/format';
import type { Page } from '../../../lib/page';
import type { AuditEvent } from '../api/getAuditEvents';

const ACTIONS = ['created', 'changed', 'deactivated', 'password-reset', 'revoked'] as const;
const ENTITY_TYPES = ['user', 'api-client'] as const;

function oneOf<T extends string>(values: readonly T[], value: string): value is T {
  return (values as readonly string[]).includes(value);
}

/** An action in words; one the app does not know yet is shown as the API names it. */
export function actionText(action: string, t: TFunction): string {
  return oneOf(ACTIONS, action) ? t(`audit.actions.${action}`) : action;
}

export function entityTypeText(entityType: string, t: TFunction): string {
  return oneOf(ENTITY_TYPES, entityType) ? t(`audit.entityTypes.${entityType}`) : entityType;
}

export const AUDIT_ENTITY_TYPES = ENTITY_TYPES;

interface AuditTableProps {
  events: Page<AuditEvent>;
  busy?: boolean;
}

/** One page of the audit log, newest first: when, by whom, what, to which item. */
export function AuditTable({ events, busy = false }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  if (events.items.length === 0) {
    return <Paragraph>{t('audit.none')}</Paragraph>;
  }
  return (
    <div className="hr-table-scroll">
      <Table aria-busy={busy}>
        <TableCaption>{t('audit.caption', { page: events.page, pages: events.totalPages })}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('audit.when')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.actor')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.action')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.entity')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('audit.summary')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {events.items.map((event) => (
            <TableRow key={event.id}>
              <TableHeaderCell scope="row">
                <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>
              </TableHeaderCell>
              <TableCell>
                {event.actorName} <span className="hr-muted">({t(`audit.actorTypes.${event.actorType}`)})</span>
              </TableCell>
              <TableCell>{actionText(event.action, t)}</TableCell>
              <TableCell>{entityTypeText(event.entityType, t)}</TableCell>
              <TableCell>
                <span lang="nl">{event.summary}</span>
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </div>
  );
}
