import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { formatNumber } from '../../../lib/format';
import { SHARE_CLASSES, type ShareClass } from './quotaFigures';

/** The map's classes in words, each with its colour and how many municipalities fall in it. */
export function QuotaLegend({ counts }: { counts: Record<ShareClass, number> }) {
  const { t, i18n } = useTranslation();
  const id = useId();
  return (
    <div className="hr-map-legend">
      <p id={id} className="utrecht-paragraph hr-map-legend__title">
        {t('quota.legend.title')}
      </p>
      <ul className="hr-legend" aria-labelledby={id}>
        {SHARE_CLASSES.map((name) => (
          <li key={name} data-class={name}>
            <span className={`hr-legend__swatch hr-share-swatch hr-share-swatch--${name}`} aria-hidden="true" />{' '}
            {t(`quota.legend.${name}`)}{' '}
            <span className="hr-muted-text">({t('quota.legend.count', { count: counts[name], number: formatNumber(counts[name], i18n.language) })})</span>
          </li>
        ))}
      </ul>
    </div>
  );
}
