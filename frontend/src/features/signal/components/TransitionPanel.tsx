import { Heading, Paragraph } from '@utrecht/component-library-react';
import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { formatDateTime } from '@/lib/format';
import { useAgendaChoices } from '@/features/signal/api/getAgendaChoices';
import type { Signal, SignalStatus } from '@/features/signal/api/signal';
import { useTransitionSignal } from '@/features/signal/api/transitionSignal';
import { TransitionForm } from './TransitionForm';

interface TransitionPanelProps {
  signal: Signal;
  /** The support team handles signals; a submitter closes or reopens its own. */
  support: boolean;
}

/**
 * What the caller can do with this signal now. After a transition the form starts afresh with the
 * transitions the new status allows, and the reader stays on the message that says what happened.
 */
export function TransitionPanel({ signal, support }: TransitionPanelProps) {
  const { t, i18n } = useTranslation();
  const id = useId();
  const message = useRef<HTMLParagraphElement>(null);
  const transition = useTransitionSignal(signal.id);
  const [done, setDone] = useState<{ status: SignalStatus; count: number }>();
  const agenda = useAgendaChoices({ enabled: signal.allowedTransitions.some((allowed) => allowed.name === 'forward') });

  useEffect(() => {
    if (done) message.current?.focus();
  }, [done]);

  const transitions = signal.allowedTransitions;
  // Nothing to do and nothing just done: no panel (a closed signal, or a submitted one for its submitter).
  if (transitions.length === 0 && !done) return null;
  return (
    <section aria-labelledby={id} className="hr-panel">
      <Heading level={2} id={id}>
        {support ? t('signals.transition.title') : t('signals.transition.titleOwn')}
      </Heading>
      <Paragraph role="status" ref={message} tabIndex={-1} className="hr-status-message">
        {done ? t('signals.transition.done', { status: t(`signals.statuses.${done.status}`) }) : ''}
      </Paragraph>
      {!support &&
        signal.status === 'answered' &&
        signal.reopenUntil &&
        transitions.some((allowed) => allowed.name === 'reopen') && (
          <Paragraph>
            {t('signals.detail.reopenHint', { date: formatDateTime(signal.reopenUntil, i18n.language) })}
          </Paragraph>
        )}
      {transitions.length > 0 && (
        <TransitionForm
          key={`${signal.status}-${done?.count ?? 0}`}
          transitions={transitions}
          pending={transition.isPending}
          error={transition.error}
          initialText={{ answer: signal.answer ?? '' }}
          agendaItems={agenda.data}
          agendaItemsError={agenda.error}
          onSubmit={(request) =>
            transition.mutate(request, {
              onSuccess: (changed) => setDone({ status: changed.signal.status, count: (done?.count ?? 0) + 1 }),
            })
          }
        />
      )}
    </section>
  );
}
