import { formatNumber } from '@/lib/format';

/** One bar: its key (for tests and React), the label under or beside it, and its value. */
export interface ChartBar {
  key: string;
  label: string;
  /** A second line under the label (the year under a month). */
  sublabel?: string;
  value: number;
}

interface ColumnChartProps {
  /** What the chart shows, for screen readers; the table after it holds the same figures. */
  label: string;
  bars: readonly ChartBar[];
  /** The top of the scale; shared between small multiples so their bars compare. */
  max?: number;
  language: string;
  size?: 'large' | 'small';
}

const SIZES = {
  large: { bar: 34, gap: 14, plot: 160, top: 20, bottom: 40 },
  small: { bar: 16, gap: 6, plot: 80, top: 18, bottom: 20 },
};

/**
 * Vertical bars with their value above each bar and the label below: plain SVG, drawn at its natural
 * size (one unit is one pixel) and shrunk on narrow screens. Colours come from the design tokens.
 */
export function ColumnChart({ label, bars, max, language, size = 'large' }: ColumnChartProps) {
  const s = SIZES[size];
  const top = Math.max(1, max ?? 0, ...bars.map((bar) => bar.value));
  const width = bars.length * (s.bar + s.gap) + s.gap;
  const height = s.top + s.plot + s.bottom;
  const baseline = s.top + s.plot;
  return (
    <svg
      className={`hr-chart hr-chart--${size}`}
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <line className="hr-chart__axis-line" x1={0} x2={width} y1={baseline + 0.5} y2={baseline + 0.5} />
      {bars.map((bar, index) => {
        const barHeight = (bar.value / top) * s.plot;
        const x = s.gap + index * (s.bar + s.gap);
        const middle = x + s.bar / 2;
        return (
          <g key={bar.key} className="hr-chart__item" data-key={bar.key} data-value={bar.value}>
            <rect className="hr-chart__bar" x={x} y={baseline - barHeight} width={s.bar} height={barHeight} />
            <text className="hr-chart__value" x={middle} y={baseline - barHeight - 4} textAnchor="middle">
              {formatNumber(bar.value, language)}
            </text>
            <text
              className="hr-chart__label"
              x={middle}
              y={baseline + (size === 'large' ? 16 : 14)}
              textAnchor="middle"
            >
              {bar.label}
            </text>
            {bar.sublabel && (
              <text className="hr-chart__label" x={middle} y={baseline + 32} textAnchor="middle">
                {bar.sublabel}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

interface BarChartProps {
  label: string;
  bars: readonly ChartBar[];
  language: string;
}

const ROW = 28;
const PLOT_WIDTH = 360;
const VALUE_WIDTH = 48;

/** Room for the longest label at 13px (about 7.5px a character), within reason. */
function labelWidth(bars: readonly ChartBar[]): number {
  const longest = Math.max(0, ...bars.map((bar) => bar.label.length));
  return Math.min(280, Math.max(100, Math.ceil(longest * 7.5) + 16));
}

/** Horizontal bars, one row each: label, bar and value. Plain SVG at its natural size. */
export function BarChart({ label, bars, language }: BarChartProps) {
  const top = Math.max(1, ...bars.map((bar) => bar.value));
  const labelSpace = labelWidth(bars);
  const width = labelSpace + PLOT_WIDTH + VALUE_WIDTH;
  const height = bars.length * ROW + 4;
  return (
    <svg
      className="hr-chart hr-chart--bars"
      role="img"
      aria-label={label}
      width={width}
      height={height}
      viewBox={`0 0 ${width} ${height}`}
    >
      <line className="hr-chart__axis-line" x1={labelSpace - 0.5} x2={labelSpace - 0.5} y1={0} y2={height} />
      {bars.map((bar, index) => {
        const y = index * ROW + 2;
        const barWidth = (bar.value / top) * PLOT_WIDTH;
        return (
          <g key={bar.key} className="hr-chart__item" data-key={bar.key} data-value={bar.value}>
            <text className="hr-chart__label" x={labelSpace - 8} y={y + ROW / 2 + 4} textAnchor="end">
              {bar.label}
            </text>
            <rect className="hr-chart__bar" x={labelSpace} y={y + 4} width={barWidth} height={ROW - 8} />
            <text className="hr-chart__value" x={labelSpace + barWidth + 6} y={y + ROW / 2 + 4}>
              {formatNumber(bar.value, language)}
            </text>
          </g>
        );
      })}
    </svg>
  );
}

interface ShareBarProps {
  label: string;
  parts: readonly (ChartBar & { tone: 'good' | 'bad' })[];
  language: string;
}

const SHARE_WIDTH = 540;
const SHARE_HEIGHT = 36;

/** One bar split into parts of a whole (answered on time and late), each with its count written in it when it fits. */
export function ShareBar({ label, parts, language }: ShareBarProps) {
  const total = parts.reduce((sum, part) => sum + part.value, 0);
  const widthOf = (part: { value: number }) => (total === 0 ? 0 : (part.value / total) * SHARE_WIDTH);
  return (
    <svg
      className="hr-chart hr-chart--share"
      role="img"
      aria-label={label}
      width={SHARE_WIDTH}
      height={SHARE_HEIGHT}
      viewBox={`0 0 ${SHARE_WIDTH} ${SHARE_HEIGHT}`}
    >
      {total === 0 && <rect className="hr-chart__empty" x={0} y={0} width={SHARE_WIDTH} height={SHARE_HEIGHT} />}
      {parts.map((part, index) => {
        const width = widthOf(part);
        // Each part starts where the ones before it end (computed, not accumulated in a variable the render mutates).
        const start = parts.slice(0, index).reduce((sum, before) => sum + widthOf(before), 0);
        return (
          <g key={part.key} className="hr-chart__item" data-key={part.key} data-value={part.value}>
            <rect
              className={`hr-chart__bar hr-chart__bar--${part.tone}`}
              x={start}
              y={0}
              width={width}
              height={SHARE_HEIGHT}
            />
            {width >= 90 && (
              <text className="hr-chart__inside" x={start + 10} y={SHARE_HEIGHT / 2 + 5}>
                {`${part.label}: ${formatNumber(part.value, language)}`}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}
