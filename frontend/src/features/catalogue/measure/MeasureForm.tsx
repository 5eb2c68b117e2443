import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { fieldErrors } from '@/components/ErrorSummary';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import {
  CommonFields,
  commonRequestOf,
  commonValuesOf,
  textOrNull,
} from '@/features/catalogue/components/CommonFields';
import { type CatalogueFormProps, EditorForm } from '@/components/EditorForm';
import type { Measure } from '@/lib/catalogue';
import type { MeasureRequest } from '@/features/catalogue/api/kinds';

/** A measure as an editor writes it: the common fields, how to apply, contact, page and validity. */
export function MeasureForm({ item, onSubmit, ...form }: CatalogueFormProps<Measure, MeasureRequest>) {
  const { t } = useTranslation();
  const [common, setCommon] = useState(() => commonValuesOf(item));
  const [howToApply, setHowToApply] = useState(item?.howToApply ?? '');
  const [contact, setContact] = useState(item?.contact ?? '');
  const [url, setUrl] = useState(item?.url ?? '');
  const [validFrom, setValidFrom] = useState(item?.validFrom ?? '');
  const [validTo, setValidTo] = useState(item?.validTo ?? '');
  const errors = fieldErrors(form.error);

  const submit = () =>
    onSubmit({
      ...commonRequestOf(common, item),
      howToApply: textOrNull(howToApply),
      contact: textOrNull(contact),
      url: textOrNull(url),
      validFrom: validFrom || null,
      validTo: validTo || null,
    });

  return (
    <EditorForm {...form} label={t('editor.form.label.measure')} onSubmit={submit}>
      <CommonFields
        kind="measure"
        values={common}
        onChange={(patch) => setCommon((current) => ({ ...current, ...patch }))}
        errors={errors}
      >
        <TextAreaField
          label={t('editor.form.howToApply')}
          name="howToApply"
          value={howToApply}
          onChange={setHowToApply}
          error={errors.howToApply}
        />
        <TextField
          label={t('editor.form.contact')}
          description={t('editor.form.contactHint')}
          name="contact"
          value={contact}
          onChange={setContact}
          error={errors.contact}
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
        <TextField
          label={t('editor.form.validFrom')}
          name="validFrom"
          type="date"
          value={validFrom}
          onChange={setValidFrom}
          error={errors.validFrom}
        />
        <TextField
          label={t('editor.form.validTo')}
          name="validTo"
          type="date"
          value={validTo}
          onChange={setValidTo}
          error={errors.validTo}
        />
      </CommonFields>
    </EditorForm>
  );
}
