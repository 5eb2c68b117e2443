import { Button } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { FormProblem, fieldErrors } from '../../../../components/FormProblem';
import { RouterLink } from '../../../../components/RouterLink';
import { TextField } from '../../../../components/TextField';
import type { StatisticsPeriod } from '../../api/getSignalStatistics';

interface StatisticsPeriodFormProps {
  /** The period the figures cover: the URL's, or the API's default once it answered. */
  period: StatisticsPeriod;
  onChange: (period: StatisticsPeriod) => void;
  /** Why the API refused the period (a date that is not a date, from after to). */
  error?: unknown;
  resetTo: string;
}

/** From and to (submission dates); the API checks them and says what is wrong next to the field. */
export function StatisticsPeriodForm({ period, onChange, error, resetTo }: StatisticsPeriodFormProps) {
  const { t } = useTranslation();
  const [from, setFrom] = useState(period.from);
  const [to, setTo] = useState(period.to);
  const errors = fieldErrors(error);

  useEffect(() => {
    setFrom(period.from);
    setTo(period.to);
  }, [period.from, period.to]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    onChange({ from, to });
  };

  return (
    <form className="hr-search" aria-label={t('signals.dashboard.period')} noValidate onSubmit={submit}>
      <FormProblem error={error} fields={['from', 'to']} />
      <div className="hr-search__fields">
        <div className="hr-search__field">
          <TextField label={t('signals.dashboard.from')} name="from" type="date" value={from} onChange={setFrom} error={errors.from} />
        </div>
        <div className="hr-search__field">
          <TextField label={t('signals.dashboard.to')} name="to" type="date" value={to} onChange={setTo} error={errors.to} />
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
