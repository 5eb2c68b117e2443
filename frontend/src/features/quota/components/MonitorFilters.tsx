import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { RouterLink } from '@/components/RouterLink';
import { SelectField } from '@/components/SelectField';
import { formatNumber } from '@/lib/format';
import type { MonitorSearch } from '@/features/quota/api/monitorSearch';
import type { QuotaPeriod } from '@/features/quota/api/quota';
import { usePeriodName } from './labels';

interface MonitorFiltersProps {
  /** The half year and province shown: the URL's, or the newest half year once the periods are known. */
  search: MonitorSearch;
  periods: readonly QuotaPeriod[] | undefined;
  provinces: readonly { code: string; name: string }[] | undefined;
  onChange: (search: MonitorSearch) => void;
  resetTo: string;
}

/** Half year and province; "Tonen" applies them (changing a select alone never changes the page). */
export function MonitorFilters({ search, periods, provinces, onChange, resetTo }: MonitorFiltersProps) {
  const { t, i18n } = useTranslation();
  const periodName = usePeriodName();
  const [period, setPeriod] = useState(search.period);
  const [province, setProvince] = useState(search.province);

  useEffect(() => {
    setPeriod(search.period);
    setProvince(search.province);
  }, [search.period, search.province]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ period, province });
  };

  return (
    <form className="hr-search" aria-label={t('quota.filters.title')} noValidate onSubmit={submit}>
      <div className="hr-search__fields">
        <div className="hr-search__field">
          <SelectField
            label={t('quota.filters.period')}
            name="period"
            value={period}
            onChange={setPeriod}
            busy={!periods}
          >
            {!periods && <option value={period}>{period ? periodName(period) : t('app.loading')}</option>}
            {periods?.map((option) => (
              <option key={option.period} value={option.period}>
                {t('quota.filters.periodOption', {
                  period: periodName(option.period),
                  count: option.municipalities,
                  number: formatNumber(option.municipalities, i18n.language),
                })}
              </option>
            ))}
          </SelectField>
        </div>
        <div className="hr-search__field">
          <SelectField
            label={t('quota.filters.province')}
            name="province"
            value={province}
            onChange={setProvince}
            busy={!provinces}
          >
            <option value="">{t('quota.filters.allProvinces')}</option>
            {provinces?.map((option) => (
              <option key={option.code} value={option.code}>
                {option.name}
              </option>
            ))}
          </SelectField>
        </div>
      </div>
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('quota.filters.submit')}
        </Button>
        <RouterLink to={resetTo}>{t('quota.filters.reset')}</RouterLink>
      </div>
    </form>
  );
}
