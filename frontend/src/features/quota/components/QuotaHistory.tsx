import {
  Paragraph,
  Table,
  TableBody,
  TableCaption,
  TableHeader,
  TableHeaderCell,
  TableRow,
} from '@utrecht/component-library-react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { type HousingQuota, isEstimated } from '@/features/quota/api/quota';
import { EstimateNote, periodName } from './labels';
import { QuotaFigureCells, QuotaFigureHeaders } from './QuotaFigureCells';
import { periodParts } from './quotaFigures';
import { TableScaffold } from '@/components/TableScaffold';

const BAR = 26;
const PAIR_GAP = 4;
const GROUP_GAP = 48;
const PLOT = 180;
const TOP = 22;
const BOTTOM = 62;

/**
 * Target and realised per half year as pairs of bars, the value above each ("≈" for an estimate, "?"
 * when unknown), and the arrears or lead at the end under each pair. Plain SVG at its natural size;
 * the table after it holds the same figures.
 */
function QuotaHistoryChart({ history, label }: { history: readonly HousingQuota[]; label: string }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  const top = Math.max(1, ...history.flatMap((quota) => [quota.target, quota.realised ?? 0]));
  const group = 2 * BAR + PAIR_GAP;
  const width = history.length * (group + GROUP_GAP) + GROUP_GAP;
  const height = TOP + PLOT + BOTTOM;
  const baseline = TOP + PLOT;
  const value = (quota: HousingQuota, field: 'target' | 'realised') => {
    const number = quota[field];
    if (number === null || number === undefined) return '?';
    return `${isEstimated(quota, field) ? '≈' : ''}${formatNumber(number, language)}`;
  };
  const short = (arrears: number | null | undefined) => {
    if (arrears === null || arrears === undefined) return t('quota.history.arrearsUnknown');
    if (arrears === 0) return formatNumber(0, language);
    return arrears > 0
      ? t('quota.history.behindShort', { count: formatNumber(arrears, language) })
      : t('quota.history.aheadShort', { count: formatNumber(-arrears, language) });
  };

  return (
    <svg
      className="hr-chart hr-chart--quota"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <line className="hr-chart__axis-line" x1={0} x2={width} y1={baseline + 0.5} y2={baseline + 0.5} />
      {history.map((quota, index) => {
        const x = GROUP_GAP + index * (group + GROUP_GAP);
        const parts = periodParts(quota.period);
        const targetHeight = (quota.target / top) * PLOT;
        const realisedHeight = ((quota.realised ?? 0) / top) * PLOT;
        return (
          <g
            key={quota.period}
            className="hr-chart__item"
            data-period={quota.period}
            data-target={quota.target}
            data-realised={quota.realised ?? ''}
          >
            <rect
              className="hr-chart__bar hr-chart__bar--target"
              x={x}
              y={baseline - targetHeight}
              width={BAR}
              height={targetHeight}
            />
            <text className="hr-chart__value" x={x + BAR / 2} y={baseline - targetHeight - 5} textAnchor="middle">
              {value(quota, 'target')}
            </text>
            <rect
              className="hr-chart__bar"
              x={x + BAR + PAIR_GAP}
              y={baseline - realisedHeight}
              width={BAR}
              height={realisedHeight}
            />
            <text
              className="hr-chart__value"
              x={x + BAR + PAIR_GAP + BAR / 2}
              y={baseline - realisedHeight - 5}
              textAnchor="middle"
            >
              {value(quota, 'realised')}
            </text>
            <text className="hr-chart__label" x={x + group / 2} y={baseline + 16} textAnchor="middle">
              {parts ? t(`quota.halvesShort.${parts.half}`) : quota.period}
            </text>
            <text className="hr-chart__label" x={x + group / 2} y={baseline + 32} textAnchor="middle">
              {parts?.year}
            </text>
            <text
              className="hr-chart__label hr-chart__label--arrears"
              x={x + group / 2}
              y={baseline + 52}
              textAnchor="middle"
            >
              {`${isEstimated(quota, 'arrearsEnd') ? '≈' : ''}${short(quota.arrearsEnd)}`}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

/** A municipality's quota per half year: the chart, its legend, and a table with the same figures. */
export function QuotaHistory({ history, name }: { history: readonly HousingQuota[]; name: string }) {
  const { t, i18n } = useTranslation();
  if (history.length === 0) return <Paragraph>{t('quota.history.none')}</Paragraph>;
  return (
    <>
      <figure className="hr-figure">
        <div className="hr-figure__chart">
          <QuotaHistoryChart history={history} label={t('quota.history.chart', { name })} />
        </div>
        <ul className="hr-legend" aria-hidden="true">
          <li>
            <span className="hr-legend__swatch hr-legend__swatch--target" /> {t('quota.columns.target')}
          </li>
          <li>
            <span className="hr-legend__swatch" /> {t('quota.columns.realised')}
          </li>
          <li>{t('quota.history.arrearsLegend')}</li>
        </ul>
        <figcaption className="hr-figure__caption">{t('quota.history.chartNote')}</figcaption>
      </figure>
      <EstimateNote />
      <TableScaffold>
        <Table className="hr-quota-table">
          <TableCaption>{t('quota.history.caption', { name })}</TableCaption>
          <TableHeader>
            <TableRow>
              <TableHeaderCell scope="col">{t('quota.columns.period')}</TableHeaderCell>
              <QuotaFigureHeaders />
              <TableHeaderCell scope="col">{t('quota.columns.estimated')}</TableHeaderCell>
            </TableRow>
          </TableHeader>
          <TableBody>
            {history.map((quota) => (
              <TableRow key={quota.period} data-period={quota.period}>
                <TableHeaderCell scope="row">{periodName(quota.period, t)}</TableHeaderCell>
                <QuotaFigureCells quota={quota} t={t} language={i18n.language} />
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </TableScaffold>
    </>
  );
}
