import {
  DataList,
  DataListItem,
  DataListKey,
  DataListValue,
  Heading,
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
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDate, formatNumber } from '@/lib/format';
import { SIGNAL_STATUSES, type SignalCount, type SignalStatistics, oneOf } from '@/features/signal/api/signal';
import { useThemeName } from '@/features/signal/components/labels';
import { BarChart, ColumnChart, ShareBar } from './charts';
import {
  formatDays,
  formatMonth,
  formatShare,
  highestMonthThemeCount,
  monthThemeTable,
  sumOf,
  timeliness,
} from './statistics';
import { Section } from '@/components/Section';
import { TableScaffold } from '@/components/TableScaffold';

/** A chart with the sentence that points to the table with the same figures. */
function ChartFigure({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <figure className="hr-figure">
      <div className="hr-figure__chart">{children}</div>
      <figcaption className="hr-figure__caption">{t('signals.dashboard.chartNote')}</figcaption>
    </figure>
  );
}

/** A table that may be wider than a phone: its scroll box takes focus, so keyboard users can scroll it. */
function TableScroll({ label, children }: { label: string; children: ReactNode }) {
  return (
    <TableScaffold tabIndex={0} role="group" aria-label={label}>
      {children}
    </TableScaffold>
  );
}

/** A two-column table of counts (province, status) with a total row. */
function CountTable({
  caption,
  keyHeader,
  counts,
  label,
}: {
  caption: string;
  keyHeader: string;
  counts: readonly SignalCount[];
  label: (count: SignalCount) => string;
}) {
  const { t, i18n } = useTranslation();
  return (
    <TableScroll label={caption}>
      <Table className="hr-count-table">
        <TableCaption>{caption}</TableCaption>
        <TableHeader>
          <TableRow>
            <TableHeaderCell scope="col">{keyHeader}</TableHeaderCell>
            <TableHeaderCell scope="col" className="hr-numeric">
              {t('signals.dashboard.count')}
            </TableHeaderCell>
          </TableRow>
        </TableHeader>
        <TableBody>
          {counts.map((count) => (
            <TableRow key={count.key}>
              <TableHeaderCell scope="row">{label(count)}</TableHeaderCell>
              <TableCell className="hr-numeric">{formatNumber(count.count, i18n.language)}</TableCell>
            </TableRow>
          ))}
        </TableBody>
        <TableFooter>
          <TableRow>
            <TableHeaderCell scope="row">{t('signals.dashboard.totalColumn')}</TableHeaderCell>
            <TableCell className="hr-numeric">{formatNumber(sumOf(counts), i18n.language)}</TableCell>
          </TableRow>
        </TableFooter>
      </Table>
    </TableScroll>
  );
}

/**
 * The public figures of a period: key figures; signals per month, per theme per month (small multiples
 * on one scale), per province and per status; and how many answers came on time. Every chart is
 * followed by a table with the same figures, derived from the same numbers.
 */
export function SignalStatisticsView({ statistics }: { statistics: SignalStatistics }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const themeName = useThemeName();
  const table = monthThemeTable(statistics);
  const scale = highestMonthThemeCount(table);
  const answers = timeliness(statistics);
  const number = (value: number) => formatNumber(value, language);
  const days = (value: number) =>
    t('signals.dashboard.workingDays', { count: value, days: formatDays(value, language) });
  const themeLabel = (key: string, fallback: string) => {
    const name = themeName(key);
    return name === key ? fallback : name;
  };
  const monthBars = table.rows.map((row, index) => {
    const [year, month] = row.month.split('-');
    return {
      key: row.month,
      label: formatMonth(row.month, language, 'short'),
      sublabel: index === 0 || month === '01' ? year : undefined,
      value: row.total,
    };
  });
  const statusLabel = (count: SignalCount) =>
    oneOf(SIGNAL_STATUSES, count.key) ? t(`signals.statuses.${count.key}`) : count.label;

  return (
    <>
      <Paragraph className="hr-result-count">
        {t('signals.dashboard.periodText', {
          from: formatDate(statistics.from, language),
          to: formatDate(statistics.to, language),
        })}
      </Paragraph>

      <Section title={t('signals.dashboard.keyFigures')}>
        <DataList className="hr-facts hr-key-figures">
          <DataListItem>
            <DataListKey>{t('signals.dashboard.total')}</DataListKey>
            <DataListValue>{number(statistics.total)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('signals.dashboard.answered')}</DataListKey>
            <DataListValue>{number(answers.answered)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('signals.dashboard.answeredOnTime')}</DataListKey>
            <DataListValue>{number(answers.onTime)}</DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('signals.dashboard.onTimeShare')}</DataListKey>
            <DataListValue>
              {answers.share === null ? t('signals.dashboard.notKnown') : formatShare(answers.share, language)}
            </DataListValue>
          </DataListItem>
          <DataListItem>
            <DataListKey>{t('signals.dashboard.median')}</DataListKey>
            <DataListValue>
              {answers.medianWorkingDays === null ? t('signals.dashboard.notKnown') : days(answers.medianWorkingDays)}
            </DataListValue>
          </DataListItem>
        </DataList>
      </Section>

      <Section title={t('signals.dashboard.perMonth')}>
        <ChartFigure>
          <ColumnChart label={t('signals.dashboard.perMonthChart')} bars={monthBars} language={language} />
        </ChartFigure>
        <Heading level={3}>{t('signals.dashboard.perThemeMonth')}</Heading>
        <ChartFigure>
          <ul className="hr-small-multiples">
            {table.themes.map((theme, column) => {
              const name = themeLabel(theme.key, theme.label);
              return (
                <li key={theme.key} className="hr-small-multiples__item">
                  <p className="hr-small-multiples__title">{name}</p>
                  <ColumnChart
                    size="small"
                    label={t('signals.dashboard.perThemeMonthChart', { theme: name })}
                    max={scale}
                    language={language}
                    bars={table.rows.map((row) => ({
                      key: row.month,
                      label: formatMonth(row.month, language, 'short').slice(0, 1),
                      value: row.counts[column] ?? 0,
                    }))}
                  />
                </li>
              );
            })}
          </ul>
        </ChartFigure>
        <TableScroll label={t('signals.dashboard.perThemeMonthCaption')}>
          <Table className="hr-month-table">
            <TableCaption>{t('signals.dashboard.perThemeMonthCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.dashboard.month')}</TableHeaderCell>
                {table.themes.map((theme) => (
                  <TableHeaderCell key={theme.key} scope="col" className="hr-numeric">
                    {themeLabel(theme.key, theme.label)}
                  </TableHeaderCell>
                ))}
                <TableHeaderCell scope="col" className="hr-numeric">
                  {t('signals.dashboard.totalColumn')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              {table.rows.map((row) => (
                <TableRow key={row.month}>
                  <TableHeaderCell scope="row">{formatMonth(row.month, language)}</TableHeaderCell>
                  {row.counts.map((count, column) => (
                    <TableCell key={table.themes[column]?.key ?? column} className="hr-numeric">
                      {number(count)}
                    </TableCell>
                  ))}
                  <TableCell className="hr-numeric">
                    <strong>{number(row.total)}</strong>
                  </TableCell>
                </TableRow>
              ))}
            </TableBody>
            <TableFooter>
              <TableRow>
                <TableHeaderCell scope="row">{t('signals.dashboard.totalColumn')}</TableHeaderCell>
                {table.themeTotals.map((count, column) => (
                  <TableCell key={table.themes[column]?.key ?? column} className="hr-numeric">
                    {number(count)}
                  </TableCell>
                ))}
                <TableCell className="hr-numeric">
                  <strong>{number(table.total)}</strong>
                </TableCell>
              </TableRow>
            </TableFooter>
          </Table>
        </TableScroll>
      </Section>

      <Section title={t('signals.dashboard.perProvince')}>
        <ChartFigure>
          <BarChart
            label={t('signals.dashboard.perProvinceChart')}
            language={language}
            bars={statistics.byProvince.map((count) => ({ key: count.key, label: count.label, value: count.count }))}
          />
        </ChartFigure>
        <CountTable
          caption={t('signals.dashboard.perProvinceCaption')}
          keyHeader={t('signals.dashboard.province')}
          counts={statistics.byProvince}
          label={(count) => count.label}
        />
      </Section>

      <Section title={t('signals.dashboard.timeliness')}>
        <ChartFigure>
          <ShareBar
            label={t('signals.dashboard.timelinessChart')}
            language={language}
            parts={[
              { key: 'onTime', label: t('signals.dashboard.onTime'), value: answers.onTime, tone: 'good' },
              { key: 'late', label: t('signals.dashboard.late'), value: answers.late, tone: 'bad' },
            ]}
          />
          <ul className="hr-legend" aria-hidden="true">
            <li>
              <span className="hr-legend__swatch hr-legend__swatch--good" /> {t('signals.dashboard.onTime')}:{' '}
              {number(answers.onTime)}
            </li>
            <li>
              <span className="hr-legend__swatch hr-legend__swatch--bad" /> {t('signals.dashboard.late')}:{' '}
              {number(answers.late)}
            </li>
          </ul>
        </ChartFigure>
        <TableScroll label={t('signals.dashboard.timelinessCaption')}>
          <Table className="hr-count-table">
            <TableCaption>{t('signals.dashboard.timelinessCaption')}</TableCaption>
            <TableHeader>
              <TableRow>
                <TableHeaderCell scope="col">{t('signals.dashboard.figure')}</TableHeaderCell>
                <TableHeaderCell scope="col" className="hr-numeric">
                  {t('signals.dashboard.value')}
                </TableHeaderCell>
              </TableRow>
            </TableHeader>
            <TableBody>
              <TableRow>
                <TableHeaderCell scope="row">{t('signals.dashboard.answered')}</TableHeaderCell>
                <TableCell className="hr-numeric">{number(answers.answered)}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('signals.dashboard.onTime')}</TableHeaderCell>
                <TableCell className="hr-numeric">{number(answers.onTime)}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('signals.dashboard.late')}</TableHeaderCell>
                <TableCell className="hr-numeric">{number(answers.late)}</TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('signals.dashboard.onTimeShare')}</TableHeaderCell>
                <TableCell className="hr-numeric">
                  {answers.share === null ? t('signals.dashboard.notKnown') : formatShare(answers.share, language)}
                </TableCell>
              </TableRow>
              <TableRow>
                <TableHeaderCell scope="row">{t('signals.dashboard.median')}</TableHeaderCell>
                <TableCell className="hr-numeric">
                  {answers.medianWorkingDays === null
                    ? t('signals.dashboard.notKnown')
                    : days(answers.medianWorkingDays)}
                </TableCell>
              </TableRow>
            </TableBody>
          </Table>
        </TableScroll>
      </Section>

      <Section title={t('signals.dashboard.perStatus')}>
        <ChartFigure>
          <BarChart
            label={t('signals.dashboard.perStatus')}
            language={language}
            bars={statistics.byStatus.map((count) => ({
              key: count.key,
              label: statusLabel(count),
              value: count.count,
            }))}
          />
        </ChartFigure>
        <CountTable
          caption={t('signals.dashboard.perStatusCaption')}
          keyHeader={t('signals.dashboard.status')}
          counts={statistics.byStatus}
          label={statusLabel}
        />
      </Section>
    </>
  );
}
