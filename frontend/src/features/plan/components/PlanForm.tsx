import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/components/ErrorSummary';
import { RadioGroupField } from '@/components/RadioGroupField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import { EditorForm } from '@/components/EditorForm';
import {
  PLAN_STATUSES,
  type PlanStatus,
  type ProvincialPlan,
  type ProvincialPlanRequest,
} from '@/features/plan/api/plan';

interface PlanFormProps {
  plan: ProvincialPlan;
  onSubmit: (request: ProvincialPlanRequest) => void;
  pending: boolean;
  error: unknown;
  onReload: () => void;
  reloading: boolean;
  notice?: string;
}

/** The plan's status, dates, document address and note; the API checks them (delivered needs its date, the address https). */
export function PlanForm({ plan, onSubmit, pending, error, onReload, reloading, notice }: PlanFormProps) {
  const { t } = useTranslation();
  const [status, setStatus] = useState<PlanStatus>(plan.status);
  const [requestedOn, setRequestedOn] = useState(plan.requestedOn ?? '');
  const [deliveredOn, setDeliveredOn] = useState(plan.deliveredOn ?? '');
  const [documentUrl, setDocumentUrl] = useState(plan.documentUrl ?? '');
  const [note, setNote] = useState(plan.note ?? '');
  const errors = fieldErrors(error);
  const orNull = (value: string) => (value.trim() === '' ? null : value.trim());

  return (
    <EditorForm
      label={t('plans.form.title', { province: plan.provinceName })}
      onSubmit={() =>
        onSubmit({
          status,
          requestedOn: orNull(requestedOn),
          deliveredOn: orNull(deliveredOn),
          documentUrl: orNull(documentUrl),
          note: orNull(note),
        })
      }
      pending={pending}
      error={error}
      submitLabel={t('plans.form.save')}
      pendingLabel={t('plans.form.saving')}
      onReload={onReload}
      reloading={reloading}
      notice={notice}
    >
      <RadioGroupField
        legend={t('plans.columns.status')}
        name="status"
        value={status}
        onChange={(value) => setStatus(value as PlanStatus)}
        options={PLAN_STATUSES.map((value) => ({ value, label: t(`plans.statuses.${value}`) }))}
        error={errors.status}
        required
      />
      <TextField
        label={t('plans.columns.requestedOn')}
        name="requestedOn"
        type="date"
        value={requestedOn}
        onChange={setRequestedOn}
        error={errors.requestedOn}
      />
      <TextField
        label={t('plans.columns.deliveredOn')}
        name="deliveredOn"
        type="date"
        value={deliveredOn}
        onChange={setDeliveredOn}
        description={t('plans.form.deliveredOnHint')}
        error={errors.deliveredOn}
      />
      <TextField
        label={t('plans.form.documentUrl')}
        name="documentUrl"
        type="url"
        inputMode="url"
        value={documentUrl}
        onChange={setDocumentUrl}
        description={t('plans.form.documentUrlHint')}
        error={errors.documentUrl}
      />
      <TextAreaField
        label={t('plans.columns.note')}
        name="note"
        value={note}
        onChange={setNote}
        error={errors.note}
        rows={3}
      />
    </EditorForm>
  );
}
