import { Button, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { RouterLink } from '@/components/RouterLink';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import type { StatisticsPeriod } from '@/features/signal/api/getSignalStatistics';

interface StatisticsPeriodFormProps {
  /** The period the figures cover: the URL's, or the API's default once it answered. */
  period: StatisticsPeriod;
  onChange: (period: StatisticsPeriod) => void;
  /** Why the API refused the period (a date that is not a date, from after to). */
  error?: unknown;
  resetTo: string;
  /** The twelve provinces to choose from, as the page loads them; the reason when that failed. */
  provinces: { options: readonly { value: string; label: string }[] | undefined; error?: string };
}

/** From and to (submission dates) and a province; the API checks them and the summary says what is wrong. */
export function StatisticsPeriodForm({ period, onChange, error, resetTo, provinces }: StatisticsPeriodFormProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const [province, setProvince] = useState(period.province);
  const errors = fieldErrors(error);

  useEffect(() => {
    setFrom(period.from);
    setTo(period.to);
    setProvince(period.province);
  }, [period.from, period.to, period.province]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ from, to, province });
  };

  return (
    <form className="hr-search" aria-label={t('signals.dashboard.period')} noValidate onSubmit={submit}>
      <ErrorSummary error={error} />
      <div className="hr-search__fields">
        <div className="hr-search__field">
          <TextField
            label={t('signals.dashboard.from')}
            name="from"
            type="date"
            value={from}
            onChange={setFrom}
            error={errors.from}
          />
        </div>
        <div className="hr-search__field">
          <TextField
            label={t('signals.dashboard.to')}
            name="to"
            type="date"
            value={to}
            onChange={setTo}
            error={errors.to}
          />
        </div>
        <div className="hr-search__field">
          <SelectField
            label={t('signals.dashboard.province')}
            name="province"
            value={province}
            busy={!provinces.options && !provinces.error}
            description={provinces.error}
            error={errors.province}
            onChange={setProvince}
          >
            <SelectOption value="">{t('signals.dashboard.provinceAll')}</SelectOption>
            {(provinces.options ?? []).map((option) => (
              <SelectOption key={option.value} value={option.value}>
                {option.label}
              </SelectOption>
            ))}
          </SelectField>
        </div>
      </div>
      <div className="hr-search__actions">
        <Button type="submit" appearance="primary-action-button">
          {t('signals.dashboard.submit')}
        </Button>
        <RouterLink to={resetTo}>{t('signals.dashboard.reset')}</RouterLink>
      </div>
    </form>
  );
}
