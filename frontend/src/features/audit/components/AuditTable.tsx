import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '@/components/DataTable';
import { formatDateTime } from '@/lib/format';
import type { Page } from '@/lib/page';
import type { AuditEvent } from '@/features/audit/api/getAuditEvents';

/** Every action the API records (accounts, clients, catalogue, agenda, plans, quota, signals and their moves). */
const ACTIONS = [
  'created',
  'changed',
  'updated',
  'deactivated',
  'password-reset',
  'revoked',
  'published',
  'archived',
  'draft',
  'linked',
  'unlinked',
  'imported',
  'submitted',
  'classified',
  'noted',
  'attached',
  'start',
  'answer',
  'reject',
  'forward',
  'close',
  'reopen',
] as const;
/** Every kind of item the API records changes to; the filter offers each. */
const ENTITY_TYPES = [
  'user',
  'api-client',
  'task',
  'measure',
  'funding',
  'agenda-item',
  'provincial-plan',
  'housing-quota',
  'signal',
] as const;

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

type Change = NonNullable<AuditEvent['change']>;

/** The words for an API value of a changed field, from where the app keeps them; an unknown value as the API names it. */
function valueText(
  entityType: string,
  field: Change['field'],
  value: string,
  t: TFunction,
  exists: (key: string) => boolean,
): string {
  const key =
    field === 'role'
      ? `auth.roles.${value}`
      : entityType === 'signal'
        ? `signals.statuses.${value}`
        : entityType === 'provincial-plan'
          ? `plans.statuses.${value}`
          : undefined;
  return key && exists(key) ? t(key as 'auth.roles.admin') : value;
}

/** The changed field in words: "status van Ingediend naar In behandeling", "rol Redacteur". */
export function changeText(
  event: Pick<AuditEvent, 'entityType' | 'change'>,
  t: TFunction,
  exists: (key: string) => boolean,
): string | undefined {
  const change = event.change;
  if (!change) return undefined;
  const to = valueText(event.entityType, change.field, change.to, t, exists);
  if (change.field === 'role') return t('audit.changes.role', { to });
  if (!change.from) return t('audit.changes.statusNew', { to });
  return t('audit.changes.status', { from: valueText(event.entityType, change.field, change.from, t, exists), to });
}

interface AuditTableProps {
  events: Page<AuditEvent>;
  busy?: boolean;
}

/** One page of the audit log, newest first: when, by whom, what, to which item, and what changed in words. */
export function AuditTable({ events, busy = false }: AuditTableProps) {
  const { t, i18n } = useTranslation();
  const columns: Column<AuditEvent>[] = [
    {
      header: t('audit.when'),
      cell: (event) => <time dateTime={event.occurredAt}>{formatDateTime(event.occurredAt, i18n.language)}</time>,
    },
    {
      header: t('audit.actor'),
      cell: (event) => (
        <>
          {event.actorName} <span className="hr-muted">({t(`audit.actorTypes.${event.actorType}`)})</span>
        </>
      ),
    },
    { header: t('audit.action'), cell: (event) => actionText(event.action, t) },
    { header: t('audit.entity'), cell: (event) => entityTypeText(event.entityType, t) },
    {
      header: t('audit.summary'),
      cell: (event) => (
        <>
          <span lang="nl">{event.summary}</span>
          {event.change && `: ${changeText(event, t, (key) => i18n.exists(key))}`}
        </>
      ),
    },
  ];
  return (
    <DataTable
      caption={t('audit.caption', { page: events.page, pages: events.totalPages })}
      columns={columns}
      rows={events.items}
      rowKey={(event) => String(event.id)}
      empty={t('audit.none')}
      busy={busy}
    />
  );
}
