import {
  Link,
  StatusBadge,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { Loading } from '@/components/Loading';
import { ProblemAlert } from '@/components/ProblemAlert';
import { useOrganisations } from '@/features/organisation/api/getOrganisations';
import { TableScaffold } from '@/components/TableScaffold';

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

  return (
    <TableScaffold>
      <Table>
        <TableCaption>{t('organisations.caption')}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{t('organisations.abbreviation')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('organisations.name')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('organisations.kind')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('organisations.supportTeam')}</TableHeaderCell>
            <TableHeaderCell scope="col">{t('organisations.source')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {data.items.map((organisation) => (
            <TableRow key={organisation.code} data-organisation={organisation.code}>
              <TableHeaderCell scope="row">{organisation.abbreviation ?? organisation.code}</TableHeaderCell>
              <TableCell>
                <span className="hr-organisation-name">{(english && organisation.nameEn) || organisation.name}</span>
                {organisation.description && (
                  // The role is only written in Dutch; say so, so a screen reader pronounces it right.
                  <span className="hr-organisation-role" lang="nl">
                    {organisation.description}
                  </span>
                )}
              </TableCell>
              <TableCell>{organisation.kind ? t(`organisations.kinds.${organisation.kind}`) : '—'}</TableCell>
              <TableCell>
                {organisation.supportTeam ? (
                  <StatusBadge status="active">{t('organisations.member')}</StatusBadge>
                ) : (
                  <span className="hr-muted">{t('organisations.notMember')}</span>
                )}
              </TableCell>
              <TableCell>
                {organisation.sourceUrl ? (
                  <Link href={organisation.sourceUrl} external>
                    {hostOf(organisation.sourceUrl)}
                  </Link>
                ) : (
                  '—'
                )}
              </TableCell>
            </TableRow>
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
