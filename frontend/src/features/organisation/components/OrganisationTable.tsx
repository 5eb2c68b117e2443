import { Link, StatusBadge } from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { type Column, DataTable } from '@/components/DataTable';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { type Organisation, useOrganisations } from '@/features/organisation/api/getOrganisations';

function hostOf(url: string): string {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return url;
  }
}

/** All organisations in a table; support-team members carry a badge that says so in words. */
export function OrganisationTable() {
  const { t, i18n } = useTranslation();
  const english = i18n.language === 'en';
  const { data, error, isPending, refetch } = useOrganisations();

  if (isPending) return <Loading />;
  if (error) return <ProblemAlert error={error} onRetry={() => void refetch()} />;

  const columns: Column<Organisation>[] = [
    { header: t('organisations.abbreviation'), cell: (organisation) => organisation.abbreviation ?? organisation.code },
    {
      header: t('organisations.name'),
      cell: (organisation) => (
        <>
          <span className="hr-organisation-name">{(english && organisation.nameEn) || organisation.name}</span>
          {organisation.description && (
            // The role is only written in Dutch; say so, so a screen reader pronounces it right.
            <span className="hr-organisation-role" lang="nl">
              {organisation.description}
            </span>
          )}
        </>
      ),
    },
    {
      header: t('organisations.kind'),
      cell: (organisation) => (organisation.kind ? t(`organisations.kinds.${organisation.kind}`) : '—'),
    },
    {
      header: t('organisations.supportTeam'),
      cell: (organisation) =>
        organisation.supportTeam ? (
          <StatusBadge status="active">{t('organisations.member')}</StatusBadge>
        ) : (
          <span className="hr-muted">{t('organisations.notMember')}</span>
        ),
    },
    {
      header: t('organisations.source'),
      cell: (organisation) =>
        organisation.sourceUrl ? (
          <Link href={organisation.sourceUrl} external>
            {hostOf(organisation.sourceUrl)}
          </Link>
        ) : (
          '—'
        ),
    },
  ];
  return (
    <DataTable
      caption={t('organisations.caption')}
      columns={columns}
      rows={data.items}
      rowKey={(organisation) => organisation.code}
      rowProps={(organisation) => ({ 'data-organisation': organisation.code })}
    />
  );
}
