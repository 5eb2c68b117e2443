import { Button, SelectOption } from '@utrecht/component-library-react';
import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ErrorSummary, fieldErrors } from '@/components/ErrorSummary';
import { problemMessage } from '@/components/ProblemAlert';
import { RadioGroupField } from '@/components/RadioGroupField';
import { SelectField } from '@/components/SelectField';
import { TextAreaField } from '@/components/TextAreaField';
import {
  type AllowedTransition,
  type SignalStatus,
  TRANSITION_NAMES,
  type TransitionName,
  oneOf,
} from '@/features/signal/api/signal';
import type { AgendaChoice } from '@/features/signal/api/getAgendaChoices';
import type { TransitionRequest } from '@/features/signal/api/transitionSignal';

interface TransitionFormProps {
  /** What the caller may do now, as the signal's allowedTransitions say; nothing else is offered. */
  transitions: readonly AllowedTransition[];
  onSubmit: (request: TransitionRequest) => void;
  pending?: boolean;
  /** Why the API refused the last attempt (409 not allowed now, 400 text missing, 403 wrong party). */
  error?: unknown;
  /** Text to start with per transition, such as the current answer to revise. */
  initialText?: Partial<Record<TransitionName, string>>;
  /** The agenda's actions: forwarding names the one the signal feeds. */
  agendaItems?: readonly AgendaChoice[];
  /** Why the agenda's actions could not be loaded. */
  agendaItemsError?: unknown;
}

function known(name: string): name is TransitionName {
  return oneOf(TRANSITION_NAMES, name);
}

/**
 * The transitions the signal allows, one radio button each, and a text: required (and checked here
 * before sending) when the chosen transition needs one — the public answer, a reason to reject, why the
 * answer does not help. The API decides in the end; its refusal is shown with its detail.
 */
export function TransitionForm({
  transitions,
  onSubmit,
  pending = false,
  error,
  initialText = {},
  agendaItems,
  agendaItemsError,
}: TransitionFormProps) {
  const { t } = useTranslation();
  const [name, setName] = useState(transitions.length === 1 ? (transitions[0]?.name ?? '') : '');
  const [text, setText] = useState(() => (known(name) ? (initialText[name] ?? '') : ''));
  const [agendaItemId, setAgendaItemId] = useState('');
  const [problems, setProblems] = useState<Record<string, string>>({});
  const chosen = transitions.find((transition) => transition.name === name);
  const apiErrors = fieldErrors(error);
  const textError = problems.text ?? apiErrors.text;
  const choiceError = problems.status ?? apiErrors.status;
  const agendaItemError = problems.agendaItemId ?? apiErrors.agendaItemId;
  const forwarding = chosen?.name === 'forward';

  const label = (transition: AllowedTransition | undefined) =>
    transition && known(transition.name) ? t(`signals.transitions.${transition.name}`) : (transition?.name ?? '');
  const textLabel =
    chosen && known(chosen.name) ? t(`signals.transitionText.${chosen.name}`) : t('signals.transitionText.close');
  const fullTextLabel = chosen?.textRequired ? textLabel : `${textLabel} ${t('signals.transition.optional')}`;

  const choose = (next: string) => {
    const previous = known(name) ? (initialText[name] ?? '') : '';
    if (text === previous) setText(known(next) ? (initialText[next] ?? '') : '');
    setName(next);
    setProblems({});
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (!chosen) {
      setProblems({ status: t('signals.transition.choose') });
      return;
    }
    if (forwarding && agendaItemId === '') {
      setProblems({ agendaItemId: t('signals.transition.agendaItemMissing') });
      return;
    }
    if (chosen.textRequired && text.trim() === '') {
      setProblems({ text: t('signals.transition.textMissing', { label: textLabel }) });
      return;
    }
    setProblems({});
    // The API names the status as a plain string in allowedTransitions; it is one of the signal's statuses.
    const status = chosen.status as SignalStatus;
    onSubmit({ status, ...(text.trim() ? { text: text.trim() } : {}), ...(forwarding ? { agendaItemId } : {}) });
  };

  return (
    <form noValidate onSubmit={submit} className="hr-form hr-form--wide" aria-label={t('signals.transition.legend')}>
      <ErrorSummary error={error} errors={problems} />
      <RadioGroupField
        legend={t('signals.transition.legend')}
        name="status"
        required
        value={name}
        onChange={choose}
        error={choiceError}
        options={transitions.map((transition) => ({
          value: transition.name,
          label: label(transition),
          description: known(transition.name) ? t(`signals.transitionHint.${transition.name}`) : undefined,
        }))}
      />
      {forwarding && (
        <SelectField
          label={t('signals.transition.agendaItem')}
          name="agendaItemId"
          required
          value={agendaItemId}
          busy={!agendaItems && !agendaItemsError}
          error={agendaItemError}
          description={
            agendaItemsError
              ? t('signals.transition.agendaItemsFailed', { reason: problemMessage(agendaItemsError, t) })
              : t('signals.transition.agendaItemHint')
          }
          onChange={(value) => {
            setAgendaItemId(value);
            if (problems.agendaItemId) setProblems({});
          }}
        >
          <SelectOption value="">{t('signals.transition.agendaItemChoose')}</SelectOption>
          {(agendaItems ?? []).map((item) => (
            <SelectOption key={item.value} value={item.value}>
              {item.label}
            </SelectOption>
          ))}
        </SelectField>
      )}
      {chosen && (
        <TextAreaField
          label={fullTextLabel}
          name="text"
          rows={chosen.name === 'answer' ? 10 : 4}
          required={chosen.textRequired}
          value={text}
          onChange={(value) => {
            setText(value);
            if (problems.text) setProblems({});
          }}
          error={textError}
        />
      )}
      <Button type="submit" appearance="primary-action-button" busy={pending} disabled={pending}>
        {pending ? t('signals.transition.busy') : chosen ? label(chosen) : t('signals.transition.submit')}
      </Button>
    </form>
  );
}
