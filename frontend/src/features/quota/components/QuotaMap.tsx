import { Heading, Paragraph } from '@utrecht/component-library-react';
import type { TFunction } from 'i18next';
import { type Dispatch, type SetStateAction, memo, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { formatPercent } from '@/lib/format';
import type { HousingQuota, QuotaTotals } from '@/features/quota/api/quota';
import { MAP_HEIGHT, MAP_WIDTH, type MapShape, type QuotaMapView } from 'virtual:quota-map';
import { QuotaFacts } from './QuotaFacts';
import { QuotaLegend } from './QuotaLegend';
import { EstimateNote } from './labels';
import { type MapClass, countByBasis, mapClassOf, reportedShare } from './quotaFigures';

interface QuotaMapProps {
  /** The municipalities' paths (the whole country or one province's, zoomed to them) and the provinces' outlines. */
  view: QuotaMapView;
  quotas: readonly HousingQuota[];
  /** What the map shows, for screen readers: "Kaart: gerealiseerd deel per gemeente, 1e halfjaar 2022". */
  label: string;
  /** The id of the table with the same figures, for the link that skips the map. */
  tableId: string;
  /** The totals of the half year: where only a province's total is known, the map shows that. */
  totals?: QuotaTotals;
}

/**
 * What a screen reader hears on a municipality, and what the tests read: "Utrecht: 87% gerealiseerd",
 * "Apeldoorn: geen eigen cijfers; provincie Gelderland meldde 65% gerealiseerd", or that only an estimate exists.
 */
export function mapLabel(
  name: string,
  quota: HousingQuota | undefined,
  t: TFunction,
  language: string,
  mapClass = mapClassOf(quota, undefined),
): string {
  if (!quota) return t('quota.map.noFigures', { name });
  switch (mapClass.basis) {
    case 'reported':
      return t('quota.map.share', { name, share: formatPercent(mapClass.share ?? 0, language) });
    case 'province':
      return t('quota.map.provinceOnly', {
        name,
        province: quota.municipality.provinceName,
        share: formatPercent(mapClass.share ?? 0, language),
      });
    case 'estimate':
      return t('quota.map.estimateOnly', { name });
    default:
      return t('quota.map.shareUnknown', { name });
  }
}

interface MapRegionsProps {
  shapes: readonly MapShape[];
  byCode: ReadonlyMap<string, HousingQuota>;
  classes: ReadonlyMap<string, MapClass>;
  onFocus: Dispatch<SetStateAction<string | undefined>>;
  onHover: Dispatch<SetStateAction<string | undefined>>;
}

/**
 * One link per municipality, coloured by its class. A component of its own (memo) so that focus and
 * hover, which only move the outline, do not draw all 352 again.
 */
const MapRegions = memo(function MapRegions({ shapes, byCode, classes, onFocus, onHover }: MapRegionsProps) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const leave = (code: string) => (current: string | undefined) => (current === code ? undefined : current);
  return (
    <g className="hr-map__regions">
      {shapes.map((shape) => {
        const quota = byCode.get(shape.code);
        const mapClass = classes.get(shape.code) ?? mapClassOf(quota, undefined);
        const look =
          mapClass.basis === 'reported'
            ? mapClass.shareClass
            : mapClass.basis === 'province'
              ? `province-${mapClass.shareClass}`
              : mapClass.basis;
        return (
          <a
            key={shape.code}
            href={`/regios/${shape.code}`}
            className="hr-map__region"
            aria-label={mapLabel(shape.name, quota, t, i18n.language, mapClass)}
            data-code={shape.code}
            data-share={mapClass.share ?? ''}
            data-class={
              mapClass.basis === 'reported' || mapClass.basis === 'province' ? mapClass.shareClass : mapClass.basis
            }
            data-basis={mapClass.basis}
            onFocus={() => onFocus(shape.code)}
            onBlur={() => onFocus(leave(shape.code))}
            onMouseEnter={() => onHover(shape.code)}
            onMouseLeave={() => onHover(leave(shape.code))}
            onClick={(event) => {
              event.preventDefault();
              void navigate(`/regios/${shape.code}`);
            }}
          >
            <path d={shape.d} className={`hr-map__shape hr-map__shape--${look}`} />
          </a>
        );
      })}
    </g>
  );
});

/**
 * The municipalities coloured by the share of their quota realised, in five classes with a legend in
 * words. Every municipality is a link (to its page) that keyboard users reach with Tab; the one in focus
 * or under the pointer is outlined and its figures appear beside the map. A link before the map skips
 * to the table, which holds the same figures.
 */
export function QuotaMap({ view, quotas, label, tableId, totals }: QuotaMapProps) {
  const { t } = useTranslation();
  const [focused, setFocused] = useState<string>();
  const [hovered, setHovered] = useState<string>();
  const byCode = useMemo(() => new Map(quotas.map((quota) => [quota.municipality.code, quota])), [quotas]);

  const { regions: shapes, outlines } = view;

  const classes = useMemo(() => {
    const provinceShares = new Map((totals?.provinces ?? []).map((total) => [total.code, reportedShare(total)]));
    return new Map(
      shapes.map((shape) => {
        const quota = byCode.get(shape.code);
        return [
          shape.code,
          mapClassOf(quota, quota ? provinceShares.get(quota.municipality.provinceCode) : undefined),
        ] as const;
      }),
    );
  }, [shapes, byCode, totals]);
  const counts = countByBasis([...classes.values()]);
  const activeCode = hovered ?? focused;
  const active = shapes.find((shape) => shape.code === activeCode);
  const activeQuota = active ? byCode.get(active.code) : undefined;

  return (
    <div className="hr-map">
      <p className="utrecht-paragraph">
        <a
          className="utrecht-link utrecht-link--html-a"
          href={`#${tableId}`}
          onClick={(event) => {
            event.preventDefault();
            document.getElementById(tableId)?.focus();
          }}
        >
          {t('quota.map.skip')}
        </a>
      </p>
      <div className="hr-map__layout">
        <svg
          className="hr-map__svg"
          role="group"
          aria-label={label}
          viewBox={`0 0 ${MAP_WIDTH} ${MAP_HEIGHT}`}
          width={MAP_WIDTH}
          height={MAP_HEIGHT}
        >
          <defs>
            <pattern id="hr-map-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
              <rect width="6" height="6" className="hr-map__hatch-ground" />
              <line x1="0" y1="0" x2="0" y2="6" className="hr-map__hatch-line" />
            </pattern>
            <pattern id="hr-map-dots" width="5" height="5" patternUnits="userSpaceOnUse">
              <rect width="5" height="5" className="hr-map__dots-ground" />
              <circle cx="2.5" cy="2.5" r="0.9" className="hr-map__dot" />
            </pattern>
            {(['below50', 'from50', 'from75', 'from100'] as const).map((name) => (
              <pattern key={name} id={`hr-map-province-${name}`} width="5" height="5" patternUnits="userSpaceOnUse">
                <rect width="5" height="5" className={`hr-map__province-ground hr-map__province-ground--${name}`} />
                <circle cx="2.5" cy="2.5" r="1" className="hr-map__province-dot" />
              </pattern>
            ))}
          </defs>
          <MapRegions shapes={shapes} byCode={byCode} classes={classes} onFocus={setFocused} onHover={setHovered} />
          <g className="hr-map__provinces" aria-hidden="true">
            {outlines.map((outline) => (
              <path key={outline.code} d={outline.d} />
            ))}
          </g>
          {active && <path className="hr-map__highlight" d={active.d} aria-hidden="true" data-code={active.code} />}
        </svg>
        <div className="hr-map__panel" data-code={active?.code ?? ''}>
          {active ? (
            <>
              <Heading level={3}>{active.name}</Heading>
              {activeQuota ? (
                <>
                  <Paragraph className="hr-note">{activeQuota.municipality.provinceName}</Paragraph>
                  <QuotaFacts quota={activeQuota} compact />
                </>
              ) : (
                <Paragraph>{t('quota.map.noFiguresPanel')}</Paragraph>
              )}
            </>
          ) : (
            <Paragraph className="hr-note">{t('quota.map.hint')}</Paragraph>
          )}
        </div>
      </div>
      <QuotaLegend counts={counts} />
      <Paragraph className="hr-note" data-testid="map-coverage">
        {t('quota.map.coverage', {
          reported: counts.reported,
          total: shapes.length,
          province: counts.province,
          estimate: counts.estimate,
        })}
      </Paragraph>
      <EstimateNote />
    </div>
  );
}
