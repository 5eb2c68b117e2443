import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableCell,
  TableFooter,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import type { SignalStatistics } from '@/features/signal/api/signal';
import { useThemeName } from '@/features/signal/components/labels';
import { BarChart } from './charts';
import { sumOf } from './statistics';
import { TableScaffold } from '@/components/TableScaffold';

/** Signals per theme for a period (a province's page): a bar chart and a table with the same figures. */
export function ThemeCounts({ statistics, caption }: { statistics: SignalStatistics; caption: string }) {
  const { t, i18n } = useTranslation();
  const themeName = useThemeName();
  const label = (key: string, fallback: string) => {
    const name = themeName(key);
    return name === key ? fallback : name;
  };
  const number = (value: number) => formatNumber(value, i18n.language);
  return (
    <>
      <Paragraph>
        {t('signals.dashboard.periodText', {
          from: formatDate(statistics.from, i18n.language),
          to: formatDate(statistics.to, i18n.language),
        })}
      </Paragraph>
      <figure className="hr-figure">
        <div className="hr-figure__chart">
          <BarChart
            label={t('signals.dashboard.perThemeChart', { caption })}
            language={i18n.language}
            bars={statistics.byTheme.map((count) => ({
              key: count.key,
              label: label(count.key, count.label),
              value: count.count,
            }))}
          />
        </div>
        <figcaption className="hr-figure__caption">{t('signals.dashboard.chartNote')}</figcaption>
      </figure>
      <TableScaffold>
        <Table className="hr-count-table">
          <TableCaption>{caption}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('signals.detail.theme')}</TableHeaderCell>
              <TableHeaderCell scope="col" className="hr-numeric">
                {t('signals.dashboard.count')}
              </TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {statistics.byTheme.map((count) => (
              <TableRow key={count.key}>
                <TableHeaderCell scope="row">{label(count.key, count.label)}</TableHeaderCell>
                <TableCell className="hr-numeric">{number(count.count)}</TableCell>
              </TableRow>
            ))}
          </TableBody>
          <TableFooter>
            <TableRow>
              <TableHeaderCell scope="row">{t('signals.dashboard.totalColumn')}</TableHeaderCell>
              <TableCell className="hr-numeric">{number(sumOf(statistics.byTheme))}</TableCell>
            </TableRow>
          </TableFooter>
        </Table>
      </TableScaffold>
    </>
  );
}
