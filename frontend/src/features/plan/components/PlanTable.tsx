import {
  Link,
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { useNl } from '@/components/useNl';
import { formatDate } from '@/lib/format';
import type { ProvincialPlan } from '@/features/plan/api/plan';
import { PlanStatusBadge, isWebAddress } from './labels';
import { TableScaffold } from '@/components/TableScaffold';

const collator = new Intl.Collator('nl');

/**
 * Journey 5: which provinces delivered their plan. A sentence with the count — and, where the sources do
 * not say, how many are unknown rather than "not delivered" — then the twelve provinces with status in
 * words, the dates, the document and a note.
 */
export function PlanTable({ plans }: { plans: readonly ProvincialPlan[] }) {
  const { t, i18n } = useTranslation();
  const lang = useNl();
  const delivered = plans.filter((plan) => plan.status === 'delivered').length;
  const unknown = plans.filter((plan) => plan.status === 'unknown').length;
  const rows = [...plans].sort((a, b) => collator.compare(a.provinceName, b.provinceName));
  const date = (value: string | null | undefined) =>
    value ? (
      <time dateTime={value}>{formatDate(value, i18n.language)}</time>
    ) : (
      <span className="hr-muted-text">{t('plans.unknownDate')}</span>
    );
  return (
    <>
      <Paragraph className="hr-result-count">
        {unknown > 0
          ? t('plans.partlyKnown', { count: unknown, delivered, total: plans.length })
          : t('plans.deliveredCount', { count: delivered, total: plans.length })}
      </Paragraph>
      <TableScaffold>
        <Table className="hr-plan-table">
          <TableCaption>{t('plans.caption')}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('plans.columns.province')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('plans.columns.status')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('plans.columns.requestedOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('plans.columns.deliveredOn')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('plans.columns.document')}</TableHeaderCell>
              <TableHeaderCell scope="col">{t('plans.columns.note')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {rows.map((plan) => (
              <TableRow key={plan.provinceCode} data-code={plan.provinceCode}>
                <TableHeaderCell scope="row">
                  <RouterLink to={`/regios/${plan.provinceCode}`}>{plan.provinceName}</RouterLink>
                </TableHeaderCell>
                <TableCell>
                  <PlanStatusBadge status={plan.status} />
                </TableCell>
                <TableCell className="hr-nowrap">{date(plan.requestedOn)}</TableCell>
                <TableCell className="hr-nowrap">{date(plan.deliveredOn)}</TableCell>
                <TableCell>
                  {isWebAddress(plan.documentUrl) ? (
                    <Link href={plan.documentUrl}>{t('plans.documentLink', { province: plan.provinceName })}</Link>
                  ) : (
                    <span className="hr-muted-text">{t('plans.noDocument')}</span>
                  )}
                </TableCell>
                <TableCell>
                  {plan.note ? <span lang={lang}>{plan.note}</span> : <span className="hr-muted-text">—</span>}
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScaffold>
    </>
  );
}
