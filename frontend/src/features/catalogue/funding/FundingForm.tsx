import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/components/ErrorSummary';
import { RadioGroupField } from '@/components/RadioGroupField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import {
  CommonFields,
  commonRequestOf,
  commonValuesOf,
  textOrNull,
} from '@/features/catalogue/components/CommonFields';
import { type CatalogueFormProps, EditorForm } from '@/components/EditorForm';
import type { Funding } from '@/lib/catalogue';
import type { FundingRequest } from '@/features/catalogue/api/kinds';

/**
 * An amount as typed: "50000000", "50.000.000" or "€ 32.500,50" become a number; empty becomes null.
 * Anything else goes to the API as typed, which says next to the field why it is not an amount.
 */
export function parseEuro(value: string): number | null {
  const text = value.replace(/[€\s]/g, '');
  if (text === '') return null;
  const normalised = text.replace(/\.(?=\d{3}(\D|$))/g, '').replace(',', '.');
  return /^-?\d+(\.\d+)?$/.test(normalised) ? Number(normalised) : (value as unknown as number);
}

/** How the window is known: from its dates only, a standing scheme a source calls open-ended, or a past one without a known closing date. */
const WINDOW_BASES = ['dates', 'openEnded', 'ended'] as const;
type WindowBasis = (typeof WINDOW_BASES)[number];

function amountText(value: number | null | undefined): string {
  return value == null ? '' : String(value);
}

/** A funding item as an editor writes it: the common fields, amounts, application window, how to apply. */
export function FundingForm({ item, onSubmit, ...form }: CatalogueFormProps<Funding, FundingRequest>) {
  const { t } = useTranslation();
  const [common, setCommon] = useState(() => commonValuesOf(item));
  const [legalBasis, setLegalBasis] = useState(item?.legalBasis ?? '');
  const [totalBudget, setTotalBudget] = useState(amountText(item?.totalBudgetEur));
  const [perApplicant, setPerApplicant] = useState(amountText(item?.amountPerApplicantEur));
  const [amountNote, setAmountNote] = useState(item?.amountNote ?? '');
  const [opensOn, setOpensOn] = useState(item?.opensOn ?? '');
  const [closesOn, setClosesOn] = useState(item?.closesOn ?? '');
  const [basis, setBasis] = useState<WindowBasis>(
    item?.openEnded ? 'openEnded' : item?.windowEnded ? 'ended' : 'dates',
  );
  const [howToApply, setHowToApply] = useState(item?.howToApply ?? '');
  const [url, setUrl] = useState(item?.url ?? '');
  const errors = fieldErrors(form.error);

  const submit = () =>
    onSubmit({
      ...commonRequestOf(common, item),
      legalBasis: textOrNull(legalBasis),
      totalBudgetEur: parseEuro(totalBudget),
      amountPerApplicantEur: parseEuro(perApplicant),
      amountNote: textOrNull(amountNote),
      opensOn: opensOn || null,
      closesOn: closesOn || null,
      openEnded: basis === 'openEnded',
      windowEnded: basis === 'ended',
      howToApply: textOrNull(howToApply),
      url: textOrNull(url),
    });

  return (
    <EditorForm {...form} label={t('editor.form.label.funding')} onSubmit={submit}>
      <CommonFields
        kind="funding"
        values={common}
        onChange={(patch) => setCommon((current) => ({ ...current, ...patch }))}
        errors={errors}
      >
        <TextField
          label={t('editor.form.legalBasis')}
          name="legalBasis"
          value={legalBasis}
          onChange={setLegalBasis}
          error={errors.legalBasis}
        />
        <TextField
          label={t('editor.form.totalBudgetEur')}
          description={t('editor.form.amountHint')}
          name="totalBudgetEur"
          inputMode="decimal"
          value={totalBudget}
          onChange={setTotalBudget}
          error={errors.totalBudgetEur}
        />
        <TextField
          label={t('editor.form.amountPerApplicantEur')}
          description={t('editor.form.amountHint')}
          name="amountPerApplicantEur"
          inputMode="decimal"
          value={perApplicant}
          onChange={setPerApplicant}
          error={errors.amountPerApplicantEur}
        />
        <TextAreaField
          label={t('editor.form.amountNote')}
          name="amountNote"
          rows={2}
          value={amountNote}
          onChange={setAmountNote}
          error={errors.amountNote}
        />
        <TextField
          label={t('editor.form.opensOn')}
          name="opensOn"
          type="date"
          value={opensOn}
          onChange={setOpensOn}
          error={errors.opensOn}
        />
        <TextField
          label={t('editor.form.closesOn')}
          name="closesOn"
          type="date"
          value={closesOn}
          onChange={setClosesOn}
          error={errors.closesOn}
        />
        <RadioGroupField
          legend={t('editor.form.windowBasis')}
          description={t('editor.form.windowBasisHint')}
          name="windowBasis"
          options={WINDOW_BASES.map((value) => ({ value, label: t(`editor.form.windowBases.${value}`) }))}
          value={basis}
          onChange={(value) => setBasis(value as WindowBasis)}
          error={errors.windowEnded ?? errors.openEnded}
        />
        <TextAreaField
          label={t('editor.form.howToApply')}
          name="howToApply"
          value={howToApply}
          onChange={setHowToApply}
          error={errors.howToApply}
        />
        <TextField
          label={t('editor.form.url')}
          description={t('editor.form.urlHint')}
          name="url"
          type="url"
          inputMode="url"
          value={url}
          onChange={setUrl}
          error={errors.url}
        />
      </CommonFields>
    </EditorForm>
  );
}
