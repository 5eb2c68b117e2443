import { useTranslation } from 'react-i18next';
import { VersionHistory } from '@/components/VersionHistory';
import type { AgendaItemChange } from '@/features/agenda/api/agenda';

const FIELDS = [
  'title',
  'description',
  'domain',
  'owner',
  'status',
  'milestones',
  'financialEur',
  'financialNote',
  'source',
] as const;

/** Every version of an action, newest first: what happened, who and when, and each field from → to. */
export function AgendaHistory({ changes }: { changes: readonly AgendaItemChange[] }) {
  const { t } = useTranslation();
  const fieldName = (field: string | undefined) =>
    field && (FIELDS as readonly string[]).includes(field)
      ? t(`agenda.fields.${field as (typeof FIELDS)[number]}`)
      : (field ?? '');
  return <VersionHistory versions={changes} level={3} fieldName={fieldName} />;
}
