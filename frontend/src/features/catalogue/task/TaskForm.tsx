import { SelectOption } from '@utrecht/component-library-react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/components/ErrorSummary';
import { SelectField } from '@/components/SelectField';
import { TextField } from '@/components/TextField';
import { CommonFields, commonRequestOf, commonValuesOf } from '@/features/catalogue/components/CommonFields';
import { type CatalogueFormProps, EditorForm } from '@/components/EditorForm';
import type { Task } from '@/lib/catalogue';
import type { TaskRequest } from '@/features/catalogue/api/kinds';

const HORIZONS = ['short', 'medium', 'long'] as const;
type Horizon = (typeof HORIZONS)[number];

/** A task as an editor writes it: the common fields, its term and its period. */
export function TaskForm({ item, onSubmit, ...form }: CatalogueFormProps<Task, TaskRequest>) {
  const { t } = useTranslation();
  const [common, setCommon] = useState(() => commonValuesOf(item));
  const [horizon, setHorizon] = useState<Horizon | ''>(item?.horizon ?? '');
  const [periodStart, setPeriodStart] = useState(item?.periodStart ?? '');
  const [periodEnd, setPeriodEnd] = useState(item?.periodEnd ?? '');
  const errors = fieldErrors(form.error);

  const submit = () =>
    onSubmit({
      ...commonRequestOf(common, item),
      horizon: horizon || null,
      periodStart: periodStart || null,
      periodEnd: periodEnd || null,
    });

  return (
    <EditorForm {...form} label={t('editor.form.label.task')} onSubmit={submit}>
      <CommonFields
        kind="task"
        values={common}
        onChange={(patch) => setCommon((current) => ({ ...current, ...patch }))}
        errors={errors}
      >
        <SelectField
          label={t('editor.form.horizon')}
          name="horizon"
          value={horizon}
          error={errors.horizon}
          onChange={(value) => setHorizon(HORIZONS.includes(value as Horizon) ? (value as Horizon) : '')}
        >
          <SelectOption value="">{t('editor.form.notKnown')}</SelectOption>
          {HORIZONS.map((value) => (
            <SelectOption key={value} value={value}>
              {t(`catalogue.horizons.${value}`)}
            </SelectOption>
          ))}
        </SelectField>
        <TextField
          label={t('editor.form.periodStart')}
          name="periodStart"
          type="date"
          value={periodStart}
          onChange={setPeriodStart}
          error={errors.periodStart}
        />
        <TextField
          label={t('editor.form.periodEnd')}
          name="periodEnd"
          type="date"
          value={periodEnd}
          onChange={setPeriodEnd}
          error={errors.periodEnd}
        />
      </CommonFields>
    </EditorForm>
  );
}
