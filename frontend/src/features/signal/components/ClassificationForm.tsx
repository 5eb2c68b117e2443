import { Alert, Button, Heading, Paragraph, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { SelectField } from '@/components/SelectField';
import { ApiError } from '@/lib/api';
import { useClassifySignal } from '@/features/signal/api/classifySignal';
import {
  SIGNAL_PRIORITIES,
  type Signal,
  type SignalPriority,
  type SignalTheme,
  oneOf,
} from '@/features/signal/api/signal';
import type { FilterOption } from './SignalSearchForm';

interface ClassificationFormProps {
  signal: Signal;
  /** The ETag of the version shown; sent as If-Match so nobody's change is overwritten unseen. */
  etag: string | undefined;
  themes: readonly SignalTheme[] | undefined;
  /** The support team's organisations. */
  owners: readonly FilterOption[] | undefined;
  /** Loads the latest version of the signal (after a 412). */
  onReload: () => Promise<unknown>;
}

/**
 * Theme, priority and owning organisation (support team). The change carries the version it is based
 * on; when someone else changed the signal meanwhile (412) the form says so, loads the latest version
 * and shows its values, so the choice can be made again on what is really there.
 */
export function ClassificationForm({ signal, etag, themes, owners, onReload }: ClassificationFormProps) {
  const { t, i18n } = useTranslation();
  const message = useRef<HTMLParagraphElement>(null);
  const staleAlert = useRef<HTMLDivElement>(null);
  const [theme, setTheme] = useState(signal.theme);
  const [priority, setPriority] = useState<SignalPriority>(signal.priority);
  const [owner, setOwner] = useState(signal.owner.code);
  const [saved, setSaved] = useState(0);
  const classify = useClassifySignal(signal.id);
  const stale = classify.error instanceof ApiError && classify.error.status === 412;
  const errors = fieldErrors(classify.error);

  // A new version (saved here, reloaded, or changed by a transition) shows its own values.
  useEffect(() => {
    setTheme(signal.theme);
    setPriority(signal.priority);
    setOwner(signal.owner.code);
  }, [signal.theme, signal.priority, signal.owner.code]);

  useEffect(() => {
    if (saved > 0) message.current?.focus();
  }, [saved]);

  useEffect(() => {
    if (stale) staleAlert.current?.focus();
  }, [stale, classify.error]);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    classify.mutate(
      { body: { theme, priority, owner }, etag },
      {
        onSuccess: () => setSaved((count) => count + 1),
        onError: (error) => {
          if (error instanceof ApiError && error.status === 412) void onReload();
        },
      },
    );
  };

  return (
    <form noValidate onSubmit={submit} className="hr-form" aria-label={t('signals.classification.title')}>
      <Paragraph>{t('signals.classification.intro')}</Paragraph>
      <Paragraph role="status" ref={message} tabIndex={-1} className="hr-status-message">
        {saved > 0 && !classify.error ? t('signals.classification.saved') : ''}
      </Paragraph>
      {stale ? (
        <Alert type="warning" role="alert" ref={staleAlert} tabIndex={-1} className="hr-focus-target">
          <Heading level={3}>{t('signals.classification.stale')}</Heading>
          {(classify.error as ApiError).problem.detail && (
            <Paragraph lang="nl">{(classify.error as ApiError).problem.detail}</Paragraph>
          )}
          <Paragraph>{t('signals.classification.staleHint')}</Paragraph>
        </Alert>
      ) : (
        <ErrorSummary error={classify.error} />
      )}
      <SelectField
        label={t('signals.classification.theme')}
        name="theme"
        value={theme}
        onChange={setTheme}
        error={errors.theme}
        busy={!themes}
      >
        {(themes ?? []).map((option) => (
          <SelectOption key={option.code} value={option.code}>
            {i18n.language === 'en' ? option.nameEn : option.name}
          </SelectOption>
        ))}
        {!themes?.some((option) => option.code === theme) && <SelectOption value={theme}>{theme}</SelectOption>}
      </SelectField>
      <SelectField
        label={t('signals.classification.priority')}
        name="priority"
        value={priority}
        onChange={(value) => oneOf(SIGNAL_PRIORITIES, value) && setPriority(value)}
        error={errors.priority}
      >
        {SIGNAL_PRIORITIES.map((value) => (
          <SelectOption key={value} value={value}>
            {t(`signals.priorities.${value}`)}
          </SelectOption>
        ))}
      </SelectField>
      <SelectField
        label={t('signals.classification.owner')}
        description={t('signals.classification.ownerHint')}
        name="owner"
        value={owner}
        onChange={setOwner}
        error={errors.owner}
        busy={!owners}
      >
        {(owners ?? []).map((option) => (
          <SelectOption key={option.value} value={option.value}>
            {option.label}
          </SelectOption>
        ))}
        {!owners?.some((option) => option.value === owner) && (
          <SelectOption value={owner}>{signal.owner.name}</SelectOption>
        )}
      </SelectField>
      <Button
        type="submit"
        appearance="secondary-action-button"
        busy={classify.isPending}
        disabled={classify.isPending}
      >
        {classify.isPending ? t('signals.classification.busy') : t('signals.classification.submit')}
      </Button>
    </form>
  );
}
