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
import { type ReactNode, memo, startTransition, useDeferredValue, useEffect, useMemo, useState } from 'react';
import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import type { HousingQuota } from '@/features/quota/api/quota';
import { QuotaFigureCells } from './QuotaFigureCells';
import { DEFAULT_SORT, type QuotaSort, type QuotaSortKey, nextSort, sortQuotas } from './quotaFigures';
import { TableScaffold } from '@/components/TableScaffold';

interface QuotaTableProps {
  quotas: readonly HousingQuota[];
  caption: string;
  /** The province column; left out where every row is in the same province. */
  showProvince?: boolean;
  id?: string;
  busy?: boolean;
}

const NUMERIC: readonly QuotaSortKey[] = ['target', 'realised', 'arrearsIn', 'arrearsEnd', 'share'];
/**
 * The rows drawn at once, and then in each further step: a phone stays responsive while the table of 352
 * municipalities fills, instead of one render of all of them.
 */
const ROWS_PER_STEP = 40;

/**
 * How many of `total` rows to draw: ROWS_PER_STEP at first, then ROWS_PER_STEP more in each render React may
 * interrupt (a deferred value), one step after the other until all are there.
 */
function useRowsDrawn(total: number): number {
  const [wanted, setWanted] = useState(ROWS_PER_STEP);
  const drawn = useDeferredValue(Math.min(wanted, total), Math.min(total, ROWS_PER_STEP));
  useEffect(() => {
    if (drawn >= total) return;
    // the next step once this one is on the screen, as a transition so that input goes first
    const next = setTimeout(() => startTransition(() => setWanted(drawn + ROWS_PER_STEP)));
    return () => clearTimeout(next);
  }, [drawn, total]);
  return drawn;
}

interface QuotaRowProps {
  quota: HousingQuota;
  showProvince: boolean;
  /** The table's texts: they change with the language, and so draw the row again. */
  t: TFunction;
  language: string;
}

/** One municipality's row; memo, so that drawing the next step does not draw the rows before it again. */
const QuotaRow = memo(function QuotaRow({ quota, showProvince, t, language }: QuotaRowProps) {
  return (
    <TableRow data-code={quota.municipality.code}>
      <TableHeaderCell scope="row">
        <RouterLink to={`/regios/${quota.municipality.code}`}>{quota.municipality.name}</RouterLink>
      </TableHeaderCell>
      {showProvince && <TableCell>{quota.municipality.provinceName}</TableCell>}
      <QuotaFigureCells quota={quota} t={t} language={language} />
    </TableRow>
  );
});

/** A column header that sorts: a button inside the header cell, and aria-sort on the cell that is sorted. */
function SortHeader({
  column,
  sort,
  onSort,
  children,
}: {
  column: QuotaSortKey;
  sort: QuotaSort;
  onSort: (key: QuotaSortKey) => void;
  children: ReactNode;
}) {
  const sorted = sort.key === column;
  return (
    <TableHeaderCell
      scope="col"
      aria-sort={sorted ? sort.direction : undefined}
      className={NUMERIC.includes(column) ? 'hr-numeric' : undefined}
    >
      <button type="button" className="hr-sort-button" onClick={() => onSort(column)}>
        {children}
        {sorted && (
          <span className="hr-sort-button__icon" aria-hidden="true">
            {sort.direction === 'ascending' ? '▲' : '▼'}
          </span>
        )}
      </button>
    </TableHeaderCell>
  );
}

/**
 * Every municipality's figures in a table that sorts on each column: target, realised, arrears carried
 * in, arrears or lead at the end, the share realised, and which figures are estimates (marked "≈" in
 * the cells too). Unknown figures say so and sort last. The first rows come at once, the rest in steps just after.
 */
export function QuotaTable({ quotas, caption, showProvince = true, id, busy = false }: QuotaTableProps) {
  const { t, i18n } = useTranslation();
  const [sort, setSort] = useState<QuotaSort>(DEFAULT_SORT);
  const rows = useMemo(() => sortQuotas(quotas, sort), [quotas, sort]);
  const shown = useRowsDrawn(rows.length);
  if (quotas.length === 0) return <Paragraph>{t('quota.table.none')}</Paragraph>;
  const onSort = (key: QuotaSortKey) => setSort((current) => nextSort(current, key));
  const header = (column: QuotaSortKey, text: string) => (
    <SortHeader column={column} sort={sort} onSort={onSort}>
      {text}
    </SortHeader>
  );
  const sortedBy = t('quota.table.sortedBy', {
    column: t(`quota.columns.${sort.key}`),
    direction: t(`quota.table.${sort.direction}`),
  });

  return (
    <TableScaffold id={id} tabIndex={-1}>
      <Table aria-busy={busy || shown < rows.length} className="hr-quota-table">
        <TableCaption>
          {caption} <span className="hr-note hr-caption-note">{sortedBy}</span>
        </TableCaption>
        <TableHeader>
          <TableRow>
            {header('municipality', t('quota.columns.municipality'))}
            {showProvince && header('province', t('quota.columns.province'))}
            {header('target', t('quota.columns.target'))}
            {header('realised', t('quota.columns.realised'))}
            {header('arrearsIn', t('quota.columns.arrearsIn'))}
            {header('arrearsEnd', t('quota.columns.arrearsEnd'))}
            {header('share', t('quota.columns.share'))}
            <TableHeaderCell scope="col">{t('quota.columns.estimated')}</TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {rows.slice(0, shown).map((quota) => (
            <QuotaRow
              key={quota.municipality.code}
              quota={quota}
              showProvince={showProvince}
              t={t}
              language={i18n.language}
            />
          ))}
        </TableBody>
      </Table>
    </TableScaffold>
  );
}
