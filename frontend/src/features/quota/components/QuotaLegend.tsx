import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '@/lib/format';
import { type MapBasis, SHARE_CLASSES, type ShareClass } from './quotaFigures';

/**
 * The map's classes in words, each with its colour and how many municipalities fall in it: solid for a
 * municipality's own reported share, dotted where only its province's total is known, plain dots for an
 * estimate alone, hatched for nothing.
 */
export function QuotaLegend({ counts }: { counts: Record<ShareClass, number> & Partial<Record<MapBasis, number>> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="hr-map-legend">
      <p id={id} className="utrecht-paragraph hr-map-legend__title">
        {t('quota.legend.title')}
      </p>
      <ul className="hr-legend" aria-labelledby={id}>
        {SHARE_CLASSES.filter((name) => name !== 'unknown').map((name) => (
          <li key={name} data-class={name}>
            <span className={`hr-legend__swatch hr-share-swatch hr-share-swatch--${name}`} aria-hidden="true" />{' '}
            {t(`quota.legend.${name}`)}{' '}
            <span className="hr-muted-text">
              ({t('quota.legend.count', { count: counts[name], number: formatNumber(counts[name], i18n.language) })})
            </span>
          </li>
        ))}
        {(['province', 'estimate', 'unknown'] as const).map((name) => (
          <li key={name} data-class={name}>
            <span className={`hr-legend__swatch hr-share-swatch hr-share-swatch--${name}`} aria-hidden="true" />{' '}
            {t(`quota.legend.${name}`)}{' '}
            <span className="hr-muted-text">
              (
              {t('quota.legend.count', {
                count: counts[name] ?? 0,
                number: formatNumber(counts[name] ?? 0, i18n.language),
              })}
              )
            </span>
          </li>
        ))}
      </ul>
    </div>
  );
}
