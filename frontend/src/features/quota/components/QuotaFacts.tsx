import { DataList, DataListItem, DataListKey, DataListValue } from '@utrecht/component-library-react';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { type HousingQuota, isEstimated, shareIsEstimated } from '@/features/quota/api/quota';
import { Estimated, arrearsText, numberText, shareText } from './labels';

function Fact({ label, children }: { label: string; children: ReactNode }) {
  return (
    <DataListItem>
      <DataListKey>{label}</DataListKey>
      <DataListValue>{children}</DataListValue>
    </DataListItem>
  );
}

/** One municipality's figures for one half year: target, realised, arrears in and at the end, share; estimates marked. */
export function QuotaFacts({ quota, compact = false }: { quota: HousingQuota; compact?: boolean }) {
  const { t, i18n } = useTranslation();
  const language = i18n.language;
  return (
    <DataList className={compact ? 'hr-facts hr-facts--compact' : 'hr-facts'}>
      <Fact label={t('quota.columns.target')}>
        <Estimated estimated={isEstimated(quota, 'target')} t={t}>
          {numberText(quota.target, t, language)}
        </Estimated>
      </Fact>
      <Fact label={t('quota.columns.realised')}>
        <Estimated estimated={isEstimated(quota, 'realised')} t={t}>
          {numberText(quota.realised, t, language)}
        </Estimated>
      </Fact>
      <Fact label={t('quota.columns.arrearsIn')}>
        <Estimated estimated={isEstimated(quota, 'arrearsIn')} t={t}>
          {arrearsText(quota.arrearsIn, t, language)}
        </Estimated>
      </Fact>
      <Fact label={t('quota.columns.arrearsEnd')}>
        <Estimated estimated={isEstimated(quota, 'arrearsEnd')} t={t}>
          {arrearsText(quota.arrearsEnd, t, language)}
        </Estimated>
      </Fact>
      <Fact label={t('quota.columns.share')}>
        <Estimated estimated={quota.realisedShare != null && shareIsEstimated(quota)} t={t}>
          {shareText(quota.realisedShare, t, language)}
        </Estimated>
      </Fact>
    </DataList>
  );
}
