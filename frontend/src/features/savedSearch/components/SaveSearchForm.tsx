import { Button, Paragraph } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CheckboxGroupField } from '@/components/CheckboxGroupField';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { RadioGroupField } from '@/components/RadioGroupField';
import { RouterLink } from '@/components/RouterLink';
import { TextField } from '@/components/TextField';
import type { CatalogueSearch, Kind } from '@/lib/catalogue';
import { useCreateSavedSearch } from '../api/createSavedSearch';
import { MY_SAVED_SEARCHES_PATH } from '../paths';

interface SaveSearchFormProps {
  kind: Kind;
  search: CatalogueSearch;
}

type Frequency = 'daily' | 'weekly';

/**
 * "Bewaar deze zoekopdracht" under the finder: a button that opens a small form (name, how often and, for
 * funding, closing-date reminders) in place,
 * and after saving says where the search is kept. The search is sent as the finder holds it.
 */
export function SaveSearchForm({ kind, search }: SaveSearchFormProps) {
  const { t } = useTranslation();
  const create = useCreateSavedSearch();
  const [open, setOpen] = useState(false);
  const [name, setName] = useState(search.q);
  const [frequency, setFrequency] = useState<Frequency>('weekly');
  const [closingAlerts, setClosingAlerts] = useState(false);
  const opener = useRef<HTMLButtonElement>(null);
  const form = useRef<HTMLFormElement>(null);
  const moved = useRef(false);

  useEffect(() => {
    if (!moved.current) return;
    if (open) form.current?.querySelector('input')?.focus();
    else opener.current?.focus();
  }, [open]);

  const toggle = (next: boolean) => {
    moved.current = true;
    setOpen(next);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (create.isPending) return;
    create.mutate(
      {
        name,
        kind,
        q: search.q || undefined,
        domain: search.domain || undefined,
        audience: search.audience || undefined,
        organisation: search.organisation || undefined,
        openOn: search.openOn || undefined,
        sort: search.sort || undefined,
        frequency,
        closingAlerts: kind === 'funding' ? closingAlerts : undefined,
      },
      { onSuccess: () => toggle(false) },
    );
  };

  const errors = fieldErrors(create.error);
  return (
    <section className="hr-save-search" aria-label={t('savedSearch.save')}>
      <Paragraph role="status">
        {create.isSuccess && !open ? (
          <>
            {t('savedSearch.saved', { name: create.data.name })}{' '}
            <RouterLink to={MY_SAVED_SEARCHES_PATH}>{t('savedSearch.mine')}</RouterLink>
          </>
        ) : (
          ''
        )}
      </Paragraph>
      {open ? (
        <form ref={form} noValidate onSubmit={submit} className="hr-form" aria-label={t('savedSearch.save')}>
          <Paragraph>{t('savedSearch.saveIntro')}</Paragraph>
          <ErrorSummary error={create.error} />
          <TextField
            label={t('savedSearch.name')}
            description={t('savedSearch.nameHint')}
            name="name"
            value={name}
            onChange={setName}
            error={errors.name}
            required
          />
          <RadioGroupField
            legend={t('savedSearch.frequency')}
            name="frequency"
            value={frequency}
            onChange={(value) => setFrequency(value === 'daily' ? 'daily' : 'weekly')}
            options={[
              { value: 'daily', label: t('savedSearch.frequencies.daily') },
              { value: 'weekly', label: t('savedSearch.frequencies.weekly') },
            ]}
            error={errors.frequency}
          />
          {kind === 'funding' && (
            <CheckboxGroupField
              legend={t('savedSearch.closingAlerts')}
              name="closingAlerts"
              options={[{ value: 'on', label: t('savedSearch.closingAlertsOption') }]}
              values={closingAlerts ? ['on'] : []}
              onChange={(values) => setClosingAlerts(values.includes('on'))}
              error={errors.closingAlerts}
            />
          )}
          <div className="hr-actions">
            <Button type="submit" appearance="primary-action-button" busy={create.isPending}>
              {t('savedSearch.submit')}
            </Button>
            <Button type="button" appearance="secondary-action-button" onClick={() => toggle(false)}>
              {t('savedSearch.cancel')}
            </Button>
          </div>
        </form>
      ) : (
        <Button
          ref={opener}
          appearance="secondary-action-button"
          onClick={() => {
            create.reset();
            toggle(true);
          }}
        >
          {t('savedSearch.save')}
        </Button>
      )}
    </section>
  );
}
