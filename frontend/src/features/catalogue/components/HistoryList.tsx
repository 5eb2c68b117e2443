import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { type HistoryEntry, STATUSES } from '@/lib/catalogue';
import { audienceName, domainName } from '@/components/labels';
import { VersionHistory } from '@/components/VersionHistory';

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
  return field && (FIELDS as readonly string[]).includes(field)
    ? t(`editor.fields.${field as (typeof FIELDS)[number]}`)
    : (field ?? '');
}

const HORIZONS = ['short', 'medium', 'long'] as const;

/** Codes in words where the interface knows them (status, horizon, domains, audiences); other values as stored. */
function valueText(t: TFunction, field: string | undefined, value: string): { text: string; content: boolean } {
  const list = (name: (t: TFunction, code: string) => string) =>
    value
      .split(/\s*,\s*/)
      .map((code) => name(t, code))
      .join(', ');
  if (field === 'status' && (STATUSES as readonly string[]).includes(value))
    return { text: t(`catalogue.statuses.${value as 'draft'}`), content: false };
  if (field === 'horizon' && (HORIZONS as readonly string[]).includes(value))
    return { text: t(`catalogue.horizons.${value as 'short'}`), content: false };
  if (field === 'domains') return { text: list(domainName), content: false };
  if (field === 'audiences') return { text: list(audienceName), content: false };
  return { text: value, content: true };
}

/** Every version of a catalogue item, newest first: its number, what happened, who and when, and each field from → to. */
export function HistoryList({ entries }: { entries: HistoryEntry[] }) {
  const { t } = useTranslation();
  return (
    <VersionHistory
      versions={entries}
      level={2}
      fieldName={(field) => fieldName(t, field)}
      valueText={(field, value) => {
        const words = valueText(t, field, value);
        return words.content ? null : words.text;
      }}
    />
  );
}
