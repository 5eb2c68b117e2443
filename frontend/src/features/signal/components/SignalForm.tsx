import { Button, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { problemMessage } from '@/components/ProblemAlert';
import { RadioGroupField } from '@/components/RadioGroupField';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import { TextField } from '@/components/TextField';
import { useSignalThemes } from '@/features/signal/api/getSignalThemes';
import { SIGNAL_TYPES, type SignalType, type VersionedSignal, oneOf } from '@/features/signal/api/signal';
import { type SignalRequest, newIdempotencyKey, useSubmitSignal } from '@/features/signal/api/submitSignal';
import { themeDescription } from './labels';

/**
 * A new signal or question: type, theme (with the theme's help text and answer time), subject and
 * description. The same content keeps the same Idempotency-Key, so pressing "Indienen" again after a
 * lost answer returns the signal already made instead of a second one.
 */
export function SignalForm({ onSubmitted }: { onSubmitted: (created: VersionedSignal) => void }) {
  const { t, i18n } = useTranslation();
  const themes = useSignalThemes();
  const [type, setType] = useState<SignalType>('signal');
  const [theme, setTheme] = useState('');
  const [title, setTitle] = useState('');
  const [description, setDescription] = useState('');
  const sent = useRef<{ content: string; key: string }>(undefined);
  const mutation = useSubmitSignal();
  const [ownErrors, setOwnErrors] = useState<Record<string, string>>();
  const errors = { ...fieldErrors(mutation.error), ...ownErrors };
  const chosen = themes.data?.find((candidate) => candidate.code === theme);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body: SignalRequest = { type, theme, title: title.trim(), description: description.trim() };
    const missing: Record<string, string> = {};
    if (!body.theme) missing.theme = t('signals.form.themeMissing');
    if (!body.title) missing.title = t('signals.form.subjectMissing');
    if (!body.description) missing.description = t('signals.form.descriptionMissing');
    if (Object.keys(missing).length > 0) {
      mutation.reset();
      setOwnErrors(missing);
      return;
    }
    setOwnErrors(undefined);
    const content = JSON.stringify(body);
    if (sent.current?.content !== content) sent.current = { content, key: newIdempotencyKey() };
    mutation.mutate({ body, idempotencyKey: sent.current.key }, { onSuccess: onSubmitted });
  };

  const themeHint = themes.error
    ? t('signals.form.themesFailed', { reason: problemMessage(themes.error, t) })
    : chosen && (
        <>
          {themeDescription(chosen, i18n.language)}{' '}
          <strong>{t('signals.form.answerWithin', { count: chosen.answerWorkingDays })}</strong>
        </>
      );

  return (
    <form noValidate onSubmit={submit} className="hr-form hr-form--wide" aria-label={t('signals.form.title')}>
      <ErrorSummary error={mutation.error} errors={ownErrors} />
      <RadioGroupField
        legend={t('signals.form.type')}
        name="type"
        required
        value={type}
        error={errors.type}
        onChange={(value) => oneOf(SIGNAL_TYPES, value) && setType(value)}
        options={SIGNAL_TYPES.map((value) => ({
          value,
          label: t(`signals.types.${value}`),
          description: t(`signals.form.typeHints.${value}`),
        }))}
      />
      <SelectField
        label={t('signals.form.theme')}
        name="theme"
        required
        value={theme}
        busy={themes.isPending}
        error={errors.theme}
        // Always there, so a screen reader hears the help text change as the theme changes.
        description={<span aria-live="polite">{themeHint}</span>}
        onChange={setTheme}
      >
        <SelectOption value="">{t('signals.form.themeChoose')}</SelectOption>
        {themes.data?.map((option) => (
          <SelectOption key={option.code} value={option.code}>
            {i18n.language === 'en' ? option.nameEn : option.name}
          </SelectOption>
        ))}
      </SelectField>
      <TextField
        label={t('signals.form.subject')}
        description={t('signals.form.subjectHint')}
        name="title"
        autoComplete="off"
        required
        value={title}
        onChange={setTitle}
        error={errors.title}
      />
      <TextAreaField
        label={t('signals.form.description')}
        description={t('signals.form.descriptionHint')}
        name="description"
        required
        rows={8}
        value={description}
        onChange={setDescription}
        error={errors.description}
      />
      <Paragraph>{t('signals.form.attachmentsLater')}</Paragraph>
      <Button type="submit" appearance="primary-action-button" busy={mutation.isPending} disabled={mutation.isPending}>
        {mutation.isPending ? t('signals.form.busy') : t('signals.form.submit')}
      </Button>
    </form>
  );
}
